/**
 * Starts the Node server in-process and hands back its URL, with the same
 * shape as startNginx so tests and Playwright can take either.
 */

import type { AddressInfo } from 'node:net';
import { createServer } from './createServer';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export function startServer({ root, port = 0, host = '127.0.0.1' }: { root: string; port?: number; host?: string }): Promise<RunningServer> {
  const server = createServer({ root });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${actual}`,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
