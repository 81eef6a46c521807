/**
 * The data a prerendered page was rendered with travels in the page as
 * `<script type="application/json" id="dateline-state">`: JSON, not script,
 * so a strict Content-Security-Policy needs no exception for it.
 */
import type { DehydratedState } from '@tanstack/react-query';
import { escapeHtml, scriptJson } from '../seo/escape';

export const STATE_ELEMENT_ID = 'dateline-state';

export interface PrerenderState {
  /**
   * The address (path and query) the markup was rendered for, or null when
   * it fits any address (the not-found page): the client hydrates only a
   * page rendered for the address it is at.
   */
  path: string | null;
  queries: DehydratedState;
}

/**
 * The element carries two attributes for the start-up loader, which reads no
 * JSON (decision 0683): `data-path`, the address the markup was rendered for
 * (none when it fits any), and `data-api`, the content API files the page's
 * data came from, space-separated, which it hands to the service worker.
 */
export function stateScript(state: PrerenderState, api: readonly string[] = []): string {
  const path = state.path === null ? '' : ` data-path="${escapeHtml(state.path)}"`;
  const files = api.length > 0 ? ` data-api="${escapeHtml(api.join(' '))}"` : '';
  return `<script type="application/json" id="${STATE_ELEMENT_ID}"${path}${files}>${scriptJson(state)}</script>`;
}

function isState(value: unknown): value is PrerenderState {
  if (typeof value !== 'object' || value === null) return false;
  const { path, queries } = value as Partial<PrerenderState>;
  return (path === null || typeof path === 'string') && typeof queries === 'object' && queries !== null && Array.isArray(queries.queries);
}

/** The state in this document, or null when the page was not prerendered (or the state is unreadable). */
export function readPrerenderState(doc: Document): PrerenderState | null {
  const text = doc.getElementById(STATE_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The page was fetched just now, so its data is as fresh as a fetch made
 * now: stamping it so keeps the first render from refetching what the page
 * already holds, however long ago the build ran.
 */
export function freshQueries(state: PrerenderState, now: number): DehydratedState {
  return {
    ...state.queries,
    queries: state.queries.queries.map((q) => ({ ...q, state: { ...q.state, dataUpdatedAt: now } })),
  };
}

/** The browser percent-encodes a Persian slug the prerenderer wrote as text: compare decoded. */
function decoded(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/**
 * Whether the markup in the page was rendered for this address, so hydrating it cannot mismatch. The start-up
 * loader (tools/startup-preload/startupLoader.ts) makes the same comparison with `data-path`.
 */
export function rendersAddress(state: PrerenderState | null, location: Pick<Location, 'pathname' | 'search'>): boolean {
  if (!state || state.path === null) return false;
  const here = `${location.pathname.replace(/(.)\/+$/, '$1')}${location.search}`;
  return decoded(here) === decoded(state.path);
}
