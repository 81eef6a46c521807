/**
 * Texts kept in a temporary file instead of the heap, read back by key. A
 * shard holds the checked body of each of its articles from the parse pass to
 * the write pass: at 100,000 articles ~200 MB of strings a worker, plus what
 * the garbage collector lets a heap that size grow to (the content build's
 * peak was ~1.4 GB, ~700 MB of it in the two workers). In the file they cost
 * page cache, which the kernel can drop, not the process's memory.
 *
 * The file is unlinked as soon as it is open, so nothing is left behind when
 * the process or its worker ends without `clear()`.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Writes are gathered to this size: one system call per ~250 bodies rather than one each. */
const CHUNK_BYTES = 1 << 20;

export class SpillStore {
  private fd: number | null = null;
  /** Bytes in the file. */
  private flushed = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly spans = new Map<string, { start: number; length: number }>();

  constructor(private readonly dir = os.tmpdir()) {}

  has(key: string): boolean {
    return this.spans.has(key);
  }

  set(key: string, text: string): void {
    const bytes = Buffer.from(text);
    this.spans.set(key, { start: this.flushed + this.pendingBytes, length: bytes.length });
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= CHUNK_BYTES) this.flush();
  }

  get(key: string): string | undefined {
    const span = this.spans.get(key);
    if (!span) return undefined;
    if (span.start + span.length > this.flushed) this.flush();
    const bytes = Buffer.allocUnsafe(span.length);
    let read = 0;
    while (read < span.length) read += readSync(this.fd!, bytes, read, span.length - read, span.start + read);
    return bytes.toString('utf8');
  }

  clear(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.flushed = 0;
    this.pending = [];
    this.pendingBytes = 0;
    this.spans.clear();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    if (this.fd === null) {
      const file = path.join(this.dir, `dateline-spill-${process.pid}-${threadId}-${Date.now()}`);
      this.fd = openSync(file, 'wx+');
      unlinkSync(file);
    }
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    let written = 0;
    while (written < chunk.length) written += writeSync(this.fd, chunk, written, chunk.length - written, this.flushed + written);
    this.flushed += chunk.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}
