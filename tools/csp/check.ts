/**
 * tsx tools/csp/check.ts [DIR]
 *
 * Every HTML page in dist/ (index.html and the prerendered ones) must carry
 * the policy in dist/csp.json, ahead of its scripts, and run no inline script
 * or style that policy does not allow. A page that would break under the
 * policy fails the build, not a reader. In `npm run build` the prerender
 * workers check each page as they write it (pageProblems) and the prerender
 * CLI then checks the rest with `skip` set to the pages it wrote: reading
 * 100,000 pages back would cost minutes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { distFiles } from '../precompress/distFiles';
import type { CspFile } from './policy';
import { pageProblems } from './pageProblems';
import { CSP_JSON } from './vitePlugin';

export { pageProblems };

export async function readPolicy(dist: string): Promise<CspFile> {
  return JSON.parse(await readFile(path.join(dist, CSP_JSON), 'utf8')) as CspFile;
}

/** `skip`: pages (relative to dist, `/`-separated) already checked. */
export async function checkDist(dist: string, skip: ReadonlySet<string> = new Set()): Promise<{ pages: number; problems: string[] }> {
  const policy = await readPolicy(dist);
  const files = (await distFiles(dist, (name) => name.endsWith('.html'))).filter((file) => !skip.has(file));
  const problems: string[] = [];
  for (const file of files) {
    for (const problem of pageProblems(await readFile(path.join(dist, file), 'utf8'), policy)) problems.push(`${file}: ${problem}`);
  }
  return { pages: files.length, problems };
}

export const describeProblems = (problems: readonly string[]) => `csp: ${problems.length} page problem(s):\n${problems.slice(0, 20).join('\n')}`;

async function main(): Promise<number> {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { pages, problems } = await checkDist(dist);
  if (problems.length > 0) {
    console.error(describeProblems(problems));
    return 1;
  }
  console.log(`csp: ${pages} pages carry the policy and run nothing it forbids`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
