/** Content-Encoding negotiation (RFC 9110 §12.5.3), limited to what we produce. */

export type Encoding = 'br' | 'gzip';

/** Server preference when the client weighs several equally: brotli is smaller. */
const preference: readonly Encoding[] = ['br', 'gzip'];

function qualities(acceptEncoding: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q' && value !== undefined) q = Number(value);
    }
    weights.set(name, Number.isFinite(q) ? q : 0);
  }
  return weights;
}

/**
 * The best encoding among `available` that the client accepts, or null for
 * identity. `q=0` means "not this one", and `*` covers encodings not named.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[] = preference,
): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = qualities(acceptEncoding);
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of preference) {
    if (!available.includes(encoding)) continue;
    const q = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (q > bestQ) {
      best = encoding;
      bestQ = q;
    }
  }
  return best;
}
