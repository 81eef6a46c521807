/**
 * The Content-Security-Policy header `npm start` sends, read from the
 * dist/csp.json the build wrote (tools/csp), so the server, nginx and the
 * pages' <meta> carry one and the same policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readCspHeader(root: string): string {
  const file = join(root, 'csp.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    // Serving without the policy would silently drop a defence; refuse instead.
    throw new Error(`No readable ${file} (${(error as Error).message}): run \`npm run build\` first.`);
  }
  const header = (parsed as { header?: unknown }).header;
  if (typeof header !== 'string' || !header.includes("default-src 'self'")) throw new Error(`${file} holds no policy header`);
  return header;
}
