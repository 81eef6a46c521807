/**
 * Helpers for the service-worker specs: waiting for the worker to control a
 * page, reading what it and IndexedDB hold, and a persistent profile (where
 * Chromium reports installability) with the same checks as e2e/fixtures.ts.
 */
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../browser';

/** Resolves once a service worker controls the page, which on a first visit happens when it activates (clientsClaim). */
export async function waitForControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Whether the service worker's cache `cacheName` holds a URL ending in `suffix`. */
export async function cacheHolds(page: Page, cacheName: string, suffix: string): Promise<boolean> {
  return page.evaluate(
    async ({ cacheName, suffix }) => {
      const cache = await caches.open(cacheName);
      return (await cache.keys()).some((request) => request.url.endsWith(suffix));
    },
    { cacheName, suffix },
  );
}

/** The persisted query cache as stored in IndexedDB (throttled writes: poll until it has what you need). */
export async function persistedQueries(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('dateline-query-cache');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('queries')) return resolve('');
          const get = db.transaction('queries').objectStore('queries').get('dateline-queries');
          get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : '');
          get.onerror = () => resolve('');
        };
      }),
  );
}

export async function waitForPersisted(page: Page, fragment: string): Promise<void> {
  await expect.poll(() => persistedQueries(page), { timeout: 10_000 }).toContain(fragment);
}

/** A page that waits for the service worker and for everything it read to be kept for offline use. */
export async function visitAndKeep(page: Page, path: string, persistedFragment: string): Promise<void> {
  await page.goto(path);
  await waitForControl(page);
  await waitForPersisted(page, persistedFragment);
}

export interface PersistentProfile {
  context: BrowserContext;
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Chromium only evaluates installability in a persistent profile, not in an
 * incognito-like default context. Page errors and console errors are
 * collected as e2e/fixtures.ts does, for the test to assert on.
 */
export async function launchProfile(baseURL: string, extraArgs: string[] = []): Promise<PersistentProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...extraArgs],
    baseURL,
    serviceWorkers: 'allow',
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    errors,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
