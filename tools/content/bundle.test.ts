import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { ContentError } from './errors';
import { articleText, corpus, fields, makeContent, readTree } from './testContent';

const tempOut = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-bundle-')), 'api', 'v1');
/** The compiler as benchmarks and fast rebuilds run it: plain node, bundled by bundle.mjs. */
const runBundled = (...args: string[]) => spawnSync(process.execPath, ['tools/content/run.mjs', ...args], { encoding: 'utf8' });

describe('the bundled compiler (run.mjs)', () => {
  it('writes the same files as compile() run from the TypeScript sources', async () => {
    const content = await makeContent(corpus(9));
    const [bundledOut, sourceOut] = [await tempOut(), await tempOut()];
    const run = runBundled('build', '--content', content, '--out', bundledOut);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    await compile({ contentDir: content, outDir: sourceOut, cacheDir: false });
    expect(await readTree(bundledOut)).toEqual(await readTree(sourceOut));
  }, 30_000);

  it('rebuilds incrementally (sources scanned in a worker, cache patched) to the same files as a fresh build', async () => {
    const content = await makeContent(corpus(9));
    const out = await tempOut();
    expect(runBundled('build', '--content', content, '--out', out).status).toBe(0);
    await writeFile(path.join(content, 'articles', 'en/4.md'), articleText(fields('4', { section: 'world' }), 'A changed paragraph.'));
    const run = runBundled('build', '--content', content, '--out', out);
    // Its article file and the search index, which holds the newest bodies.
    expect(run.stdout).toMatch(/incremental, 2 rewritten/);
    const fresh = await tempOut();
    await compile({ contentDir: content, outDir: fresh, cacheDir: false });
    expect(await readTree(out)).toEqual(await readTree(fresh));
  }, 30_000);

  it('reports content errors as file:line: field: message, exactly as the sources do', async () => {
    const content = await makeContent({ 'en/1.md': articleText(fields('1', { section: 'nowhere' })) });
    const run = runBundled('build', '--content', content, '--out', await tempOut());
    const error = await compile({ contentDir: content, outDir: await tempOut(), cacheDir: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe((error as ContentError).message);
    expect(run.stderr).toMatch(/1\.md:\d+: section: unknown section "nowhere"/);
  }, 30_000);
});
