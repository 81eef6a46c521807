/** Size and modification time: what tells an unchanged source file apart without reading it. */
import { stat } from 'node:fs/promises';
import { mapLimit } from './concurrency';

export interface Stamp {
  mtimeMs: number;
  size: number;
}

export const sameStamp = (a: Stamp | undefined, b: Stamp) => a !== undefined && a.mtimeMs === b.mtimeMs && a.size === b.size;

/** Many stats in flight let the thread pool overlap them; one at a time costs a round trip each. */
export async function readStamps(files: readonly string[]): Promise<Stamp[]> {
  return mapLimit(files, 64, async (file) => {
    const s = await stat(file);
    return { mtimeMs: s.mtimeMs, size: s.size };
  });
}
