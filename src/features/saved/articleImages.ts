import type { Article } from '../../content-api';
import { cacheNames } from '../offline';

/** Every picture an article shows: its main image and the images in its body. */
export function articleImageUrls(article: Article, base: string): string[] {
  const sources = [article.image?.src, ...article.body.map((b) => (b.type === 'image' ? b.image.src : undefined))];
  const urls = sources.filter((s) => s !== undefined).map((s) => new URL(s, base).href);
  return [...new Set(urls)];
}

function cacheStorage(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches;
}

/**
 * Puts the images in the cache the service worker serves images from, so a
 * saved article shows them offline. Images already there are not fetched
 * again (that also makes saving work offline); other fetch failures are
 * skipped. A full disk is thrown so the reader hears about it.
 */
export async function cacheArticleImages(urls: readonly string[]): Promise<void> {
  const storage = cacheStorage();
  if (!storage || urls.length === 0) return;
  const cache = await storage.open(cacheNames.images);
  for (const url of urls) {
    if (await cache.match(url)) continue;
    const sameOrigin = new URL(url).origin === location.origin;
    const response = await fetch(url, { mode: sameOrigin ? 'same-origin' : 'no-cors' }).catch(() => null);
    if (!response || !(response.ok || response.type === 'opaque')) continue;
    await cache.put(url, response);
  }
}

export async function forgetArticleImages(urls: readonly string[]): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  const cache = await storage.open(cacheNames.images);
  await Promise.all(urls.map((url) => cache.delete(url)));
}
