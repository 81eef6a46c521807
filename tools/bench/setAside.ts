import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const SET_ASIDE = path.join(os.tmpdir(), 'dateline-bench', 'set-aside');

/**
 * Moves a previous output out of the way instead of deleting it just before
 * the timed build. / is ext4 without a journal: for 30-330 s after a delete,
 * creating a file scans past every recently deleted inode of its group
 * (recently_deleted() in ext4's ialloc.c) while the other threads spin on
 * the directory lock. perf of a slow 100k build: ~32 % of samples in that
 * scan, ~10 % spinning (67 s kernel CPU against 12-17 s in builds that
 * followed no large delete). 10k, same output path: 10.4 s kernel CPU right
 * after `rm -rf` of the old output, 2.7 s without. The folder is removed when
 * this process has nothing left to do; an interrupted run's leftovers go too.
 */
let removalScheduled = false;
export async function setAside(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  await mkdir(SET_ASIDE, { recursive: true });
  await rename(dir, path.join(SET_ASIDE, `${path.basename(dir)}-${process.pid}-${Date.now()}`));
  if (removalScheduled) return;
  removalScheduled = true;
  process.once('beforeExit', () => void rm(SET_ASIDE, { recursive: true, force: true }));
}
