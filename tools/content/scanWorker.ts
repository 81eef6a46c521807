/** A worker thread that lists and stats the sources (see sourceScan.ts). */
import { parentPort } from 'node:worker_threads';
import { scanFolders } from './sourceScan';

const port = parentPort!;
port.once('message', (folders: string[]) => {
  try {
    const scan = scanFolders(folders);
    port.postMessage({ ok: scan }, [scan.stamps.buffer]);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
