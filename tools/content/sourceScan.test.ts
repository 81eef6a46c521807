import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeScans, scanFolders, scanNow, scanPlan, type SourceScan } from './sourceScan';

const root = mkdtempSync(path.join(os.tmpdir(), 'source-scan-'));
const articles = path.join(root, 'articles');
// Names chosen so that folder order and path order differ ('politics-extra/' sorts before 'politics/').
const sources = [
  'top.md',
  'en/loose.md',
  'en/politics/b.md',
  'en/politics/a.md',
  'en/politics/2026/deep.md',
  'en/politics-extra/c.md',
  'en/world/d.md',
  'fa/politics/e.md',
  'fa/notes.txt',
];
for (const [i, file] of sources.entries()) {
  mkdirSync(path.dirname(path.join(articles, file)), { recursive: true });
  writeFileSync(path.join(articles, file), 'x'.repeat(i + 1));
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const stampOf = (scan: SourceScan, file: string) => {
  const i = scan.files.indexOf(file);
  return [scan.stamps[i * 2], scan.stamps[i * 2 + 1]];
};

describe('the source scan', () => {
  it('lists every .md file below the folder, sorted by path, each with its mtime and size', () => {
    const scan = scanNow(articles);
    const expected = sources.filter((f) => f.endsWith('.md')).map((f) => path.join(articles, f)).sort();
    expect(scan.files).toEqual(expected);
    for (const file of scan.files) {
      const { mtimeMs, size } = statSync(file);
      expect(stampOf(scan, file)).toEqual([mtimeMs, size]);
    }
  });

  it('shares out the section folders and keeps the loose files for itself', () => {
    const plan = scanPlan(articles);
    const rel = (files: string[]) => files.map((f) => path.relative(articles, f)).sort();
    expect(rel(plan.files)).toEqual(['en/loose.md', 'top.md']);
    expect(rel(plan.folders)).toEqual(['en/politics', 'en/politics-extra', 'en/world', 'fa/politics']);
  });

  it('merges the shares of any split back into one sorted scan', () => {
    const plan = scanPlan(articles);
    const odd = plan.folders.filter((_, i) => i % 2 === 1);
    const even = plan.folders.filter((_, i) => i % 2 === 0);
    const merged = mergeScans([scanFolders([]), scanFolders(odd), scanFolders(even), scanNow(path.join(root, 'none'))]);
    const whole = scanFolders(plan.folders);
    expect(merged.files).toEqual(whole.files);
    expect([...merged.stamps]).toEqual([...whole.stamps]);
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(scanNow(path.join(root, 'missing')).files).toEqual([]);
  });
});
