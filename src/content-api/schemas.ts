/**
 * The content API's shapes, version 1. The compiler validates what it writes
 * with these and the app validates what it reads with them; every type in the
 * project that describes content is inferred from here.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

/**
 * Sizes beyond which a text is surely a mistake or an attack. The compiler
 * refuses longer front matter (tools/content/frontMatter.ts) and the app
 * refuses a response that breaks them, so a 1 MB headline never renders.
 */
export const TEXT_LIMITS = {
  headline: 300,
  summary: 1000,
  dateline: 120,
  byline: 200,
  tag: 80,
  imageText: 1000,
  /** One inline span, list item or quote attribution: as much as a whole body may hold. */
  span: 200 * 1024,
} as const;

const maxText = (max: number) => v.maxLength<string, number, string>(max, `must be at most ${max} characters`);

const schemaVersion = v.literal(SCHEMA_VERSION);
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const isoDateTime = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO 8601 date-time such as 2021-04-13T10:25:00Z'),
);
export const articleIdSchema = v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'must be 1 to 12 digits'));
export const slugSchema = v.pipe(
  v.string(),
  v.regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'must be lower-case words joined by hyphens'),
  v.maxLength(120, 'must be at most 120 characters'),
);
export const langSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "en"'));

/**
 * Link targets a reader can follow safely: web, mail, or a path on this site.
 * A path may not start "//" or "/\\" (browsers read both as another host), and
 * no whitespace or control character may hide a scheme from this check.
 */
export const safeHrefSchema = v.pipe(
  v.string(),
  v.regex(
    /^(?:https?:\/\/|mailto:|\/(?![/\\]))[^\s\p{Cc}]*$/iu,
    'must start with http://, https://, mailto: or a single /, with no spaces',
  ),
);

/** A path on this site, never one a browser would read as another host. */
export const sitePathSchema = v.pipe(v.string(), v.regex(/^\/(?![/\\])[^\s\p{Cc}]*$/u, 'must be a path on this site'));

/** Images come from this site or the web; the CSP's img-src decides which hosts. */
export const imageSrcSchema = v.pipe(
  v.string(),
  v.regex(/^(?:https?:\/\/|\/(?![/\\]))[^\s\p{Cc}]+$/iu, 'must be a path starting with a single / or an http(s) URL'),
);

const imageText = v.pipe(v.string(), maxText(TEXT_LIMITS.imageText));

const pixels = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(20000));

/** The same picture at another width, so a browser can pick the file that fits (srcset). */
export const imageSourceSchema = v.object({ src: imageSrcSchema, width: pixels });

export const imageSchema = v.object({
  src: imageSrcSchema,
  alt: imageText,
  caption: v.optional(imageText),
  credit: v.optional(imageText),
  width: pixels,
  height: pixels,
  /** Other widths of `src` (same aspect ratio), smallest first or in any order. */
  sources: v.optional(v.pipe(v.array(imageSourceSchema), v.maxLength(8, 'at most 8 sources'))),
});

export const inlineSchema = v.object({
  text: v.pipe(v.string(), maxText(TEXT_LIMITS.span)),
  href: v.optional(safeHrefSchema),
  em: v.optional(v.boolean()),
  strong: v.optional(v.boolean()),
});
const inlines = v.array(inlineSchema);

export const blockSchema = v.variant('type', [
  v.object({ type: v.literal('paragraph'), content: inlines }),
  v.object({ type: v.literal('heading'), level: v.picklist([2, 3]), content: inlines }),
  v.object({ type: v.literal('quote'), content: inlines, cite: v.optional(v.pipe(v.string(), maxText(TEXT_LIMITS.span))) }),
  v.object({ type: v.literal('image'), image: imageSchema }),
  v.object({ type: v.literal('list'), ordered: v.boolean(), items: v.array(inlines) }),
]);

export const sectionRefSchema = v.object({ slug: slugSchema, title: nonEmpty });

export const summarySchema = v.object({
  id: articleIdSchema,
  slug: slugSchema,
  lang: langSchema,
  section: slugSchema,
  headline: v.pipe(nonEmpty, maxText(TEXT_LIMITS.headline)),
  summary: v.pipe(v.string(), maxText(TEXT_LIMITS.summary)),
  publishedAt: isoDateTime,
  image: v.nullable(imageSchema),
  path: sitePathSchema,
  sample: v.boolean(),
});

export const articleSchema = v.object({
  schemaVersion,
  ...summarySchema.entries,
  dateline: v.pipe(v.string(), maxText(TEXT_LIMITS.dateline)),
  byline: v.pipe(v.string(), maxText(TEXT_LIMITS.byline)),
  updatedAt: isoDateTime,
  body: v.array(blockSchema),
  tags: v.array(v.pipe(nonEmpty, maxText(TEXT_LIMITS.tag))),
  related: v.array(summarySchema),
});

