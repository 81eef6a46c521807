/**
 * What an article's front matter may hold. Strict objects reject unknown
 * keys so a misspelt field fails loudly instead of being silently ignored.
 */
import * as v from 'valibot';
import { articleIdSchema, imageSchema, imageSrcSchema, langSchema, slugSchema, TEXT_LIMITS } from '../../src/content-api/schemas';

export { imageSrcSchema };

/** Sizes beyond which a field is surely a mistake, and which keep every API file small. */
export const LIMITS = {
  ...TEXT_LIMITS,
  tags: 30,
  related: 10,
  bodyBytes: 200 * 1024,
} as const;

/** An HTML tag in a plain-text field is a paste from somewhere else; the reader would see it literally. */
const HTML_TAG = /<\/?[a-z][^>]*>|<!--/i;
const plain = v.check((value: string) => !HTML_TAG.test(value), 'must be plain text: HTML tags are not allowed');

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`), plain);
const optionalText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`), plain);

/** True when the date part names a day that exists (isoTimestamp alone accepts 2021-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const dateTimeSchema = v.pipe(
  v.string('must be an ISO 8601 date-time such as 2021-04-13T10:25:00Z'),
  v.isoTimestamp('must be an ISO 8601 date-time such as 2021-04-13T10:25:00Z'),
  // Only once the shape is right, so a malformed date gets one message, not two.
  v.check((value: string) => !/^\d{4}-\d{2}-\d{2}T/.test(value) || isRealDate(value), 'is not a real calendar date'),
);

const dimension = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(20000));

export const frontMatterImageSchema = v.strictObject({
  ...imageSchema.entries,
  src: imageSrcSchema,
  alt: optionalText(LIMITS.imageText),
  caption: v.optional(optionalText(LIMITS.imageText)),
  credit: v.optional(optionalText(LIMITS.imageText)),
  width: dimension,
  height: dimension,
});

const rank = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'));

export const frontMatterSchema = v.strictObject({
  id: v.pipe(v.string('must be a quoted string of digits, e.g. "2484159"'), articleIdSchema),
  slug: slugSchema,
  lang: langSchema,
  section: slugSchema,
  headline: text(LIMITS.headline),
  dateline: text(LIMITS.dateline),
  summary: text(LIMITS.summary),
  byline: text(LIMITS.byline),
  publishedAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  views: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more')),
  editorsPick: v.optional(v.strictObject({ section: v.optional(rank), site: v.optional(rank) })),
  tags: v.pipe(v.array(text(LIMITS.tag)), v.maxLength(LIMITS.tags, `must list at most ${LIMITS.tags} tags`)),
  related: v.optional(
    v.pipe(
      v.array(v.pipe(v.string('must be a quoted string of digits'), articleIdSchema)),
      v.maxLength(LIMITS.related, `must list at most ${LIMITS.related} ids`),
    ),
  ),
  image: v.optional(frontMatterImageSchema),
  sample: v.optional(v.boolean()),
});

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;
