/**
 * src/main.tsx imports the app in stages, after the first paint, so the
 * browser would only learn of those modules stage by stage and fetch them in
 * turn. This lists a <link rel="modulepreload"> for every module the entry
 * imports dynamically, and everything they import, inside an inert
 * <template>: main.tsx moves them into the head once the page has painted,
 * so they all download at once then, without competing with the page itself
 * for its first paint (decision 0620). Later routes' chunks (imported from
 * those modules, not from the entry) are not included.
 */

export const STARTUP_TEMPLATE_ID = 'dateline-startup-modules';
import type { Plugin } from 'vite';

export interface ChunkGraph {
  imports: readonly string[];
  dynamicImports: readonly string[];
}

/** The entry's dynamic imports and their static imports, each once, in a stable order. */
export function startupModules(entry: ChunkGraph, chunks: ReadonlyMap<string, ChunkGraph>): string[] {
  const seen = new Set<string>(entry.imports);
  const order: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of chunks.get(file)?.imports ?? []) visit(dep);
    order.push(file);
  };
  for (const file of entry.dynamicImports) visit(file);
  return order;
}

export function preloadLinks(files: readonly string[], base: string): string {
  return files.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`).join('\n    ');
}

export function startupPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'dateline-startup-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return html;
        const chunks = new Map<string, ChunkGraph>();
        for (const [name, item] of Object.entries(ctx.bundle)) if (item.type === 'chunk') chunks.set(name, item);
        const links = preloadLinks(startupModules(ctx.chunk, chunks), base);
        if (!html.includes('</head>')) throw new Error('startup-preload: index.html has no </head>');
        return html.replace('</head>', `  <template id="${STARTUP_TEMPLATE_ID}">\n    ${links}\n    </template>\n  </head>`);
      },
    },
  };
}
