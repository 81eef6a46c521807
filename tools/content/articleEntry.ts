/**
 * First pass over one article file: its front matter, checked on its own.
 * The result keeps what listings need and drops the body, so memory stays
 * proportional to summaries even for very large corpora.
 */
import { paths } from '../../src/content-api/paths';
import { summarySchema, type Summary } from '../../src/content-api/schemas';
import type { IssueSink } from './errors';
import * as v from 'valibot';
import { parseFrontMatterFast } from './fastYaml';
import { checked } from './outputHash';
import { frontMatterSchema, LIMITS, type FrontMatter } from './frontMatter';
import type { SourceParts } from './sourceFile';
import { parseYaml, validateYaml, type YamlSource } from './yamlSource';

export interface ArticleEntry {
  file: string;
  /**
   * Copies of the summary fields that ranking, grouping and checks read for
   * every story, so an entry loaded from the build cache can leave its
   * summary unparsed until a file that shows the story is written.
   */
  id: string;
  lang: string;
  section: string;
  slug: string;
  readonly summary: Summary;
  /**
   * JSON.stringify(summary), made once where the story is read: every file
   * that lists the story splices this text in, and a worker sends it instead
   * of the object (see WireEntry).
   */
  readonly summaryJson: string;
  views: number;
  picks: { section?: number; site?: number };
  tags: string[];
  related: string[];
  publishedMs: number;
  /** Lines of the fields that checks across files may complain about. */
  lines: { id: number; slug: number; lang: number; section: number; related: number[] };
}

/** What the article file adds to an entry; only the shard that parsed the source needs it. */
export interface ParsedEntry extends ArticleEntry {
  dateline: string;
  byline: string;
  updatedAt: string;
}

/** `parts`: the file split by splitSource; `dirLang` is the edition folder the file sits in, if any; it must agree with `lang`. */
export function readEntry(parts: SourceParts, file: string, dirLang: string | null, sink: IssueSink): ParsedEntry | null {
  const bodyBytes = Buffer.byteLength(parts.body, 'utf8');
  if (bodyBytes > LIMITS.bodyBytes) {
    sink.add(file, parts.bodyLine, 'body', `is ${Math.ceil(bodyBytes / 1024)} KB; the limit is ${LIMITS.bodyBytes / 1024} KB`);
  }
  const front = frontMatter(parts.yaml, parts.yamlLine, file, sink);
  if (!front) return null;
  const { meta, lineOf } = front;
  const publishedMs = Date.parse(meta.publishedAt);
  if (Date.parse(meta.updatedAt) < publishedMs) {
    sink.add(file, lineOf(['updatedAt']), 'updatedAt', `must not be before publishedAt (${meta.publishedAt})`);
  }
  if (dirLang !== null && dirLang !== meta.lang) {
    sink.add(file, lineOf(['lang']), 'lang', `is "${meta.lang}" but the file sits in the "${dirLang}" edition folder`);
  }
  const related = meta.related ?? [];
  // Checked here, once; the files that show the summary take it as it is (outputHash.ts).
  const summary = checked(file, summarySchema, {
    id: meta.id,
    slug: meta.slug,
    lang: meta.lang,
    section: meta.section,
    headline: meta.headline,
    summary: meta.summary,
    publishedAt: meta.publishedAt,
    image: meta.image ?? null,
    path: paths.article(meta),
    sample: meta.sample ?? false,
  });
  return {
    file,
    id: meta.id,
    lang: meta.lang,
    section: meta.section,
    slug: meta.slug,
    summary,
    summaryJson: JSON.stringify(summary),
    dateline: meta.dateline,
    byline: meta.byline,
    updatedAt: meta.updatedAt,
    views: meta.views,
    picks: meta.editorsPick ?? {},
    tags: meta.tags,
    related,
    publishedMs,
    lines: {
      id: lineOf(['id']),
      slug: lineOf(['slug']),
      lang: lineOf(['lang']),
      section: lineOf(['section']),
      related: related.map((_, i) => lineOf(['related', i])),
    },
  };
}

/**
 * A parsed entry as a worker sends it: the summary as JSON text only, which
 * is cheaper to clone than the object, and none of what only the article
 * file shows (the worker keeps that).
 */
export type WireEntry = Omit<ArticleEntry, 'summary'>;

export function toWire(e: ArticleEntry): WireEntry {
  return {
    file: e.file,
    id: e.id,
    lang: e.lang,
    section: e.section,
    slug: e.slug,
    summaryJson: e.summaryJson,
    views: e.views,
    picks: e.picks,
    tags: e.tags,
    related: e.related,
    publishedMs: e.publishedMs,
    lines: e.lines,
  };
}

/** A summary read back from its JSON text; few are: listings and article files splice summaryJson. */
const summaryFromJson: PropertyDescriptor = {
  get(this: WireEntry): Summary {
    return JSON.parse(this.summaryJson) as Summary;
  },
};

/**
 * A story received from a worker, made an ArticleEntry in place: a copy of
 * 100,000 of them would briefly double what the main thread holds.
 */
export function receiveEntry(wire: WireEntry): ArticleEntry {
  return Object.defineProperty(wire, 'summary', summaryFromJson) as ArticleEntry;
}

/** The fast reader when it is sure and the front matter is valid; otherwise the full parser, which reports every problem. */
function frontMatter(yaml: string, firstLine: number, file: string, sink: IssueSink): { meta: FrontMatter; lineOf: YamlSource['lineOf'] } | null {
  const fast = parseFrontMatterFast(yaml, firstLine);
  const quick = fast && v.safeParse(frontMatterSchema, fast.data);
  if (fast && quick?.success) return { meta: quick.output, lineOf: fast.lineOf };
  const source = parseYaml(yaml, file, firstLine, sink);
  const meta = source && validateYaml(frontMatterSchema, source, file, sink);
  return source && meta ? { meta, lineOf: source.lineOf } : null;
}
