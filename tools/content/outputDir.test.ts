import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, sectionPageSchema, storyListSchema } from '../../src/content-api/schemas';
import { readEntry, receiveEntry, toWire, type ParsedEntry } from './articleEntry';
import { IssueSink } from './errors';
import { OutputDir } from './outputDir';
import { splitSource } from './sourceFile';
import { articleText, fields } from './testContent';

function parsed(id: string, overrides: Record<string, unknown> = {}): ParsedEntry {
  const sink = new IssueSink();
  const file = `/content/articles/en/${id}.md`;
  const entry = readEntry(splitSource(articleText(fields(id, overrides), 'Body.'), file, sink)!, file, 'en', sink);
  expect(sink.issues).toEqual([]);
  return entry!;
}

describe('summaries as JSON text', () => {
  it('a story sent from a worker keeps every field, and its summary reads back as the same object', () => {
    const entry = parsed('7', { headline: 'Quotes "and" ünïcode — دیگر', image: { src: '/i/7.jpg', alt: 'A', width: 800, height: 600 } });
    const received = receiveEntry(structuredClone(toWire(entry)));
    for (const key of ['file', 'id', 'lang', 'section', 'slug', 'views', 'picks', 'tags', 'related', 'publishedMs', 'lines'] as const) {
      expect(received[key]).toEqual(entry[key]);
    }
    expect(received.summary).toEqual(entry.summary);
    expect(received.summaryJson).toBe(JSON.stringify(entry.summary));
  });

  it('a listing spliced from summaryJson is byte for byte JSON.stringify of the whole file', async () => {
    const out = new OutputDir(path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-out-')), 'v1'));
    await out.open();
    const stories = [parsed('1'), parsed('2', { summary: 'Line\nbreak and \\ backslash' }), parsed('3', { editorsPick: { site: 1 } })];
    const shape = { lang: 'en', section: { slug: 'politics', title: 'Politics' }, page: 1, pageCount: 1, pageSize: 10, total: 3 };
    const schemaVersion = SCHEMA_VERSION as typeof SCHEMA_VERSION;
    await out.writeStories('en/sections/politics/page-1.json', sectionPageSchema, shape, stories, () => ({ schemaVersion, ...shape, items: [] }));
    const text = await readFile(path.join(out.dir, 'en/sections/politics/page-1.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...shape, items: stories.map((e) => e.summary) })}\n`);
  });

  it('an empty list is spliced the same way', async () => {
    const out = new OutputDir(path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-out-')), 'v1'));
    await out.open();
    const head = { schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION, lang: 'en', kind: 'top-stories' as const, section: null, items: [] };
    await out.writeStories('en/top-stories.json', storyListSchema, { lang: 'en' }, [], () => head);
    expect(await readFile(path.join(out.dir, 'en/top-stories.json'), 'utf8')).toBe(`${JSON.stringify(head)}\n`);
  });
});
