import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { articleText, corpus, fields, makeContent } from './testContent';
import { contentPlugin } from './vitePlugin';

// The plugin skips itself under Vitest so component tests stay fast; these tests want it on.
async function withPluginEnabled<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.VITEST;
  delete process.env.VITEST;
  try {
    return await run();
  } finally {
    process.env.VITEST = saved;
  }
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('contentPlugin', () => {
  it('fails a production build with the compiler message on bad content', async () => {
    const root = await makeContent({ ...corpus(1), 'en/bad.md': articleText(fields('9', { section: 'gossip' })) });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
    const plugin = contentPlugin({ contentDir: '.', outDir: path.join(await mkdtemp(path.join(os.tmpdir(), 'out-')), 'v1') });
    const run = build({ root, logLevel: 'silent', configFile: false, plugins: [plugin], build: { outDir: path.join(root, 'dist') } });
    await expect(withPluginEnabled(() => run)).rejects.toThrow(/bad\.md:\d+: section: unknown section "gossip"/);
  });

  it('recompiles on content changes in dev and keeps the last good output on errors', async () => {
    const root = await makeContent(corpus(1));
    const outDir = path.join(root, 'out', 'v1');
    const server = await withPluginEnabled(async () => {
      const s = await createServer({ root, logLevel: 'silent', configFile: false, plugins: [contentPlugin({ contentDir: '.', outDir })] });
      await s.pluginContainer.buildStart({});
      return s;
    });
    try {
      const headline = async () => JSON.parse(await readFile(path.join(outDir, 'en/articles/1.json'), 'utf8')).headline as string;
      expect(await headline()).toBe('Story 1');
      await writeFile(path.join(root, 'articles/en/1.md'), articleText(fields('1', { headline: 'Changed' })));
      await until(async () => (await headline()) === 'Changed');
      await writeFile(path.join(root, 'articles/en/1.md'), articleText(fields('1', { views: -1 })));
      await new Promise((r) => setTimeout(r, 1500));
      expect(await headline()).toBe('Changed');
    } finally {
      await server.close();
    }
  }, 20_000);
});
