/**
 * Deterministic mutations of a valid API response, for e2e/fuzz.spec.ts.
 * One seeded PRNG drives every choice, so a failing case number names the
 * same response on every run.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** mulberry32: small, fast, and good enough to pick mutations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Every path in the document, so a mutation can land anywhere, deep fields included. */
function paths(value: Json, prefix: Path = []): Path[] {
  const own = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') {
    return [...own, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return own;
}

function get(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

function set(root: Json, path: Path, next: Json | undefined): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = next;
}

const stringPaths = (doc: Json) => paths(doc).filter((p) => typeof get(doc, p) === 'string');

const RTL_AND_INVISIBLE = ['\u202e', '\u202d', '\u200b', '\u200c', '\u200d', '\u2066', '\u2069', '\ufeff', 'مرحبا', 'שלום', '\u061c'];
const EMOJI = ['📰', '👩🏽‍💻', '🏳️‍🌈', '🇮🇷', '🧑‍🤝‍🧑', '\u{1F600}', '🔥'.repeat(50)];

const DEEP = '__fuzz_deep__';

/** Nesting as text: building it as a value would overflow JSON.stringify's stack before the browser ever saw it. */
function deepText(depth: number): string {
  const open = Array.from({ length: depth }, (_, i) => (i % 2 ? '[' : '{"nested":')).join('');
  const close = Array.from({ length: depth }, (_, i) => (i % 2 ? ']' : '}')).reverse().join('');
  return `${open}"bottom"${close}`;
}

export interface Mutation {
  kind: string;
  /** The body to serve: text, since some mutations are not JSON at all. */
  body: string;
  /** Whether the mutation keeps the response valid, so the page must render it rather than fail. */
  expectValid: boolean;
}

type Mutator = (doc: Json, random: () => number, text: string) => Omit<Mutation, 'kind'>;

const wrongValues: Json[] = [42, -1, 0.5, true, false, 'text', '', {}, [], { a: 1 }, [1, 2]];

const mutators: Record<string, Mutator> = {
  truncated: (_doc, random, text) => ({ body: text.slice(0, Math.floor(random() * (text.length - 1))), expectValid: false }),
  'not json': (_doc, random) => ({ body: pick(random, ['<!doctype html><p>gateway</p>', '', 'undefined', 'NaN', '{"a":}', '\u0000']), expectValid: false }),
  'wrong root': (_doc, random) => ({ body: pick(random, ['null', '[]', '42', '"text"', 'true', '{}']), expectValid: false }),
  'wrong type': (doc, random) => {
    const path = pick(random, paths(doc));
    set(doc, path, pick(random, wrongValues.filter((v) => typeof v !== typeof get(doc, path))));
    return { body: JSON.stringify(doc), expectValid: false };
  },
  null: (doc, random) => {
    set(doc, pick(random, paths(doc).filter((p) => get(doc, p) !== null)), null);
    return { body: JSON.stringify(doc), expectValid: false };
  },
  'missing field': (doc, random) => {
    const objectKeys = paths(doc).filter((p) => typeof p[p.length - 1] === 'string');
    set(doc, pick(random, objectKeys), undefined);
    return { body: JSON.stringify(doc), expectValid: false };
  },
  'huge string': (doc, random) => {
    set(doc, pick(random, stringPaths(doc)), 'W'.repeat(1024 * 1024));
    return { body: JSON.stringify(doc), expectValid: false };
  },
  'deep nesting': (doc, random) => {
    set(doc, pick(random, paths(doc)), DEEP);
    return { body: JSON.stringify(doc).replace(`"${DEEP}"`, () => deepText(2000 + Math.floor(random() * 3000))), expectValid: false };
  },
  'array for object': (doc, random) => {
    const objects = paths(doc).filter((p) => {
      const v = get(doc, p);
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    if (objects.length === 0 || random() < 0.2) return { body: JSON.stringify([doc]), expectValid: false };
    const path = pick(random, objects);
    set(doc, path, [get(doc, path)]);
    return { body: JSON.stringify(doc), expectValid: false };
  },
  'extra fields': (doc, random) => {
    const objects = [[] as Path, ...paths(doc)].filter((p) => {
      const v = p.length === 0 ? doc : get(doc, p);
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    for (let i = 0; i < 3; i++) {
      const target = pick(random, objects);
      const node = (target.length === 0 ? doc : get(doc, target)) as Record<string, Json>;
      node[pick(random, ['__proto__x', 'constructor', 'html', 'onload', 'extra'])] = pick(random, wrongValues);
    }
    return { body: JSON.stringify(doc), expectValid: true };
  },
  'right-to-left and invisible': (doc, random) => {
    for (const path of stringPaths(doc).filter(isFreeText)) {
      if (random() < 0.6) set(doc, path, `${pick(random, RTL_AND_INVISIBLE)}${get(doc, path) as string}${pick(random, RTL_AND_INVISIBLE)}`);
    }
    return { body: JSON.stringify(doc), expectValid: true };
  },
  emoji: (doc, random) => {
    for (const path of stringPaths(doc).filter(isFreeText)) {
      if (random() < 0.6) set(doc, path, `${get(doc, path) as string} ${pick(random, EMOJI)}`);
    }
    return { body: JSON.stringify(doc), expectValid: true };
  },
};

/** Text a person reads, where any character is fair; ids, slugs, dates and addresses have formats. */
function isFreeText(path: Path): boolean {
  const key = path[path.length - 1];
  return typeof key === 'string' && ['headline', 'summary', 'dateline', 'byline', 'text', 'caption', 'credit', 'alt', 'cite', 'title'].includes(key);
}

export const MUTATION_KINDS = Object.keys(mutators);

/** Case `n` of a run: the kinds in turn, each with its own draw from the seeded stream. */
export function mutate(valid: Json, n: number, seed: number): Mutation {
  const kind = MUTATION_KINDS[n % MUTATION_KINDS.length]!;
  const random = prng(seed * 1_000_003 + n);
  const doc = structuredClone(valid);
  return { kind, ...mutators[kind]!(doc, random, JSON.stringify(valid)) };
}
