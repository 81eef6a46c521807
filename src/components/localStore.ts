/**
 * The page's localStorage, or null where reading it throws (storage
 * disabled, an opaque origin) or there is none (Node, at build time).
 */
export function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
