import { describe, expect, it } from 'vitest';
import { deferStartup, preloadLinks, startupModules, type ChunkGraph } from './startupPreload';

const chunk = (imports: string[] = [], dynamicImports: string[] = []): ChunkGraph => ({ imports, dynamicImports });

describe('startupModules', () => {
  it('takes the entry’s dynamic imports with their static imports, dependencies first, each once', () => {
    const chunks = new Map([
      ['react.js', chunk()],
      ['react-dom.js', chunk(['react.js'])],
      ['start.js', chunk(['react.js', 'react-dom.js', 'shared.js'], ['ArticlePage.js'])],
      ['shared.js', chunk()],
      ['ArticlePage.js', chunk(['shared.js'])],
    ]);
    const entry = chunk(['runtime.js'], ['react.js', 'react-dom.js', 'start.js']);
    expect(startupModules(entry, chunks)).toEqual(['react.js', 'react-dom.js', 'shared.js', 'start.js']);
  });

  it('leaves out what the entry already imports statically (the page already loads it)', () => {
    expect(startupModules(chunk(['runtime.js'], ['a.js']), new Map([['a.js', chunk(['runtime.js'])]]))).toEqual(['a.js']);
  });
});

describe('preloadLinks', () => {
  it('writes one modulepreload link per file under the base', () => {
    expect(preloadLinks(['assets/a.js', 'assets/b.js'], '/')).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/a.js">\n    <link rel="modulepreload" crossorigin href="/assets/b.js">',
    );
  });
});

describe('deferStartup', () => {
  const built = [
    '<html><head>',
    '    <script type="module" crossorigin src="/assets/index.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/assets/runtime.js">',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');
  const entry = { fileName: 'assets/index.js', imports: ['assets/runtime.js'], dynamicImports: ['assets/start.js'] };
  const chunks = new Map([['assets/start.js', chunk(['assets/runtime.js'])]]);

  it('moves the entry and its imports out of the head into the template, the entry marked, before the loader', () => {
    const html = deferStartup(built, '/', entry, chunks);
    const head = html.slice(0, html.indexOf('<template'));
    expect(head).not.toContain('/assets/');
    const template = html.slice(html.indexOf('<template'), html.indexOf('</template>'));
    expect([...template.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/assets/runtime.js', '/assets/index.js', '/assets/start.js']);
    expect(template).toContain('href="/assets/index.js" data-entry');
    expect(html.indexOf('<script>(function')).toBeGreaterThan(html.indexOf('</template>'));
    expect(html.indexOf('<script>(function')).toBeLessThan(html.indexOf('</head>'));
  });

  it('fails the build when Vite wrote the entry some other way', () => {
    expect(() => deferStartup(built.replace(' crossorigin src', ' src'), '/', entry, chunks)).toThrow(/no <script type="module" crossorigin src="\/assets\/index.js">/);
  });
});
