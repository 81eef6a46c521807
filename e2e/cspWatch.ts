import type { Page } from '@playwright/test';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Records every Content-Security-Policy violation the page reports, from
 * before its first script runs (the event) and from Chromium's console.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(message.text())) {
      consoleLines.push(`console: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  return async () => {
    const events = await page
      .evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? [])
      .catch(() => [] as Violation[]);
    return [...events.map((v) => `${v.directive}: ${v.blocked} ${v.sample}`), ...consoleLines];
  };
}
