/**
 * `npm start`: serves dist/ like production. PORT (default 4173) and HOST
 * (default 127.0.0.1; use 0.0.0.0 in a container) come from the environment;
 * DIST overrides the folder.
 */

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from './createServer';

const root = resolve(process.env.DIST ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No build at ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

const server = createServer({ root });
server.listen(port, host, () => {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`Dateline serving ${root} at http://${shown}:${port}/`);
});

function shutdown(): void {
  // Let in-flight responses finish, but do not wait on idle keep-alive sockets.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 5000).unref();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
