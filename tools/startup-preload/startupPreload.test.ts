import { describe, expect, it } from 'vitest';
import { preloadLinks, startupModules, type ChunkGraph } from './startupPreload';

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
