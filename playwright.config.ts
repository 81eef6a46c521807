import { defineConfig, devices } from '@playwright/test';
import { assertChromium, chromiumArgs, chromiumPath } from './e2e/browser';
import { prerenderWindowEnv } from './e2e/prerenderWindow';

assertChromium();

const port = Number(process.env.E2E_PORT ?? 4317);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // One output folder per port: engineers running suites side by side must not delete each other's traces.
  outputDir: `test-results/port-${port}`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Generous: axe audits and prerendered builds are slow on a shared 2-core machine.
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    // Service workers are blocked outside the pwa project: requests a worker answers never reach page.route.
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'block' },
      testIgnore: ['nginx/**', 'pwa/**'],
    },
    // Install, offline and updates, with the service worker running (e2e/pwa/pwa.ts).
    { name: 'pwa', use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'allow' }, testMatch: 'pwa/*.spec.ts' },
    // The same build behind Debian's nginx with deploy/nginx.conf (e2e/nginx/fixtures.ts starts it).
    { name: 'nginx', use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'block' }, testMatch: 'nginx/*.spec.ts' },
  ],
  // The production build, served the way a reader gets it.
  webServer: {
    command: `npm run build && node --import tsx tools/server/cli.ts`,
    env: { PORT: String(port), HOST: '127.0.0.1', ...prerenderWindowEnv },
    url: `${baseURL}/api/v1/site.json`,
    reuseExistingServer: !process.env.CI,
    // The build prerenders its window of pages (e2e/prerenderWindow.ts); on a busy 2-core machine that can take minutes.
    timeout: 900_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
