/**
 * The malformed corpus (fixtures/malformed/): every file is refused with the
 * file, line, field and message its expected.json entry names, and no failed
 * run disturbs the API output a previous good run wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from './compile';
import { ContentError } from './errors';
import { corpus, makeContent } from './testContent';

const dir = path.join(import.meta.dirname, 'fixtures', 'malformed');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, string>;
const fixtures = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => name.split(path.sep).join('/'))
  .sort();

async function snapshot(out: string): Promise<Record<string, string>> {
  const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(
    files.map(async (e) => [path.relative(out, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name), 'utf8')]),
  );
  return Object.fromEntries(entries);
}

let outDir: string;
let before: Record<string, string>;

beforeAll(async () => {
  outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-malformed-')), 'v1');
  await compile({ contentDir: await makeContent(corpus(2)), outDir });
  before = await snapshot(outDir);
});

describe('malformed content corpus', () => {
  it('has an expected message for every file, and a file for every message', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual(fixtures);
  });

  it.each(fixtures)('%s is refused with its file, line, field and message', async (name) => {
    const content = await makeContent({ ...corpus(2), [name]: readFileSync(path.join(dir, name), 'utf8') });
    const error = await compile({ contentDir: content, outDir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    const lines = (error as ContentError).message.replaceAll(`${content}/articles/`, '').split('\n');
    expect(lines).toContain(`${name}:${expected[name]}`);
    // All or nothing: the good output from before is still there, byte for byte.
    expect(await snapshot(outDir)).toEqual(before);
  });
});
