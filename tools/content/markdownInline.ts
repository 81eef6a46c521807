/**
 * Pieces both Markdown paths share, so the fast path and the full parser
 * turn the same source into the same spans and images.
 */
import * as v from 'valibot';
import type { Image, Inline } from '../../src/content-api/schemas';
import { imageSrcSchema } from './frontMatter';

export type Marks = Omit<Inline, 'text'>;

const IMAGE_SIZE = /^(\d{1,5})x(\d{1,5})$/;

/** The image syntax: ![alt](src "caption|credit|WIDTHxHEIGHT"); caption and credit may be left empty. */
export function imageFromMarkdown(src: string, alt: string, title: string | null): Image | string {
  const usage = 'an image needs its size in the title: ![alt](src "caption|credit|1200x800")';
  if (!v.is(imageSrcSchema, src)) return 'image src must be a path starting with a single / or an http(s) URL';
  if (title === null) return usage;
  const parts = title.split('|').map((p) => p.trim());
  if (parts.length > 3) return `${usage}; found more than three parts`;
  const size = IMAGE_SIZE.exec(parts.pop() ?? '');
  if (!size) return usage;
  const [caption, credit] = parts;
  const width = Number(size[1]);
  const height = Number(size[2]);
  if (width < 1 || height < 1) return 'image width and height must be at least 1';
  return { src, alt: alt.trim(), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), width, height };
}

/** Whitespace other than a single space: only then does a span's text need collapsing. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** Collapses source line breaks, trims the ends and merges neighbours that look alike. */
export function tidy(spans: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const span of spans) {
    // Testing first spares a new string for the many spans that are already tidy.
    const text = UNTIDY_SPACE.test(span.text) ? span.text.replace(/\s+/g, ' ') : span.text;
    const prev = merged[merged.length - 1];
    if (prev && sameMarks(prev, span)) prev.text += text;
    else merged.push({ ...span, text });
  }
  if (merged[0]) merged[0].text = merged[0].text.trimStart();
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.trimEnd();
  return merged.filter((s) => s.text !== '');
}

function sameMarks(a: Marks, b: Marks): boolean {
  return a.href === b.href && a.em === b.em && a.strong === b.strong;
}
