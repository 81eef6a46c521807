/**
 * The listing files of one edition: home, section pages and sidebars. Each
 * holds a bounded number of summaries, so its size does not grow with the corpus.
 */
import type * as v from 'valibot';
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

// Annotated so SCHEMA_VERSION keeps its literal type inside the builders.
type HomeData = v.InferInput<typeof homeSchema>;
type StoryListData = v.InferInput<typeof storyListSchema>;
type SectionPageData = v.InferInput<typeof sectionPageSchema>;

const summaries = (entries: readonly ArticleEntry[]) => entries.map((e) => e.summary);

export async function writeEditionListings(out: OutputDir, site: Site, edition: Edition, index: EditionIndex): Promise<void> {
  const { lang } = edition;
  const sectionList = (slug: string) => index.sections.get(slug) ?? [];
  const lead = index.newest.slice(0, HOME_LEAD_SIZE);
  const bySection = edition.sections.map((section) => ({ section, items: sectionList(section.slug).slice(0, HOME_SECTION_SIZE) }));
  await out.writeListing(
    apiFiles.home(lang),
    homeSchema,
    { lang, lead: lead.length, sections: bySection.map(({ section, items }) => [section, items.length]) },
    [lead, ...bySection.map((s) => s.items)].flat(),
    (): HomeData => ({
      schemaVersion: SCHEMA_VERSION,
      lang,
      lead: summaries(lead),
      sections: bySection.map(({ section, items }) => ({ section, items: summaries(items) })),
    }),
  );
  const writeList = (file: string, kind: StoryListKind, section: SectionRef | null, items: ArticleEntry[]) =>
    out.writeStories(file, storyListSchema, { lang, kind, section }, items, (): StoryListData => ({
      schemaVersion: SCHEMA_VERSION,
      lang,
      kind,
      section,
      items: [],
    }));
  for (const section of edition.sections) {
    const newest = sectionList(section.slug);
    for (const slice of paginate(newest, site.pageSize)) {
      const shape = { lang, section, page: slice.page, pageCount: slice.pageCount, pageSize: site.pageSize, total: newest.length };
      await out.writeStories(apiFiles.sectionPage(lang, section.slug, slice.page), sectionPageSchema, shape, slice.items, (): SectionPageData => ({
        schemaVersion: SCHEMA_VERSION,
        ...shape,
        items: [],
      }));
    }
    await writeList(apiFiles.mostVisited(lang, section.slug), 'most-visited', section, mostVisited(newest, site.sidebarSize));
    await writeList(apiFiles.sectionTop(lang, section.slug), 'top', section, editorsPicks(newest, 'section', site.sidebarSize));
  }
  await writeList(apiFiles.topStories(lang), 'top-stories', null, editorsPicks(index.newest, 'site', site.sidebarSize));
}
