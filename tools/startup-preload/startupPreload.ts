/**
 * src/main.tsx imports the app in stages, so the browser would only learn of
 * those modules stage by stage and fetch them in turn. This plugin puts the
 * entry script, a <link rel="modulepreload"> for each module the entry
 * imports (statically, and dynamically with everything those import) in an
 * inert <template>, followed by the inline loader (startupLoader.ts) that
 * moves them into the head once the page has painted: they all download at
 * once then, and none competes with the page for its first paint
 * (decisions 0620, 0623). Later routes' chunks (imported from those modules,
 * not from the entry) are not included.
 */
import type { Plugin } from 'vite';
import { startupLoaderScript } from './startupLoader';
import { apiBaseFrom } from '../../src/content-api/apiBaseFrom';
import { SERVICE_WORKER_FILE } from '../../src/features/offline/cacheNames';
import { SAVED_MARKER_KEY } from '../../src/features/saved/savedMarker';
import { STATE_ELEMENT_ID } from '../../src/ssr/prerenderState';

export const STARTUP_TEMPLATE_ID = 'dateline-startup-modules';

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

export function preloadLinks(files: readonly string[], base: string, entry?: string): string {
  return files
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}"${file === entry ? ' data-entry' : ''}>`)
    .join('\n    ');
}

/**
 * `html` with the tags Vite wrote for the entry (its script and its static
 * imports' preloads) moved into the inert template, which the loader follows.
 */
export function deferStartup(html: string, base: string, entry: ChunkGraph & { fileName: string }, chunks: ReadonlyMap<string, ChunkGraph>): string {
  const remove = (tag: string) => {
    const found = new RegExp(`\\s*${escapeRegExp(tag)}`).exec(html);
    if (!found) throw new Error(`startup-preload: index.html has no ${tag}`);
    html = html.replace(found[0], '');
  };
  remove(`<script type="module" crossorigin src="${base}${entry.fileName}"></script>`);
  for (const file of entry.imports) remove(`<link rel="modulepreload" crossorigin href="${base}${file}">`);
  if (!html.includes('</head>')) throw new Error('startup-preload: index.html has no </head>');
  const links = preloadLinks([...entry.imports, entry.fileName, ...startupModules(entry, chunks)], base, entry.fileName);
  const template = `<template id="${STARTUP_TEMPLATE_ID}">\n    ${links}\n    </template>`;
  return html.replace('</head>', `  ${template}\n    <script>${startupLoaderScript({
    templateId: STARTUP_TEMPLATE_ID,
    serviceWorker: `${base}${SERVICE_WORKER_FILE}`,
    savedMarker: SAVED_MARKER_KEY,
    stateId: STATE_ELEMENT_ID,
    apiBase: apiBaseFrom(process.env.VITE_API_BASE),
  })}</script>\n  </head>`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
        return deferStartup(html, base, ctx.chunk, chunks);
      },
    },
  };
}
