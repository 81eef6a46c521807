/**
 * The web app manifest, derived from content/site.yaml so the site's name,
 * editions and sections are written down once.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import type { ManifestOptions } from 'vite-plugin-pwa';
import { editionSchema } from '../../src/content-api/schemas';
import { paths } from '../../src/content-api/paths';

/** Only what the manifest needs; the content compiler checks the whole file. */
const siteYamlSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  tagline: v.string(),
  defaultEdition: v.string(),
  editions: v.pipe(v.array(editionSchema), v.minLength(1)),
});
export type SiteYaml = v.InferOutput<typeof siteYamlSchema>;

export function readSiteYaml(file: string): SiteYaml {
  return v.parse(siteYamlSchema, parse(readFileSync(file, 'utf8')));
}

/**
 * The light theme's --color-bg and --color-accent from src/styles/tokens.css:
 * the manifest is static JSON and cannot read CSS variables, so
 * siteManifest.test.ts checks the two stay equal.
 */
export const manifestColors = { background: '#ffffff', theme: '#b3141c' } as const;

/** Shortcuts beyond four are ignored by most launchers, so only the first sections get one. */
const MAX_SHORTCUTS = 4;

export function siteManifest(site: SiteYaml): Partial<ManifestOptions> {
  const edition = site.editions.find((e) => e.lang === site.defaultEdition) ?? site.editions[0]!;
  const start = paths.home(edition.lang);
  return {
    // A stable id lets a browser recognise the installed app even if start_url changes later.
    id: '/',
    name: site.name,
    short_name: site.name.length <= 12 ? site.name : site.name.slice(0, 12),
    description: site.tagline,
    lang: edition.lang,
    dir: edition.dir,
    start_url: start,
    scope: '/',
    display: 'standalone',
    background_color: manifestColors.background,
    theme_color: manifestColors.theme,
    categories: ['news'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: edition.sections.slice(0, MAX_SHORTCUTS).map((section) => ({
      name: section.title,
      url: paths.section(edition.lang, section.slug),
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    })),
  };
}
