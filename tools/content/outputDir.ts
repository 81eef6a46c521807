/**
 * Writes the API into a temporary folder beside the output and swaps it in
 * only when everything succeeded, so readers and the dev server never see a
 * half-written or failed build.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';

export class OutputDir {
  readonly tempDir: string;
  private readonly made = new Set<string>();
  files = 0;

  constructor(readonly outDir: string) {
    const parent = path.dirname(path.resolve(outDir));
    this.tempDir = path.join(parent, `.${path.basename(outDir)}.tmp-${process.pid}`);
  }

  async open(): Promise<void> {
    await rm(this.tempDir, { recursive: true, force: true });
    await mkdir(this.tempDir, { recursive: true });
    this.made.add(this.tempDir);
  }

  /** Validates before writing: output that breaks its own schema is a compiler bug and must stop the build. */
  async writeJson<S extends v.GenericSchema>(file: string, schema: S, data: v.InferInput<S>): Promise<void> {
    const result = v.safeParse(schema, data);
    if (!result.success) {
      const details = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
      throw new Error(`compiler bug: ${file} does not match its schema: ${details}`);
    }
    const target = path.join(this.tempDir, file);
    const dir = path.dirname(target);
    if (!this.made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
    await writeFile(target, `${JSON.stringify(result.output)}\n`);
    this.files++;
  }

  /** Swaps the new output in; the old one is removed only after the new one is in place. */
  async commit(): Promise<void> {
    const out = path.resolve(this.outDir);
    const old = `${this.tempDir}.old`;
    await mkdir(path.dirname(out), { recursive: true });
    await rm(old, { recursive: true, force: true });
    let hadOld = true;
    try {
      await rename(out, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadOld = false;
    }
    await rename(this.tempDir, out);
    if (hadOld) await rm(old, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.tempDir, { recursive: true, force: true });
  }
}
