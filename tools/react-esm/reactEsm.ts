/**
 * React ships CommonJS only. The bundler keeps a CommonJS module in a function
 * wrapper that runs at its first require, and V8 parses all of that function
 * (react-dom's client is ~180 KB) on the main thread when it is called: the
 * longest task left after the first paint (decision 0680). This plugin hands the
 * client build React's production files as ES modules instead: the same code at
 * a module's top level, which Chromium compiles off the main thread while the
 * file streams in. Only the build; the dev server and the prerender's Node
 * build keep React's own files.
 */
import type { Plugin } from 'vite';

/** The packages whose production CommonJS files are rewritten, and their entry files. */
const ENTRY = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/](index|client|jsx-runtime)\.js$/;
const PRODUCTION = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]cjs[\\/][\w.-]+\.production\.js$/;

const EXPORTS_NAME = '__cjsExports';

/** An entry file (`module.exports = require('./cjs/x.production.js')` in production) as a re-export. */
export function entryAsEsm(source: string): string | undefined {
  const target = /require\((['"])(\.\/cjs\/[\w.-]+\.production\.js)\1\)/.exec(source)?.[2];
  if (!target) return undefined;
  return `export * from '${target}';\nexport { default } from '${target}';\n`;
}

/**
 * A production file as an ES module: each `require("x")` becomes an import of
 * x's namespace, `exports` a local object, and every property the file assigns
 * to it a named export (read after the whole file ran, as `require` would see
 * it), with the object itself as the default export.
 */
export function productionAsEsm(source: string): string {
  const imports: string[] = [];
  const specifiers = new Map<string, string>();
  let body = source.replace(/\brequire\((['"])([\w@/.-]+)\1\)/g, (_match, _quote, specifier: string) => {
    let local = specifiers.get(specifier);
    if (!local) {
      local = `__cjsRequire${specifiers.size}`;
      specifiers.set(specifier, local);
      imports.push(`import * as ${local} from '${specifier}';`);
    }
    return local;
  });
  if (/\bmodule\.exports\b/.test(body)) throw new Error('react-esm: a file assigns module.exports; only exports.name = … is handled');
  const names = new Set<string>();
  body = body.replace(/(?<![\w$.])exports\.([A-Za-z_$][\w$]*)(\s*=(?!=))?/g, (_match, name: string, assignment?: string) => {
    if (assignment) names.add(name);
    return `${EXPORTS_NAME}.${name}${assignment ?? ''}`;
  });
  if (/(?<![\w$.'"`])exports\b/.test(body)) throw new Error('react-esm: a file reads `exports` other than by exports.name = …');
  const exported = [...names];
  return [
    ...imports,
    `var ${EXPORTS_NAME} = {};`,
    body,
    // Aliased: the file's own top-level names (function isValidElement …) are often the exported ones.
    ...exported.map((name, i) => `var __cjsExport${i} = ${EXPORTS_NAME}.${name};`),
    exported.length > 0 ? `export { ${exported.map((name, i) => `__cjsExport${i} as ${name}`).join(', ')} };` : '',
    `export default ${EXPORTS_NAME};`,
    '',
  ].join('\n');
}

export function reactEsmPlugin(): Plugin {
  return {
    name: 'dateline:react-esm',
    apply: 'build',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr) return null;
      if (ENTRY.test(id)) {
        const esm = entryAsEsm(code);
        return esm === undefined ? null : { code: esm, map: null };
      }
      if (PRODUCTION.test(id)) return { code: productionAsEsm(code), map: null };
      return null;
    },
  };
}
