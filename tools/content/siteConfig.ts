/**
 * content/site.yaml: the one source of the site's editions and sections.
 * Checked as strictly as articles, since every listing depends on it.
 */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { editionSchema, SCHEMA_VERSION, sectionRefSchema, siteSchema, type Site } from '../../src/content-api/schemas';
import { IssueSink } from './errors';
import { parseYaml, validateYaml } from './yamlSource';

const siteConfigSchema = v.strictObject({
  // The compiler stamps the schema version; authors do not write it.
  ...v.omit(siteSchema, ['schemaVersion', 'editions']).entries,
  editions: v.pipe(
    v.array(
      v.strictObject({
        ...editionSchema.entries,
        sections: v.pipe(v.array(v.strictObject(sectionRefSchema.entries)), v.minLength(1, 'must list at least one section')),
      }),
    ),
    v.minLength(1, 'must list at least one edition'),
  ),
});

export async function readSiteConfig(file: string, sink: IssueSink): Promise<Site | null> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    sink.add(file, 1, 'site', 'cannot read the site configuration');
    return null;
  }
  const source = parseYaml(raw, file, 1, sink);
  if (!source) return null;
  const config = validateYaml(siteConfigSchema, source, file, sink);
  if (!config) return null;
  const before = sink.issues.length;
  const langs = new Set<string>();
  config.editions.forEach((edition, e) => {
    if (langs.has(edition.lang)) sink.add(file, source.lineOf(['editions', e, 'lang']), 'lang', `edition "${edition.lang}" is listed twice`);
    langs.add(edition.lang);
    const slugs = new Set<string>();
    edition.sections.forEach((section, s) => {
      if (slugs.has(section.slug)) {
        sink.add(file, source.lineOf(['editions', e, 'sections', s, 'slug']), 'slug', `section "${section.slug}" is listed twice`);
      }
      slugs.add(section.slug);
    });
  });
  if (!langs.has(config.defaultEdition)) {
    sink.add(file, source.lineOf(['defaultEdition']), 'defaultEdition', `"${config.defaultEdition}" is not one of the editions`);
  }
  return sink.issues.length > before ? null : { schemaVersion: SCHEMA_VERSION, ...config };
}
