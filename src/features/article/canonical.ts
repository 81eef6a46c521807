/** Reads a request's pathname the way content spells paths: percent-escapes decoded. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURI(pathname);
  } catch {
    return null;
  }
}

/**
 * Where an article request should go instead, or null if it already asks for
 * the article's canonical address. A known id under an old slug, a wrong date
 * or a trailing slash is sent to the one address the article has.
 */
export function canonicalRedirect(requestedPathname: string, canonicalPath: string): string | null {
  return decodedPath(requestedPathname) === canonicalPath ? null : canonicalPath;
}
