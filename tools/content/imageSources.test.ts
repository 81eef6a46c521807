import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { ContentError } from './errors';
import { articleText, fields, makeContent } from './testContent';

const image = { src: '/media/harbour-1200.jpg', alt: 'The harbour', width: 1200, height: 675 };

describe('image sources (srcset)', () => {
  it('carries an image’s other widths into the article file', async () => {
    const sources = [{ src: '/media/harbour-400.jpg', width: 400 }, { src: '/media/harbour-800.jpg', width: 800 }];
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-out-')), 'v1');
    await compile({ contentDir: await makeContent({ 'en/1.md': articleText(fields('1', { image: { ...image, sources } })) }), outDir: out });
    const article = JSON.parse(await readFile(path.join(out, 'en', 'articles', '1.json'), 'utf8'));
    expect(article.image.sources).toEqual(sources);
  });

  it('refuses a source without a whole-number width, naming the file and field', async () => {
    const text = articleText(fields('1', { image: { ...image, sources: [{ src: '/media/harbour-400.jpg', width: 'narrow' }] } }));
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-out-')), 'v1');
    const failure = await compile({ contentDir: await makeContent({ 'en/1.md': text }), outDir: out }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentError);
    expect(String((failure as Error).message)).toMatch(/1\.md:\d+: image\.sources\[0\]\.width: /);
  });
});
