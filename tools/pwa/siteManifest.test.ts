import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestColors, readSiteYaml, siteManifest } from './siteManifest';

const root = new URL('../../', import.meta.url);

function cssVariable(name: string): string | undefined {
  const css = readFileSync(new URL('src/styles/tokens.css', root), 'utf8');
  // A token is a light-dark(light, dark) pair; the manifest takes the light value.
  return new RegExp(`${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})`).exec(css)?.[1]?.toLowerCase();
}

describe('siteManifest', () => {
  const site = readSiteYaml(new URL('content/site.yaml', root).pathname);
  const manifest = siteManifest(site);

  it('names the app and its edition from site.yaml', () => {
    expect(manifest.name).toBe(site.name);
    expect(manifest.description).toBe(site.tagline);
    expect(manifest).toMatchObject({ start_url: '/en', scope: '/', display: 'standalone', lang: 'en', dir: 'ltr' });
  });

  it('offers shortcuts to the first sections through the path builder', () => {
    expect(manifest.shortcuts?.[0]).toMatchObject({ name: 'Politics', url: '/en/section/politics' });
    expect(manifest.shortcuts?.length).toBeLessThanOrEqual(4);
  });

  it('has any and maskable icons that exist', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) expect(() => readFileSync(new URL(`public${icon.src}`, root))).not.toThrow();
  });

  it('uses the theme colours of the stylesheet', () => {
    expect(manifestColors.background).toBe(cssVariable('--color-bg'));
    expect(manifestColors.theme).toBe(cssVariable('--color-accent'));
  });
});
