import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as entry from '../../src/entry-server';
import { articleHead } from '../../src/seo';
import { article, edition, origin, site } from '../../src/seo/testFixtures';
import { buildPolicy, inlineScriptHashes, withMeta } from '../csp/policy';
import type { PageJob } from './pages';
import { pageWriter } from './pageWriter';

const shell = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <title>Dateline</title>
    <script>document.documentElement.dataset.boot = '1'</script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('a head-only page', () => {
  const policy = buildPolicy({ scriptHashes: inlineScriptHashes(shell) });
  const template = withMeta(shell, policy.meta);
  const distDir = mkdtempSync(path.join(os.tmpdir(), 'dateline-head-only-'));
  const file = 'en/news/2021/04/13/2484159/slug/index.html';
  const job: PageJob = { url: '/en/news/2021/04/13/2484159/slug', file, status: 200, head: articleHead({ site, edition, origin }, article), rendered: false };

  it('is the shell with the page\'s own head, no markup and no data, and no stale compressed siblings', async () => {
    const target = path.join(distDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    for (const sibling of ['.br', '.gz']) writeFileSync(`${target}${sibling}`, 'a rendered page of an earlier build');
    await pageWriter({ entry, template, policy, distDir })(job);
    const html = readFileSync(target, 'utf8');
    expect(html.match(/<title>[^<]*<\/title>/g)).toEqual([`<title>${article.headline} | Dateline</title>`]);
    expect(html).toContain(`<meta property="og:title" content="${article.headline}"`);
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('dateline-state');
    expect(html).toContain("dataset.boot = '1'");
    expect(existsSync(`${target}.br`) || existsSync(`${target}.gz`)).toBe(false);
  });
});
