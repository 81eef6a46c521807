/**
 * Runs fuzz cases in one page: each case is reached by an in-app navigation
 * (no reload), its region must settle to its content or a clear error with
 * "Try again", and the masthead's navigation must still work afterwards.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect } from '../fixtures';

/** The page's own waits, stretched: on a shared, loaded machine a render can take seconds. */
export const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * Navigates inside the app as a link would: the router hears popstate and
 * runs its loaders. The address changes at once, so the page counts as left
 * only when the section heading it showed (`from`) is gone.
 */
export async function navigateInApp(page: Page, url: string, from: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, url);
  await expect(page.getByRole('heading', { level: 1, name: from, exact: true })).toHaveCount(0, { timeout: 30_000 });
}

export type Outcome = 'content' | 'error';

/**
 * What a region ended as: its content (`contentSelector`), or an alert with
 * a "Try again" button. Waits while it is still loading.
 */
export async function regionOutcome(page: Page, regionSelector: string, contentSelector: string): Promise<Outcome> {
  const handle = await page.waitForFunction(
    ([regionSel, contentSel]) => {
      const region = document.querySelector(regionSel);
      if (!region || region.querySelector('[aria-busy="true"]')) return null;
      if (region.querySelector(contentSel)) return 'content';
      // Empty alerts are live regions waiting for a message (the Save toggle's), not errors.
      const alert = [...region.querySelectorAll('[role="alert"]')].find((a) => (a.textContent ?? '').trim() !== '');
      if (alert) {
        const retry = [...alert.querySelectorAll('button')].some((b) => /try again/i.test(b.textContent ?? ''));
        return retry ? 'error' : `alert without retry: ${alert.textContent ?? ''}`;
      }
      return null;
    },
    [regionSelector, contentSelector] as const,
    { timeout: 30_000 },
  );
  const outcome = (await handle.jsonValue()) as string;
  expect(outcome, 'an error state must offer "Try again"').toMatch(/^(content|error)$/);
  return outcome as Outcome;
}

/** The masthead still takes the reader somewhere after case `n`; returns the section it went to. */
export async function assertNavigable(page: Page, n: number): Promise<string> {
  const section = n % 2 ? 'World' : 'Economy';
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
  return section;
}

export interface Tally {
  content: number;
  error: number;
}

export const newTally = (): Tally => ({ content: 0, error: 0 });
