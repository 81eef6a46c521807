import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryAsEsm, productionAsEsm } from './reactEsm';

const require = createRequire(import.meta.url);

async function importEsm(source: string): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'react-esm-'));
  try {
    const file = path.join(dir, 'module.mjs');
    await writeFile(file, source);
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('productionAsEsm', () => {
  it('gives React’s own production file the exports require() gives, and they work', async () => {
    const file = path.join(path.dirname(require.resolve('react')), 'cjs/react.production.js');
    const esm = await importEsm(productionAsEsm(await readFile(file, 'utf8')));
    const cjs = require(file) as Record<string, unknown>;
    const { default: defaultExport, ...named } = esm;
    expect(Object.keys(named).sort()).toEqual(Object.keys(cjs).sort());
    expect(Object.keys(defaultExport as object).sort()).toEqual(Object.keys(cjs).sort());
    const element = (esm.createElement as (type: string, props: object) => { type: string; props: { id: string } })('p', { id: 'x' });
    expect(element.type).toBe('p');
    expect(element.props.id).toBe('x');
  });

  it('imports each required module once and keeps reads of exports that the file itself makes', () => {
    const out = productionAsEsm(
      '"use strict";\nvar a = require("a"), b = require(\'b\'), a2 = require("a");\n' +
        'exports.now = function () { return 1; };\nexports.later = function () { return exports.now() + a.x; };\nif (exports.now == null) {}\n',
    );
    expect(out.match(/^import \* as \w+ from 'a';$/gm)).toHaveLength(1);
    expect(out.match(/^import \* as \w+ from 'b';$/gm)).toHaveLength(1);
    expect(out).toContain('__cjsExports.now()');
    // A comparison is a read, not an export.
    expect(out).toMatch(/export \{ __cjsExport0 as now, __cjsExport1 as later \};/);
  });

  it('refuses a file it cannot rewrite faithfully', () => {
    expect(() => productionAsEsm('module.exports = require("x");')).toThrow(/module\.exports/);
    expect(() => productionAsEsm('var e = exports; e.a = 1;')).toThrow(/reads `exports`/);
  });
});

describe('entryAsEsm', () => {
  it('re-exports the production file of React’s entry files', async () => {
    const source = await readFile(require.resolve('react-dom/client'), 'utf8');
    expect(entryAsEsm(source)).toBe(
      "export * from './cjs/react-dom-client.production.js';\nexport { default } from './cjs/react-dom-client.production.js';\n",
    );
    expect(entryAsEsm('module.exports = 1;')).toBeUndefined();
  });
});
