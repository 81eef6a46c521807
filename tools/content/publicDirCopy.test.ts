import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPublicDir } from './publicDirCopy';
import { replaceFile } from './replaceFile';

function tree(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

describe('copyPublicDir', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-public-'));
  const [pub, dist] = [path.join(root, 'public'), path.join(root, 'dist')];
  tree(pub, { 'favicon.svg': '<svg/>', 'icons/a.png': 'png', 'api/v1/site.json': '{"v":1}', 'api/v1/en/articles/1.json': '{"id":"1"}' });
  tree(dist, { 'api/v1/site.json': 'left from an earlier build' });
  const counts = copyPublicDir(pub, dist, 'api');

  it('copies everything, linking the content API and copying the rest', () => {
    expect(counts).toEqual({ copied: 2, linked: 2 });
    expect(readFileSync(path.join(dist, 'icons/a.png'), 'utf8')).toBe('png');
    expect(statSync(path.join(dist, 'favicon.svg')).ino).not.toBe(statSync(path.join(pub, 'favicon.svg')).ino);
    expect(statSync(path.join(dist, 'api/v1/en/articles/1.json')).ino).toBe(statSync(path.join(pub, 'api/v1/en/articles/1.json')).ino);
    expect(readFileSync(path.join(dist, 'api/v1/site.json'), 'utf8')).toBe('{"v":1}');
  });

  it('keeps what the build shipped when the compiler later replaces a file', () => {
    replaceFile(path.join(pub, 'api/v1/site.json'), '{"v":2}');
    expect(readFileSync(path.join(pub, 'api/v1/site.json'), 'utf8')).toBe('{"v":2}');
    expect(readFileSync(path.join(dist, 'api/v1/site.json'), 'utf8')).toBe('{"v":1}');
  });
});
