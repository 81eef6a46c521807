/**
 * Computes the policy from the built index.html (the hashes of its inline
 * scripts) and the build environment, puts it in index.html as a <meta>
 * before the service worker precaches that file, and writes dist/csp.json
 * and dist/csp-header.nginx.conf for the servers. Builds only: the dev
 * server injects inline styles and scripts of its own.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import { buildPolicy, configFromEnv, inlineScriptHashes, inlineStyleHashes, nginxInclude, withMeta, type CspFile } from './policy';

export const CSP_JSON = 'csp.json';
export const CSP_NGINX = 'csp-header.nginx.conf';

export function cspPlugin(): Plugin {
  let config: ResolvedConfig;
  let policy: CspFile | null = null;
  return {
    name: 'dateline-csp',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const env = { ...loadEnv(config.mode, config.envDir || config.root, ''), ...process.env };
        policy = buildPolicy({
          ...configFromEnv(env),
          scriptHashes: inlineScriptHashes(html),
          styleHashes: inlineStyleHashes(html),
        });
        return withMeta(html, policy.meta);
      },
    },
    async writeBundle(options) {
      // The SSR build of the prerenderer has no index.html; it must not overwrite the client's files.
      if (!policy || config.build.ssr) return;
      const dir = options.dir ?? path.resolve(config.root, config.build.outDir);
      await writeFile(path.join(dir, CSP_JSON), `${JSON.stringify(policy, null, 2)}\n`);
      await writeFile(path.join(dir, CSP_NGINX), nginxInclude(policy.header));
    },
  };
}
