import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpillStore } from './spillStore';

describe('SpillStore', () => {
  it('gives back every text as it was set, before and after its bytes reach the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-spill-'));
    const store = new SpillStore(dir);
    const texts = new Map<string, string>();
    // ~3 MB in all, so some texts are read back from the file and the last ones from memory.
    for (let i = 0; i < 3000; i++) texts.set(`file-${i}.md`, `${'[{"type":"paragraph","text":"سلام — wire copy"}]'.repeat(20)}${i}`);
    for (const [key, text] of texts) store.set(key, text);
    for (const [key, text] of [...texts].reverse()) expect(store.get(key)).toBe(text);
    expect(store.has('file-0.md')).toBe(true);
    expect(store.get('missing.md')).toBeUndefined();
    // The file is unlinked once open: nothing is left behind, whatever happens to the process.
    expect(readdirSync(dir)).toEqual([]);
    store.clear();
    expect(store.has('file-0.md')).toBe(false);
    store.set('again.md', 'a second life');
    expect(store.get('again.md')).toBe('a second life');
  });
});
