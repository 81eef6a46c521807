import { describe, expect, it } from 'vitest';
import { pageProblems } from './check';
import { fragmentProblems } from './pageProblems';
import { buildPolicy, configFromEnv, hasStyleAttribute, inlineScriptHashes, nginxInclude, sha256Source, withMeta } from './policy';

const shell = `<!doctype html><html><head><meta charset="UTF-8" /><script>document.documentElement.dataset.theme='dark'</script>
<script type="module" crossorigin src="/assets/index-1.js"></script><script type="application/ld+json">{"a":1}</script>
</head><body><div id="root"></div><script type="application/json" id="dateline-state">{}</script></body></html>`;

describe('the policy', () => {
  it('is strict by default', () => {
    const { header, meta } = buildPolicy({ ...configFromEnv({}), scriptHashes: [] });
    expect(header).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    // A meta policy cannot carry frame-ancestors; the servers send it.
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("base-uri 'none'");
  });

  it('adds a remote API and image hosts from the build environment', () => {
    const env = { VITE_API_BASE: 'https://api.example.com/v1', CSP_IMG_ORIGINS: 'https://img.example.com, https://cdn.example.net' };
    const { header } = buildPolicy({ ...configFromEnv(env), scriptHashes: [] });
    expect(header).toContain("img-src 'self' data: https://img.example.com https://cdn.example.net;");
    expect(header).toContain("connect-src 'self' https://api.example.com https://img.example.com https://cdn.example.net;");
  });

  it('keeps a relative API base on this site', () => {
    expect(configFromEnv({ VITE_API_BASE: '/api/v1' }).connectOrigins).toEqual([]);
  });

  it('refuses anything but an origin, so nothing can be smuggled into the header', () => {
    expect(() => configFromEnv({ CSP_IMG_ORIGINS: "https://x.com; script-src 'unsafe-inline'" })).toThrow(/not an origin/);
    expect(() => configFromEnv({ CSP_IMG_ORIGINS: '*' })).toThrow(/not an origin/);
    expect(() => configFromEnv({ VITE_API_BASE: 'javascript:alert(1)' })).toThrow(/not http/);
  });
});

describe('inline scripts', () => {
  it('hashes only the scripts a browser runs, not external or data blocks', () => {
    expect(inlineScriptHashes(shell)).toEqual([sha256Source("document.documentElement.dataset.theme='dark'")]);
  });

  it('hashes as the browser does (base64 SHA-256 of the exact text)', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('finds style attributes outside scripts', () => {
    expect(hasStyleAttribute('<div style="color:red"></div>')).toBe(true);
    expect(hasStyleAttribute('<script type="application/json">{"style=":1}</script><p class="style">')).toBe(false);
  });
});

describe('pages', () => {
  const policy = buildPolicy({ scriptHashes: inlineScriptHashes(shell) });

  it('puts the meta first in head and accepts a page that follows it', () => {
    const page = withMeta(shell, policy.meta);
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<script'));
    expect(pageProblems(page, policy)).toEqual([]);
  });

  it('reports a page without the meta, an unknown inline script and a style attribute', () => {
    expect(pageProblems(shell, policy)).toEqual(['has no Content-Security-Policy meta element']);
    const page = withMeta(shell, policy.meta).replace('</body>', '<script>alert(1)</script><p style="x"></p></body>');
    expect(pageProblems(page, policy)).toEqual([
      `has an inline script or style the policy does not allow (${sha256Source('alert(1)')})`,
      'has a style="" attribute, which style-src refuses',
    ]);
  });

  it('checks markup going into a checked frame for the same problems, without asking it for a meta', () => {
    const head = '<title>A</title><script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(fragmentProblems(head, policy)).toEqual([]);
    expect(fragmentProblems(`${head}<script>alert(1)</script><meta style="x">`, policy)).toEqual([
      `has an inline script or style the policy does not allow (${sha256Source('alert(1)')})`,
      'has a style="" attribute, which style-src refuses',
    ]);
  });

  it('writes an nginx add_header line that sends errors the policy too', () => {
    expect(nginxInclude(policy.header)).toMatch(/^add_header Content-Security-Policy "default-src 'self'; .*" always;$/m);
  });
});
