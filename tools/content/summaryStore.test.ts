import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SummaryStore } from './summaryStore';

describe('SummaryStore', () => {
  it('reads spans one by one, then the whole file, with the same answers, ignoring bytes appended after loading', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-summaries-')), 'c.summaries');
    const texts = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ id: String(i), headline: `Störy ${i}` }));
    await writeFile(file, texts.join(''));
    const store = new SummaryStore(file, 0);
    await appendFile(file, '{"appended":true}');
    let offset = 0;
    for (const text of texts) {
      const end = offset + Buffer.byteLength(text);
      expect(store.slice(offset, end).toString('utf8')).toBe(text);
      offset = end;
    }
    expect(store.length).toBe(offset);
    expect(store.all().length).toBe(offset);
  });
});
