/**
 * Vite's copy of public/ into dist/, with the content API hard-linked rather
 * than copied. At 100,000 articles public/api holds ~135,000 files, and Vite's
 * copy (a stat and a copyFileSync each) was ~40 s of the build's 88, most of
 * it kernel time. A link costs a directory entry. The compiler replaces a
 * file it updates (replaceFile.ts) rather than writing into it, so a later
 * content build never changes a dist/ already built.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export interface CopyCounts {
  copied: number;
  linked: number;
}

/** Copies `from` into `to` as Vite does; files below `linkedDir` (relative to `from`) are hard-linked where the disk allows. */
export function copyPublicDir(from: string, to: string, linkedDir: string): CopyCounts {
  const counts: CopyCounts = { copied: 0, linked: 0 };
  const walk = (src: string, dest: string, link: boolean) => {
    mkdirSync(dest, { recursive: true });
    for (const name of readdirSync(src)) {
      const srcFile = path.join(src, name);
      const destFile = path.join(dest, name);
      if (srcFile === to) continue;
      if (statSync(srcFile).isDirectory()) {
        walk(srcFile, destFile, link || path.relative(from, srcFile) === linkedDir);
        continue;
      }
      if (link) {
        try {
          // A dist/ that was not emptied first: the link replaces the file, as Vite's copy overwrites it.
          if (existsSync(destFile)) rmSync(destFile);
          linkSync(srcFile, destFile);
          counts.linked++;
          continue;
        } catch (error) {
          // Another file system (EXDEV) or one without hard links (EPERM): a copy, as Vite makes.
          if (!['EXDEV', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        }
      }
      copyFileSync(srcFile, destFile);
      counts.copied++;
    }
  };
  walk(from, to, false);
  return counts;
}

/** Replaces Vite's public/ copy in `vite build`; the dev server serves public/ itself. */
export function publicDirCopyPlugin(linkedDir = 'api'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'dateline-public-dir-copy',
    apply: 'build',
    config: () => ({ build: { copyPublicDir: false } }),
    configResolved(resolved) {
      config = resolved;
    },
    // Before closeBundle, where the PWA plugin lists dist/ for its precache: public/'s icons are in it.
    writeBundle: {
      sequential: true,
      handler() {
        if (!config.publicDir || !existsSync(config.publicDir)) return;
        const started = performance.now();
        const { copied, linked } = copyPublicDir(config.publicDir, path.resolve(config.root, config.build.outDir), linkedDir);
        config.logger.info(`public: ${copied} files copied, ${linked} linked in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
