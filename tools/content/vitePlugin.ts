/**
 * Runs the content compiler inside Vite: before every production build (bad
 * content fails the build), and on every change under content/ in dev, where
 * an error is printed and the last good output keeps being served.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { compile, DEFAULT_CONTENT_DIR, DEFAULT_OUT_DIR } from './compile';
import { ContentError } from './errors';

export interface ContentPluginOptions {
  contentDir?: string;
  outDir?: string;
}

const message = (error: unknown) => (error instanceof ContentError || error instanceof Error ? error.message : String(error));

export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  const dirs = () => ({
    contentDir: path.resolve(config.root, options.contentDir ?? DEFAULT_CONTENT_DIR),
    outDir: path.resolve(config.root, options.outDir ?? DEFAULT_OUT_DIR),
  });
  const run = async () => {
    const result = await compile(dirs());
    config.logger.info(`content: ${result.articles} articles, ${result.files} files in ${result.ms} ms`, { timestamp: true });
  };

  return {
    name: 'dateline-content',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      // Component tests load this config too; they read no compiled content.
      if (process.env.VITEST) return;
      if (config.command === 'build') {
        try {
          await run();
        } catch (error) {
          this.error(message(error));
        }
        return;
      }
      await run().catch((error: unknown) => config.logger.error(message(error), { timestamp: true }));
    },
    configureServer(server) {
      const { contentDir, outDir } = dirs();
      watchContent(server, contentDir, outDir, run);
    },
  };
}

/** Recompiles after a burst of changes settles; compiles never overlap. */
function watchContent(server: ViteDevServer, contentDir: string, outDir: string, run: () => Promise<void>): void {
  // The output (and its temp dir beside it) may sit inside the watched tree; its own writes must not loop.
  const outPrefix = path.join(path.dirname(outDir), `.${path.basename(outDir)}.tmp-`);
  const isOutput = (file: string) => file.startsWith(outDir + path.sep) || file.startsWith(outPrefix);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let pending = false;
  const rebuild = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = run().then(
      () => server.ws.send({ type: 'full-reload' }),
      (error: unknown) => server.config.logger.error(message(error), { timestamp: true }),
    );
    await running;
    running = null;
    if (pending) {
      pending = false;
      await rebuild();
    }
  };
  const onEvent = (file: string) => {
    if (!file.startsWith(contentDir + path.sep) || isOutput(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  };
  server.watcher.add(contentDir);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);
}
