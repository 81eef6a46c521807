import { describe, expect, it } from 'vitest';
import { apiRuntimePattern } from './cacheNames';

describe('apiRuntimePattern', () => {
  it('matches API JSON under a path base on any origin', () => {
    const re = apiRuntimePattern('/api/v1');
    expect(re.test('http://127.0.0.1:4317/api/v1/en/articles/2484159.json')).toBe(true);
    expect(re.test('https://news.example/api/v1/site.json')).toBe(true);
  });

  it('does not match pages, other files or look-alike paths', () => {
    const re = apiRuntimePattern('/api/v1/');
    expect(re.test('https://news.example/en/news/2021/04/13/1/x')).toBe(false);
    expect(re.test('https://news.example/api/v1/images/a.png')).toBe(false);
    expect(re.test('https://news.example/en/api/v1/site.json')).toBe(false);
  });

  it('anchors an absolute base at its start', () => {
    const re = apiRuntimePattern('https://cdn.example/api/v1');
    expect(re.test('https://cdn.example/api/v1/en/home.json')).toBe(true);
    expect(re.test('https://evil.example/?https://cdn.example/api/v1/en/home.json')).toBe(false);
  });
});
