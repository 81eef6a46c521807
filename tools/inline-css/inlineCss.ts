/**
 * Puts the site's one stylesheet inside index.html as a <style> element, so
 * a prerendered page paints from its first response: no render-blocking
 * request, no wait for a second round trip on a slow network. The CSP plugin
 * (after this one) hashes the element like the inline boot script.
 */
import type { Plugin } from 'vite';

const LINK = /<link\s+rel="stylesheet"[^>]*\shref="\/?([^"]+\.css)"[^>]*>/gi;

/** `html` with each linked stylesheet found in `assets` replaced by its text; the names it inlined. */
export function inlineStylesheets(html: string, assets: ReadonlyMap<string, string>): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(LINK, (tag, file: string) => {
    const css = assets.get(file);
    if (css === undefined) return tag;
    if (/<\/style/i.test(css)) throw new Error(`inline-css: ${file} contains "</style", which would end the element early`);
    inlined.push(file);
    return `<style>${css}</style>`;
  });
  return { html: out, inlined };
}

export function inlineCssPlugin(): Plugin {
  return {
    name: 'dateline-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const assets = new Map<string, string>();
        for (const [name, item] of Object.entries(bundle)) {
          if (item.type === 'asset' && name.endsWith('.css')) assets.set(name, String(item.source));
        }
        const result = inlineStylesheets(html, assets);
        // Inlined, the file would only be precached and never asked for.
        for (const name of result.inlined) delete bundle[name];
        return result.html;
      },
    },
  };
}
