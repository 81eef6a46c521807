// @vitest-environment jsdom
import { QueryClient, dehydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { freshQueries, readPrerenderState, rendersAddress, stateScript, type PrerenderState } from './prerenderState';

function stateWith(path: string | null): PrerenderState {
  const client = new QueryClient();
  client.setQueryData(['article', 'en', '1'], { headline: '</script><script>alert(1)</script>' }, { updatedAt: 1000 });
  return { path, queries: dehydrate(client) };
}

describe('prerender state', () => {
  it('round-trips through the page as inert JSON, even with markup in the data', () => {
    const state = stateWith('/en/section/politics?page=2');
    const script = stateScript(state);
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    document.body.innerHTML = script;
    expect(readPrerenderState(document)).toEqual(state);
  });

  it('lists the API files the page was made from in data-api, escaped, and none when there are none', () => {
    document.body.innerHTML = stateScript(stateWith('/en'), ['/api/v1/site.json', '/api/v1/en/tags/"x".json']);
    const element = document.getElementById('dateline-state')!;
    expect(element.getAttribute('data-api')!.split(' ')).toEqual(['/api/v1/site.json', '/api/v1/en/tags/"x".json']);
    expect(stateScript(stateWith('/en'))).not.toContain('data-api');
  });

  it('names the address its markup is for in data-path, and none for markup that fits any address', () => {
    document.body.innerHTML = stateScript(stateWith('/en/section/politics?page=2'));
    expect(document.getElementById('dateline-state')!.getAttribute('data-path')).toBe('/en/section/politics?page=2');
    expect(stateScript(stateWith(null))).not.toContain('data-path');
  });

  it('ignores a page without state or with a broken one', () => {
    document.body.innerHTML = '';
    expect(readPrerenderState(document)).toBeNull();
    document.body.innerHTML = '<script type="application/json" id="dateline-state">{oops</script>';
    expect(readPrerenderState(document)).toBeNull();
    document.body.innerHTML = '<script type="application/json" id="dateline-state">{"path":"/en"}</script>';
    expect(readPrerenderState(document)).toBeNull();
  });

  it('stamps the data as fetched now so the first render does not refetch it', () => {
    const fresh = freshQueries(stateWith('/en'), 5000);
    expect(fresh.queries[0]!.state.dataUpdatedAt).toBe(5000);
  });

  it('hydrates only the address the markup was rendered for', () => {
    const state = stateWith('/en/section/politics?page=2');
    expect(rendersAddress(state, { pathname: '/en/section/politics', search: '?page=2' })).toBe(true);
    expect(rendersAddress(state, { pathname: '/en/section/politics/', search: '?page=2' })).toBe(true);
    expect(rendersAddress(state, { pathname: '/en/section/politics', search: '' })).toBe(false);
    expect(rendersAddress(stateWith(null), { pathname: '/anything', search: '' })).toBe(false);
    expect(rendersAddress(null, { pathname: '/en', search: '' })).toBe(false);
    // A Persian address: written as text by the prerenderer, percent-encoded by the browser.
    const persian = stateWith('/fa/tag/انتخابات?page=2');
    expect(rendersAddress(persian, { pathname: `/fa/tag/${encodeURIComponent('انتخابات')}`, search: '?page=2' })).toBe(true);
    expect(rendersAddress(persian, { pathname: '/fa/tag/%E0%A4%A', search: '?page=2' })).toBe(false);
  });
});
