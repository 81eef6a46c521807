import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { articleQuery, type Article } from '../../content-api';
import { saveArticle, seedSavedArticles, type SaveDeps } from './savedArticles';
import { memorySavedStore, type SavedStore } from './savedStore';

function article(id: string, extra: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    id,
    slug: 'a-story',
    lang: 'en',
    section: 'politics',
    headline: `Story ${id}`,
    summary: 'Lead.',
    publishedAt: '2021-04-13T10:25:00Z',
    updatedAt: '2021-04-13T10:25:00Z',
    image: { src: '/media/a.jpg', alt: '', width: 4, height: 3 },
    path: `/en/news/2021/04/13/${id}/a-story`,
    sample: false,
    dateline: 'TEHRAN',
    byline: '',
    body: [{ type: 'image', image: { src: '/media/b.jpg', alt: '', width: 4, height: 3 } }],
    tags: [],
    related: [],
    ...extra,
  };
}

function deps(store: SavedStore, cacheImages: SaveDeps['cacheImages'] = async () => undefined): SaveDeps {
  return { store, cacheImages, now: () => 1000 };
}

const quota = () => new DOMException('full', 'QuotaExceededError');

describe('saveArticle', () => {
  it('keeps the article with its saved time and asks for its images', async () => {
    const store = memorySavedStore();
    let asked: readonly string[] = [];
    const outcome = await saveArticle(article('1'), deps(store, async (urls) => void (asked = urls)));
    expect(outcome).toEqual({ status: 'saved' });
    expect(await store.get('en', '1')).toMatchObject({ savedAt: 1000, article: { headline: 'Story 1' } });
    expect(asked).toEqual(['http://localhost/media/a.jpg', 'http://localhost/media/b.jpg']);
  });

  it('reports a full disk or refused storage instead of throwing', async () => {
    const full: SavedStore = { ...memorySavedStore(), put: () => Promise.reject(quota()) };
    expect(await saveArticle(article('1'), deps(full))).toEqual({ status: 'failed', problem: 'quota' });
    const refused: SavedStore = { ...memorySavedStore(), put: () => Promise.reject(new DOMException('no', 'InvalidStateError')) };
    expect(await saveArticle(article('1'), deps(refused))).toEqual({ status: 'failed', problem: 'refused' });
  });

  it('keeps the text when only the images do not fit', async () => {
    const store = memorySavedStore();
    const outcome = await saveArticle(article('1'), deps(store, () => Promise.reject(quota())));
    expect(outcome).toEqual({ status: 'saved-without-images' });
    expect(await store.get('en', '1')).toBeDefined();
  });
});

describe('seedSavedArticles', () => {
  it('puts saved articles the query cache lacks back into it, dated when saved', async () => {
    const store = memorySavedStore();
    await store.put({ article: article('1'), savedAt: 500 });
    await store.put({ article: article('2'), savedAt: 900 });
    const client = new QueryClient();
    client.setQueryData(articleQuery('en', '2').queryKey, article('2', { headline: 'Fresher' }));
    await seedSavedArticles(client, store);
    expect(client.getQueryData(articleQuery('en', '1').queryKey)?.headline).toBe('Story 1');
    expect(client.getQueryState(articleQuery('en', '1').queryKey)?.dataUpdatedAt).toBe(500);
    expect(client.getQueryData(articleQuery('en', '2').queryKey)?.headline).toBe('Fresher');
    expect(client.getQueryData(['saved'])).toHaveLength(2);
  });
});
