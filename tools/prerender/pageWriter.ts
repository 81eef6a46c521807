/**
 * Renders one page job to its file in dist/, inside a render worker: the
 * app's markup in the built shell, checked against the Content-Security-
 * Policy, written with its .br and .gz siblings while the bytes are in memory.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Query } from '@tanstack/react-query';
import { apiFiles } from '../../src/content-api/paths';
import { SEARCH_INDEX_KEY } from '../../src/content-api/queryKeys';
import { renderHead } from '../../src/seo';
import { fragmentProblems, pageProblems } from '../csp/pageProblems';
import type { CspFile } from '../csp/policy';
import { compress, MIN_BYTES, PAGE_BROTLI_QUALITY } from '../precompress/compress';
import { documentComposer, type PageParts } from './document';
import type { PageJob } from './pages';

/** What src/entry-server.tsx exports, as the prerenderer uses it. */
export type ServerEntry = typeof import('../../src/entry-server');
type PageRenderer = import('../../src/entry-server').PageRenderer;

/**
 * The search index is megabytes and the search page loads it itself; the
 * page's markup before a query does not depend on it, so it stays out.
 */
export const belongsInPage = (query: Pick<Query, 'state' | 'queryKey'>) =>
  query.state.status === 'success' && query.queryKey[0] !== SEARCH_INDEX_KEY;

type Compose = (parts: PageParts) => string;

/** `takeFetched`: the addresses fetched since it was last called (apiFetch.ts, recordingFetch). */
export async function renderJob(entry: ServerEntry, renderer: PageRenderer, job: PageJob, compose: Compose, takeFetched = (): string[] => []): Promise<string> {
  const { client } = renderer;
  // Empty before every page, whatever the last one left (one that failed leaves the build failing anyway).
  client.clear();
  takeFetched();
  const result = await renderer.render(job.url);
  if (result.kind === 'redirect') throw new Error(`redirects to ${result.location}`);
  // The not-found page renders from the catch-all route, which answers 200 in the app; its file gets the 404.
  if (job.status === 200 && result.status !== 200) throw new Error(`rendered with status ${result.status}, expected ${job.status}`);
  const state = { path: job.status === 200 ? job.url : null, queries: entry.dehydrate(client, { shouldDehydrateQuery: belongsInPage }) };
  // As in the state: the search page loads the index itself, and a worker should not be handed megabytes for it.
  const searchIndex = `/${apiFiles.searchIndex(job.head.lang)}`;
  const api = takeFetched().filter((url) => !url.endsWith(searchIndex));
  return compose({ head: job.head, appHtml: result.html, state, api });
}

export interface PageWriterOptions {
  entry: ServerEntry;
  /** The built index.html. */
  template: string;
  /** The shell for head-only pages (document.ts, headOnlyShell); `template` when not given. */
  headOnlyTemplate?: string;
  policy: CspFile;
  distDir: string;
  /** The API addresses fetched since the last call; each rendered page lists its own (decision 0683). */
  takeFetched?: () => string[];
}

/**
 * A function that renders, checks and writes one job; errors say why, the
 * pool adds which page. Writes are synchronous: the worker's thread has
 * nothing else to do, and async writes cost more in round trips than a
 * small file's write takes.
 */
export function pageWriter({ entry, template, headOnlyTemplate, policy, distDir, takeFetched }: PageWriterOptions): (job: PageJob) => Promise<void> {
  // Most listing pages share a folder with others (page/2, page/3…): one mkdir per folder, not per page. Whether
  // this run made it.
  const made = new Map<string, boolean>();
  const renderer = entry.createPageRenderer();
  const compose = documentComposer(template);
  const composeHeadOnly = documentComposer(headOnlyTemplate ?? template);
  return async (job) => {
    // Outside the prerender window (window.ts): no render, no data; the app starts on an empty #root, as on the shell.
    const page = job.rendered ? await renderJob(entry, renderer, job, compose, takeFetched) : composeHeadOnly({ head: job.head, appHtml: '', state: null });
    // A head-only page is the head-only shell, which prerender.ts checks, with this head: checking the head alone
    // says the same at a fortieth of the cost (200 against 5 µs), which counts across ~130,000 of them.
    const problems = job.rendered ? pageProblems(page, policy) : fragmentProblems(renderHead(job.head), policy);
    if (problems.length > 0) throw new Error(`breaks the Content-Security-Policy: it ${problems.join('; it ')}`);
    const html = Buffer.from(page);
    const target = path.join(distDir, job.file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      // mkdir answers the first folder it had to make: none means the folder was there before this run.
      made.set(dir, mkdirSync(dir, { recursive: true }) !== undefined);
    }
    writeFileSync(target, html);
    if (!job.rendered) {
      // Left to the server's compression on the fly, as the JSON API is: at 100,000 articles there are ~130,000
      // of these, and compressing each would cost more than the rest of its making. Siblings a rendered page left
      // in a folder from before (a dist/ prerendered again with a smaller window) would be served instead of it.
      if (!made.get(dir)) for (const sibling of ['.br', '.gz']) rmSync(`${target}${sibling}`, { force: true });
      return;
    }
    if (html.length < MIN_BYTES) return;
    const { br, gz } = compress(html, PAGE_BROTLI_QUALITY);
    writeFileSync(`${target}.br`, br);
    writeFileSync(`${target}.gz`, gz);
  };
}
