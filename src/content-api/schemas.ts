/**
 * The content API's shapes, version 1. The compiler validates what it writes
 * with these and the app validates what it reads with them; every type in the
 * project that describes content is inferred from here.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

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

/** Link targets a reader can follow safely: web, mail, or a path on this site. */
export const safeHrefSchema = v.pipe(
  v.string(),
  v.regex(/^(https?:\/\/|mailto:|\/(?!\/))/i, 'must start with http://, https://, mailto: or a single /'),
);

export const imageSchema = v.object({
  src: nonEmpty,
  alt: v.string(),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const inlineSchema = v.object({
  text: v.string(),
  href: v.optional(safeHrefSchema),
  em: v.optional(v.boolean()),
  strong: v.optional(v.boolean()),
});
const inlines = v.array(inlineSchema);

export const blockSchema = v.variant('type', [
  v.object({ type: v.literal('paragraph'), content: inlines }),
  v.object({ type: v.literal('heading'), level: v.picklist([2, 3]), content: inlines }),
  v.object({ type: v.literal('quote'), content: inlines, cite: v.optional(v.string()) }),
  v.object({ type: v.literal('image'), image: imageSchema }),
  v.object({ type: v.literal('list'), ordered: v.boolean(), items: v.array(inlines) }),
]);

export const sectionRefSchema = v.object({ slug: slugSchema, title: nonEmpty });

export const summarySchema = v.object({
  id: articleIdSchema,
  slug: slugSchema,
  lang: langSchema,
  section: slugSchema,
  headline: nonEmpty,
  summary: v.string(),
  publishedAt: isoDateTime,
  image: v.nullable(imageSchema),
  path: v.pipe(v.string(), v.startsWith('/')),
  sample: v.boolean(),
});

export const articleSchema = v.object({
  schemaVersion,
  ...summarySchema.entries,
  dateline: v.string(),
  byline: v.string(),
  updatedAt: isoDateTime,
  body: v.array(blockSchema),
  tags: v.array(nonEmpty),
  related: v.array(summarySchema),
});

export const editionSchema = v.object({
  lang: langSchema,
  dir: v.picklist(['ltr', 'rtl']),
  label: nonEmpty,
  locale: nonEmpty,
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
