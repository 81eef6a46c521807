import { describe, expect, it } from 'vitest';
import { urlsToWarm } from './warmServiceWorkerCache';

describe('urlsToWarm', () => {
  it('picks the API files and images the page loaded, once each', () => {
    const origin = 'http://127.0.0.1:4317';
    const entries = [
      { name: `${origin}/api/v1/site.json`, initiatorType: 'fetch' },
      { name: `${origin}/api/v1/en/articles/1.json`, initiatorType: 'fetch' },
      { name: `${origin}/api/v1/en/articles/1.json`, initiatorType: 'fetch' },
      { name: `${origin}/media/2021/a.jpg`, initiatorType: 'img' },
      { name: `${origin}/assets/index-abc.js`, initiatorType: 'script' },
      { name: `${origin}/manifest.webmanifest`, initiatorType: 'link' },
      { name: 'data:image/png;base64,AAAA', initiatorType: 'img' },
    ];
    expect(urlsToWarm(entries, origin)).toEqual([
      `${origin}/api/v1/site.json`,
      `${origin}/api/v1/en/articles/1.json`,
      `${origin}/media/2021/a.jpg`,
    ]);
  });
});
