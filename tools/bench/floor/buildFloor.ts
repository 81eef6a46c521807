/** Builds the floor app with the app's own Vite settings (React plugin, defaults) into `outDir`. */
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/** `dist`: the app's build, whose seed article and security policy (the server needs one) the floor borrows. */
export async function buildFloor(outDir: string, dist: string, seedFile: string): Promise<void> {
  await build({ root, configFile: false, plugins: [react()], logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const target = path.join(outDir, 'api', 'v1', seedFile);
  await mkdir(path.dirname(target), { recursive: true });
  await cp(path.join(dist, 'api', 'v1', seedFile), target);
  await cp(path.join(dist, 'csp.json'), path.join(outDir, 'csp.json'));
}
