import type { Locator, Page } from '@playwright/test';
import { formatRelativeTime } from '../src/components/relativeTime';
import { expect } from './fixtures';

/**
 * Opens the listing at `path` with the page's clock fixed at `now` and checks
 * that its first story's time reads as the app's relative format says, in
 * `locale`. Returns that `<time>` for further checks.
 */
export async function expectRelativeListingTime(page: Page, path: string, now: number, locale: string): Promise<Locator> {
  await page.clock.setFixedTime(now);
  await page.goto(path);
  const time = page.getByRole('main').locator('.story-card__time').first();
  const datetime = (await time.getAttribute('datetime')) ?? '';
  await expect(time).toHaveText(formatRelativeTime(datetime, now, locale));
  return time;
}
