import { describe, expect, it } from 'vitest';
import { homeHead } from '../../src/seo';
import { edition, origin, site } from '../../src/seo/testFixtures';
import { composeDocument, documentComposer, headOnlyShell, stripHoisted } from './document';

const template = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Generic" />
    <title>Dateline</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('composeDocument', () => {
  const head = { ...homeHead({ site, edition, origin }), lang: 'fa', dir: 'rtl' as const };
  const html = composeDocument(template, {
    head,
    appHtml: '<title>Dateline</title><main>$& $1 news</main>',
    state: { path: '/fa', queries: { mutations: [], queries: [] } },
  });

  it('sets the edition language and direction on <html>', () => {
    expect(html).toContain('<html lang="fa" dir="rtl">');
  });

  it('replaces the generic title and description with the page head, right after the charset', () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).not.toContain('content="Generic"');
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('<title>'));
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('/assets/index-abc.js'));
  });

  it('holds the first paint for the footer only in a page whose markup has it', () => {
    const wait = '<link rel="expect" href="#site-footer" blocking="render">';
    expect(html).not.toContain(wait);
    const withFooter = composeDocument(template, { head, appHtml: '<main>news</main><footer id="site-footer"></footer>', state: null });
    expect(withFooter.indexOf(wait)).toBeGreaterThan(withFooter.indexOf('<meta charset'));
    expect(withFooter.indexOf(wait)).toBeLessThan(withFooter.indexOf('</head>'));
    expect(documentComposer(template)({ head, appHtml: '<footer id="site-footer"></footer>', state: null })).toContain(wait);
    expect(composeDocument(template, { head, appHtml: '', state: null })).not.toContain(wait);
  });

  it('puts the markup in #root verbatim and the state before </body>', () => {
    expect(html).toContain('<div id="root"><main>$& $1 news</main></div>');
    expect(html).toMatch(/<script type="application\/json" id="dateline-state" data-path="\/fa">\{"path":"\/fa"[^<]*<\/script>\n {2}<\/body>/);
  });
});

describe('documentComposer', () => {
  const head = homeHead({ site, edition, origin });
  const state = { path: '/en', queries: { mutations: [], queries: [] } };
  const compose = documentComposer(template);

  it('composes exactly what composeDocument does, page after page', () => {
    for (const appHtml of ['<main>one</main>', '<title>x</title><main>$& $1 $$ two</main>', '']) {
      expect(compose({ head, appHtml, state })).toBe(composeDocument(template, { head, appHtml, state }));
    }
  });

  it('takes the long way for markup holding a </body> of its own, and still agrees', () => {
    const appHtml = '<pre>&lt;/body&gt;</pre><div></BODY></div>';
    expect(compose({ head, appHtml, state })).toBe(composeDocument(template, { head, appHtml, state }));
  });

  it('fails on a template without its slots as composeDocument does', () => {
    expect(() => documentComposer('<html><head></head><body></body></html>')).toThrow(/no <meta charset>/);
  });
});

describe('stripHoisted', () => {
  it('drops only the leading hoisted head elements', () => {
    expect(stripHoisted('<title>A</title><meta name="x" content="y"><div><title>svg</title></div>')).toBe('<div><title>svg</title></div>');
  });
});

describe('headOnlyShell', () => {
  const styled = template.replace('</head>', '  <style>body{margin:0}</style>\n  </head>');

  it('links the inline stylesheet as a file named by its content', () => {
    const { template: shell, stylesheet } = headOnlyShell(styled);
    expect(stylesheet?.css).toBe('body{margin:0}');
    expect(stylesheet?.file).toMatch(/^assets\/shell-[0-9a-f]{10}\.css$/);
    expect(shell).toContain(`<link rel="stylesheet" href="/${stylesheet!.file}">`);
    expect(shell).not.toContain('<style>');
    expect(headOnlyShell(styled.replace('margin:0', 'margin:1px')).stylesheet!.file).not.toBe(stylesheet!.file);
  });

  it('keeps a shell without an inline stylesheet as it is', () => {
    expect(headOnlyShell(template)).toEqual({ template, stylesheet: null });
  });
});
