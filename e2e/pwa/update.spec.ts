import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createServer } from '../../tools/server/createServer';
import { test, expect, markDocument, documentWasKept } from '../fixtures';
import { waitForControl } from './pwa';

// Several reloads, a service worker install and IndexedDB waits per test: more than the suite's default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** The build the suite's web server serves; E2E_DIST points elsewhere when iterating on a separate build. */
const dist = resolve(process.env.E2E_DIST ?? 'dist');

interface Deploy {
  origin: string;
  /** Serves a second build's worker from now on: same precache, a different script, as any new deploy has. */
  deployNewBuild: () => void;
  close: () => Promise<void>;
}

/**
 * The production server on its own port, with one switch: swapping the
 * served sw.js for another build's. Only the worker script differs, which is
 * all a browser compares to decide a new version exists.
 */
async function serveDeploy(): Promise<Deploy> {
  const production = createServer({ root: dist });
  const handle = production.listeners('request')[0] as (req: IncomingMessage, res: ServerResponse) => void;
  const nextWorker = `${readFileSync(join(dist, 'sw.js'), 'utf8')}\n// build 2\n`;
  let deployed = false;
  const server: Server = createHttpServer((req, res) => {
    if (deployed && req.url?.split('?')[0] === '/sw.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(nextWorker);
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    deployNewBuild: () => {
      deployed = true;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

test('an open reader is told a new version is available, and Reload switches to it', async ({ page }) => {
  const deploy = await serveDeploy();
  try {
    await page.goto(`${deploy.origin}/en`);
    await waitForControl(page);
    await expect(page.getByText('A new version is available.')).toHaveCount(0);
    await markDocument(page);

    deploy.deployNewBuild();
    // What the reader's browser does on its own every hour (UpdatePrompt) and on each navigation.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is available.' });
    await expect(prompt.getByText('A new version is available.')).toBeVisible({ timeout: 15_000 });
    // The old page keeps running the old worker until the reader chooses.
    expect(await documentWasKept(page)).toBe(true);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as unknown as { __dateline_marker?: boolean }).__dateline_marker);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('A new version is available.')).toHaveCount(0);
    const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    expect(waiting).toBe(false);
  } finally {
    await deploy.close();
  }
});
