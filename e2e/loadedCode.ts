import type { BrowserContext, Page, Response } from '@playwright/test';

export interface LoadedFile {
  kind: 'js' | 'css';
  url: string;
  body: Buffer;
}

/**
 * Records the scripts and stylesheets `page` fetches from now on; the
 * function it returns waits for their bodies. Shared by the byte budgets
 * (e2e/budgets.spec.ts) and the bench, so both count the same files.
 */
export function recordLoadedCode(page: Page): () => Promise<LoadedFile[]> {
  const reads: Promise<LoadedFile>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const kind = type === 'script' ? 'js' : 'css';
    reads.push(bodyOf(response, page.context()).then((body) => ({ kind, url: response.url(), body })));
  });
  return () => Promise.all(reads);
}

/**
 * A dedicated worker's script is code the load fetches too, but Playwright
 * keeps no body for it: that one is asked for again from its address.
 */
async function bodyOf(response: Response, context: BrowserContext): Promise<Buffer> {
  try {
    return await response.body();
  } catch {
    return (await context.request.get(response.url())).body();
  }
}
