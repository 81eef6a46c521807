/**
 * The nginx project: the same production build served by Debian's nginx
 * with deploy/nginx.conf (tools/server/nginx.ts), one instance per worker.
 */
import { startNginx } from '../../tools/server/nginx';
import type { RunningServer } from '../../tools/server/startServer';
import { test as base } from '../fixtures';

export { expect, SEED } from '../fixtures';

/** The build the main project's web server made; E2E_DIST points elsewhere. */
const root = process.env.E2E_DIST ?? 'dist';

export const test = base.extend<object, { nginx: RunningServer }>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const nginx = await startNginx({ root });
      await provide(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, provide) => provide(nginx.url),
});
