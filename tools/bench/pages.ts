/** The pages the benchmark loads, and servers for the app and the floor. */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export const SEED_PATH = '/en/news/2021/04/13/2484159/president-urges-expansion-of-iran-russia-military-ties';
export const SEED_API_FILE = 'en/articles/2484159.json';

export const PAGES = [
  { kind: 'home', path: '/en' },
  { kind: 'section', path: '/en/section/politics' },
  { kind: 'article', path: SEED_PATH },
] as const;

export type PageKind = (typeof PAGES)[number]['kind'];

export interface RunningServer {
  origin: string;
  stop(): void;
}

/** `npm start`'s server (tools/server/cli.ts) over `dist`, in its own process group so stopping it stops everything. */
export async function startServer(dist: string, port: number): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tools/server/cli.ts'], {
    env: { ...process.env, PORT: String(port), DIST: dist },
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the server for ${dist} exited with ${child.exitCode}`);
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) {
      return { origin, stop: () => stopGroup(child) };
    }
    await sleep(150);
  }
  stopGroup(child);
  throw new Error(`the server for ${dist} did not answer on ${origin}`);
}

function stopGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
