import { describe, expect, it } from 'vitest';
import { article, edition, site } from '../../src/seo/testFixtures';
import { fileForUrl, routeList } from './pages';

describe('fileForUrl', () => {
  it('writes each page as a folder index, later section pages under page/N', () => {
    expect(fileForUrl('/en')).toBe('en/index.html');
    expect(fileForUrl('/en/section/politics')).toBe('en/section/politics/index.html');
    expect(fileForUrl('/en/section/politics?page=1')).toBe('en/section/politics/index.html');
    expect(fileForUrl('/en/section/politics?page=3')).toBe('en/section/politics/page/3/index.html');
    expect(fileForUrl('/')).toBe('index.html');
  });

  it('names files by the decoded path, as servers look them up', () => {
    expect(fileForUrl('/fa/news/2021/05/02/3484355/سفر-نخست')).toBe('fa/news/2021/05/02/3484355/سفر-نخست/index.html');
  });
});

describe('routeList', () => {
  it('lists known pages exactly, known articles under any date or slug, and the app-only routes', () => {
    const routes = routeList({ apiDir: '', site, editions: [{ edition, articles: [article], sectionPages: [] }] });
    expect(routes).toContain('/');
    expect(routes).toContain('/en');
    expect(routes).toContain('/en/section/politics');
    expect(routes).toContain('/en/news/:year/:month/:day/2484159/:slug?');
    expect(routes).toContain('/en/saved');
    expect(routes.some((r) => r.includes(':section') || r.includes(':id'))).toBe(false);
  });
});
