/**
 * Runs deploy/nginx.conf against a built site for tests (Vitest, Playwright):
 *
 *   const nginx = await startNginx({ root: 'dist' });
 *   await fetch(`${nginx.url}/en`);
 *   await nginx.stop();
 *
 * Uses /usr/sbin/nginx, or NGINX_BIN. Works as root without touching
 * /etc/nginx or /var/log/nginx.
 */

import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployConfigPath, renderMainConfig, renderSiteConfig } from './nginxConfig';
import type { RunningServer } from './startServer';

export interface StartNginxOptions {
  /** The built site (dist/). */
  root: string;
  /** Defaults to a free port. */
  port?: number;
  host?: string;
  /** Milliseconds to wait for nginx to answer. */
  timeout?: number;
}

export const nginxBin = () => process.env.NGINX_BIN ?? '/usr/sbin/nginx';

async function assertNginxInstalled(bin: string): Promise<void> {
  try {
    await access(bin, constants.X_OK);
  } catch {
    throw new Error(
      `nginx is not installed at ${bin}. Install it with \`apt-get install nginx\` ` +
        '(or point NGINX_BIN at an nginx binary).',
    );
  }
}

/** A port free right now; nginx cannot report the port it got for `listen 0`. */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startNginx({ root, port, host = '127.0.0.1', timeout = 10_000 }: StartNginxOptions): Promise<RunningServer> {
  const bin = nginxBin();
  await assertNginxInstalled(bin);
  const dir = await mkdtemp(join(tmpdir(), 'dateline-nginx-'));
  const listenPort = port ?? (await freePort(host));
  const siteConfigFile = join(dir, 'site.conf');
  const mainConfigFile = join(dir, 'nginx.conf');
  const site = renderSiteConfig(await readFile(deployConfigPath, 'utf8'), { root: await realpath(root), port: listenPort, host });
  await writeFile(siteConfigFile, site);
  await writeFile(mainConfigFile, renderMainConfig({ dir, siteConfigFile, runAsRoot: process.getuid?.() === 0 }));

  const child = spawn(bin, ['-p', dir, '-e', join(dir, 'error.log'), '-c', mainConfigFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const failure = async (why: string) => {
    const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
    if (running) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    return new Error(`nginx ${why}.\n${stderr}${log}`.trim());
  };

  const deadline = Date.now() + timeout;
  while (!(await canConnect(host, listenPort))) {
    if (!running) throw await failure(`exited before answering (config ${mainConfigFile})`);
    if (Date.now() > deadline) throw await failure(`did not answer on ${host}:${listenPort} within ${timeout} ms`);
    await sleep(50);
  }

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${listenPort}`;
  return {
    url,
    async stop() {
      if (running) {
        // SIGQUIT: finish in-flight requests, then exit (nginx's graceful stop).
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

