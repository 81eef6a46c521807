import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inlineCss';

const html = '<head><link rel="stylesheet" crossorigin href="/assets/index-abc.css"><link rel="icon" href="/favicon.svg"></head>';

describe('inlineStylesheets', () => {
  it('replaces a linked stylesheet from the bundle with a style element', () => {
    const { html: out, inlined } = inlineStylesheets(html, new Map([['assets/index-abc.css', 'body{margin:0}']]));
    expect(out).toBe('<head><style>body{margin:0}</style><link rel="icon" href="/favicon.svg"></head>');
    expect(inlined).toEqual(['assets/index-abc.css']);
  });

  it('leaves a stylesheet that is not in the bundle alone', () => {
    expect(inlineStylesheets(html, new Map()).html).toBe(html);
  });

  it('refuses CSS that would close the element early', () => {
    expect(() => inlineStylesheets(html, new Map([['assets/index-abc.css', 'a{content:"</style>"}']]))).toThrow(/index-abc\.css/);
  });
});
