/**
 * The last build step: every HTML page in dist/ (index.html and the
 * prerendered ones) must carry the policy in dist/csp.json, ahead of its
 * scripts, and run no inline script or style that policy does not allow.
 * A page that would break under the policy fails the build, not a reader.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasStyleAttribute, inlineScriptHashes, inlineStyleHashes, META_PATTERN, type CspFile } from './policy';
import { CSP_JSON } from './vitePlugin';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** Problems with one page, as sentences; none when it is fine. */
export function pageProblems(html: string, policy: CspFile): string[] {
  const problems: string[] = [];
  const meta = META_PATTERN.exec(html);
  if (!meta) problems.push('has no Content-Security-Policy meta element');
  else {
    if (meta[1]!.replace(/&quot;/g, '"') !== policy.meta) problems.push('has a meta policy that differs from csp.json');
    const firstScriptOrLink = html.search(/<(script|link|style)\b/i);
    if (firstScriptOrLink !== -1 && firstScriptOrLink < meta.index) problems.push('loads something before its policy');
  }
  const allowed = policy.header.split(/[ ;]+/);
  for (const hash of [...inlineScriptHashes(html), ...inlineStyleHashes(html)]) {
    if (!allowed.includes(hash)) problems.push(`has an inline script or style the policy does not allow (${hash})`);
  }
  if (hasStyleAttribute(html)) problems.push('has a style="" attribute, which style-src refuses');
  return problems;
}

export async function checkDist(dist: string): Promise<{ pages: number; problems: string[] }> {
  const policy = JSON.parse(await readFile(path.join(dist, CSP_JSON), 'utf8')) as CspFile;
  const files = await htmlFiles(dist);
  const problems: string[] = [];
  for (const file of files) {
    for (const problem of pageProblems(await readFile(file, 'utf8'), policy)) {
      problems.push(`${path.relative(dist, file)}: ${problem}`);
    }
  }
  return { pages: files.length, problems };
}

async function main(): Promise<number> {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { pages, problems } = await checkDist(dist);
  if (problems.length > 0) {
    console.error(`csp: ${problems.length} page problem(s):\n${problems.slice(0, 20).join('\n')}`);
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
