import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files below `dir` (relative paths) whose name passes `test`, without
 * descending into the content API: at 100,000 articles it holds more files
 * than the rest of dist/ together, and no step that walks dist/ wants them.
 */
export async function distFiles(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (child !== 'api') await walk(child);
      } else if (entry.isFile() && test(entry.name)) found.push(child);
    }
  };
  await walk('');
  return found.sort();
}
