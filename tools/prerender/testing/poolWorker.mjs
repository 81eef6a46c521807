// A worker for workerPool.test.ts: Node's worker threads load no TypeScript by themselves.
import { register } from 'tsx/esm/api';

register();
await import('./poolWorker.ts');
