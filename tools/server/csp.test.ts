import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readCspHeader } from './csp';

it('refuses to serve a build without a policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-nocsp-'));
  try {
    expect(() => readCspHeader(dir)).toThrow(/npm run build/);
    writeFileSync(join(dir, 'csp.json'), '{"header":"img-src *"}');
    expect(() => readCspHeader(dir)).toThrow(/no policy header/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
