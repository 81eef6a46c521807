/**
 * tsx tools/prerender/cli.ts all|pages|discovery [--dist DIR]
 *
 * Runs after `vite build`, reading DIR/api/v1 (default dist): `pages` builds
 * the server entry and prerenders every page, `discovery` writes sitemaps,
 * robots.txt and feeds, `all` does both. SITE_ORIGIN sets the absolute
 * addresses (docs/seo.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteOrigin } from '../../src/seo';
import { readApiSnapshot } from './apiSnapshot';
import { discoveryFiles, writeSiteFiles } from './discovery';
import { prerender } from './prerender';
import { buildServerEntry } from './ssrBuild';

const USAGE = 'usage: cli.ts all|pages|discovery [--dist DIR]';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'all' && command !== 'pages' && command !== 'discovery') {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { dist: { type: 'string' } } });
  const distDir = path.resolve(values.dist ?? 'dist');
  const snapshot = await readApiSnapshot(path.join(distDir, 'api', 'v1'));
  const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;

  if (command !== 'discovery') {
    const started = performance.now();
    const entry = await buildServerEntry(process.cwd());
    const count = await prerender(entry, snapshot, distDir);
    console.log(`prerender: ${count} pages for ${siteOrigin} in ${ms(started)}`);
  }
  if (command !== 'pages') {
    const started = performance.now();
    const files = discoveryFiles(snapshot, siteOrigin);
    await writeSiteFiles(distDir, files);
    console.log(`discovery: ${files.size} files in ${ms(started)}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
