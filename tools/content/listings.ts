/**
 * The listing files of one edition: home, section pages and sidebars. Each
 * holds a bounded number of summaries, so its size does not grow with the corpus.
 */
import { apiFiles } from '../../src/content-api/paths';
import {
  homeSchema,
  SCHEMA_VERSION,
  sectionPageSchema,
  storyListSchema,
  type Edition,
  type SectionRef,
  type Site,
  type StoryListKind,
} from '../../src/content-api/schemas';
import type { ArticleEntry } from './articleEntry';
import type { OutputDir } from './outputDir';
import { editorsPicks, mostVisited, paginate } from './ranking';

export const HOME_LEAD_SIZE = 3;
export const HOME_SECTION_SIZE = 4;

export interface EditionIndex {
  /** The edition's stories, newest first. */
  newest: readonly ArticleEntry[];
  /** Section slug -> its stories, newest first. */
  sections: ReadonlyMap<string, readonly ArticleEntry[]>;
}

const summaries = (entries: readonly ArticleEntry[]) => entries.map((e) => e.summary);

export async function writeEditionListings(out: OutputDir, site: Site, edition: Edition, index: EditionIndex): Promise<void> {
  const { lang } = edition;
  const sectionList = (slug: string) => index.sections.get(slug) ?? [];
  await out.writeJson(apiFiles.home(lang), homeSchema, {
    schemaVersion: SCHEMA_VERSION,
    lang,
    lead: summaries(index.newest.slice(0, HOME_LEAD_SIZE)),
    sections: edition.sections.map((section) => ({
      section,
      items: summaries(sectionList(section.slug).slice(0, HOME_SECTION_SIZE)),
    })),
  });
  const writeList = (file: string, kind: StoryListKind, section: SectionRef | null, items: ArticleEntry[]) =>
    out.writeJson(file, storyListSchema, { schemaVersion: SCHEMA_VERSION, lang, kind, section, items: summaries(items) });
  for (const section of edition.sections) {
    const newest = sectionList(section.slug);
    for (const slice of paginate(newest, site.pageSize)) {
      await out.writeJson(apiFiles.sectionPage(lang, section.slug, slice.page), sectionPageSchema, {
        schemaVersion: SCHEMA_VERSION,
        lang,
        section,
        page: slice.page,
        pageCount: slice.pageCount,
        pageSize: site.pageSize,
        total: newest.length,
        items: summaries(slice.items),
      });
    }
    await writeList(apiFiles.mostVisited(lang, section.slug), 'most-visited', section, mostVisited(newest, site.sidebarSize));
    await writeList(apiFiles.sectionTop(lang, section.slug), 'top', section, editorsPicks(newest, 'section', site.sidebarSize));
  }
  await writeList(apiFiles.topStories(lang), 'top-stories', null, editorsPicks(index.newest, 'site', site.sidebarSize));
}
