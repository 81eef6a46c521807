/** A worker thread serving one ArticleShard over messages (see shardPool.ts). */
import { parentPort } from 'node:worker_threads';
import { ArticleShard } from './shard';
import type { ShardRequest } from './shardPool';

const shard = new ArticleShard();
const port = parentPort!;

port.on('message', (request: ShardRequest) => {
  try {
    switch (request.type) {
      case 'parse':
        port.postMessage({ ok: shard.parse(request.jobs) });
        break;
      case 'bodies':
        port.postMessage({ ok: shard.bodiesOf(request.files) });
        break;
      case 'write':
        port.postMessage({ ok: shard.write(request.dir, request.summaries, request.jobs, request.skipSame) });
        break;
    }
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
