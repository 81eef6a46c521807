import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes beside `target`, then renames over it: a reader sees the old file or
 * the new one, never half of one. The file gets a new inode, so a hard link
 * to the old one (dist/api, tools/content/publicDirCopy.ts) keeps what the
 * last build wrote.
 */
export function replaceFile(target: string, data: string | NodeJS.ArrayBufferView): void {
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, target);
}
