/**
 * tsx tools/prerender/cli.ts discovery [--dist DIR]
 *
 * Runs after `vite build`, reading DIR/api/v1 (default dist). SITE_ORIGIN
 * sets the absolute addresses (docs/seo.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteOrigin } from '../../src/seo';
import { readApiSnapshot } from './apiSnapshot';
import { discoveryFiles, writeSiteFiles } from './discovery';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: { dist: { type: 'string' } } });
  const distDir = path.resolve(values.dist ?? 'dist');
  const started = performance.now();
  const snapshot = await readApiSnapshot(path.join(distDir, 'api', 'v1'));
  switch (command) {
    case 'discovery': {
      const files = discoveryFiles(snapshot, siteOrigin);
      await writeSiteFiles(distDir, files);
      console.log(`discovery: ${files.size} files for ${siteOrigin} in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
  }
  console.error('usage: cli.ts discovery [--dist DIR]');
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
