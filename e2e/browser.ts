import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers here, so the suite drives the
 * system Chromium. CHROMIUM_PATH overrides the Debian location.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function assertChromium(): void {
  if (existsSync(chromiumPath)) return;
  throw new Error(
    `No Chromium at ${chromiumPath}. Install Debian's package (apt-get update && apt-get install -y chromium) ` +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}