export const editionSchema = v.object({
  lang: langSchema,
  dir: v.picklist(['ltr', 'rtl']),
  label: nonEmpty,
  locale: nonEmpty,
  /** The site's tagline in this edition's language; the site-wide one where absent. */
  tagline: v.optional(v.string()),
  sections: v.pipe(v.array(sectionRefSchema), v.minLength(1)),
});

export const siteSchema = v.object({
  schemaVersion,
  name: nonEmpty,
  tagline: v.string(),
  defaultEdition: langSchema,
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sidebarSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  editions: v.pipe(v.array(editionSchema), v.minLength(1)),
});

export const sectionPageSchema = v.object({
  schemaVersion,
  lang: langSchema,
  section: sectionRefSchema,
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  items: v.array(summarySchema),
});

export const tagRefSchema = v.object({ slug: slugSchema, name: nonEmpty });

/** One page of the stories carrying a tag, newest first; paged like a section so no file grows with the corpus. */
export const tagPageSchema = v.object({
  schemaVersion,
  lang: langSchema,
  tag: tagRefSchema,
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  items: v.array(summarySchema),
});

/** Every tag of an edition with its story count, most used first (for prerendering and discovery). */
export const tagIndexSchema = v.object({
  schemaVersion,
  lang: langSchema,
  tags: v.array(v.object({ ...tagRefSchema.entries, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
});

/** What a search result shows; the index stores exactly these fields per story. */
export const searchHitSchema = v.object({
  id: articleIdSchema,
  headline: nonEmpty,
  summary: v.string(),
  path: v.pipe(v.string(), v.startsWith('/')),
  publishedAt: isoDateTime,
  section: slugSchema,
});

/**
 * An edition's search index: MiniSearch's own serialisation (`toJSON`) under
 * `index`, checked here only for its outline; MiniSearch checks the rest when
 * it loads it. The counts say how much of the edition it covers.
 */
export const searchIndexSchema = v.object({
  schemaVersion,
  lang: langSchema,
  /** Stories in the index (the newest ones, up to the cap). */
  documents: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Of those, stories whose body text is indexed too. */
  bodies: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Stories in the edition; more than `documents` when the cap was reached. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  index: v.looseObject({
    documentCount: v.number(),
    serializationVersion: v.number(),
    storedFields: v.record(v.string(), searchHitSchema),
  }),
});

export const storyListKindSchema = v.picklist(['most-visited', 'top', 'top-stories']);

/** A sidebar: a ranked list of summaries, for one section or the whole edition. */
export const storyListSchema = v.object({
  schemaVersion,
  lang: langSchema,
  kind: storyListKindSchema,
  section: v.nullable(sectionRefSchema),
  items: v.array(summarySchema),
});

export const homeSchema = v.object({
  schemaVersion,
  lang: langSchema,
  lead: v.array(summarySchema),
  sections: v.array(v.object({ section: sectionRefSchema, items: v.array(summarySchema) })),
});

export type Image = v.InferOutput<typeof imageSchema>;
export type Inline = v.InferOutput<typeof inlineSchema>;
export type Block = v.InferOutput<typeof blockSchema>;
export type BlockType = Block['type'];
export type SectionRef = v.InferOutput<typeof sectionRefSchema>;
export type Summary = v.InferOutput<typeof summarySchema>;
export type Article = v.InferOutput<typeof articleSchema>;
export type Edition = v.InferOutput<typeof editionSchema>;
export type Site = v.InferOutput<typeof siteSchema>;
export type SectionPage = v.InferOutput<typeof sectionPageSchema>;
export type StoryListKind = v.InferOutput<typeof storyListKindSchema>;
export type StoryList = v.InferOutput<typeof storyListSchema>;
export type Home = v.InferOutput<typeof homeSchema>;
export type TagRef = v.InferOutput<typeof tagRefSchema>;
export type TagPage = v.InferOutput<typeof tagPageSchema>;
export type TagIndex = v.InferOutput<typeof tagIndexSchema>;
export type SearchHit = v.InferOutput<typeof searchHitSchema>;
export type SearchIndexFile = v.InferOutput<typeof searchIndexSchema>;

/** The schema of each kind of API file, by name: fetchJson loads them (and valibot) with the first request. */
export const apiSchemas = {
  site: siteSchema,
  home: homeSchema,
  article: articleSchema,
  sectionPage: sectionPageSchema,
  storyList: storyListSchema,
  tagPage: tagPageSchema,
  searchIndex: searchIndexSchema,
};
export type ApiSchemas = typeof apiSchemas;
export type ApiFileKind = keyof ApiSchemas;
export type ApiData<K extends ApiFileKind> = v.InferOutput<ApiSchemas[K]>;
