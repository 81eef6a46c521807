/**
 * A fast path for the plain Markdown most articles are written in:
 * paragraphs, ## and ### headings, "-" and "1." lists, quotes with a cite,
 * stand-alone images, whole-paragraph emphasis and inline links. micromark
 * costs milliseconds per article, which a 100,000-article build cannot pay.
 *
 * It answers null for anything it is not certain about (entities, escapes,
 * HTML, other emphasis, indentation, ...) and the caller falls back to the
 * full CommonMark parser, which also reports every error. Its output is
 * checked against that parser in fastMarkdown.test.ts.
 */
import * as v from 'valibot';
import { safeHrefSchema, type Block, type Inline } from '../../src/content-api/schemas';
import { imageFromMarkdown, tidy } from './markdownInline';

/** Characters whose meaning depends on CommonMark rules this path does not implement. */
const UNSAFE = /[\\&<`_\t|\r\0]|!\[/;
/** Line starts that could open another block kind or continue one. */
const BLOCK_START = /^(?:[ #>\-+=~]|\*\s|\d{1,9}[.)])/;
const LINK = /\[([^[\]\n]+)\]\(([^\s()<>"']+)\)/g;
const WHOLE_EMPHASIS = /^\*([^*\s](?:[^*]*[^*\s])?)\*$/;
/** "**Why it matters:** text": the closing ** must be followed by white space to close. */
const LEADING_STRONG = /^\*\*([^*\s](?:[^*]*[^*\s])?)\*\*(\s[^*]*)?$/;
const IMAGE = /^!\[([^[\]\n*!]*)\]\(([^\s()<>"']+) "([^"\n]*)"\)$/;
const HEADING = /^(#{2,3}) (\S(?:.*[^#\s])?)$/;
const BULLET = /^- (\S.*)$/;
const ORDERED = /^\d{1,9}\. (\S.*)$/;
const QUOTE_LINE = /^>(?: (.*))?$/;
const CITE = /^(—|--|―)\s*/;

type Marks = Omit<Inline, 'text'>;

/** The blocks of `markdown`, or null when the full parser must decide. */
export function fastBlocks(markdown: string): Block[] | null {
  const blocks: Block[] = [];
  let previousList: 'bullet' | 'ordered' | null = null;
  for (const lines of splitBlocks(markdown)) {
    const block = toBlock(lines);
    if (!block) return null;
    const list = block.type === 'list' ? (block.ordered ? 'ordered' : 'bullet') : null;
    // Two lists of one kind separated by a blank line are one loose list in CommonMark.
    if (list !== null && list === previousList) return null;
    previousList = list;
    blocks.push(block);
  }
  return blocks;
}

function splitBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^[ \t]*$/.test(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function toBlock(lines: string[]): Block | null {
  const first = lines[0]!;
  if (first.startsWith('#')) {
    const heading = lines.length === 1 ? HEADING.exec(first) : null;
    const content = heading && tidyOrNull(spansOf(heading[2]!, {}));
    return content ? { type: 'heading', level: heading![1]!.length === 2 ? 2 : 3, content } : null;
  }
  if (first.startsWith('>')) return quote(lines);
  if (first.startsWith('![')) return lines.length === 1 ? image(first) : null;
  if (BULLET.test(first) || ORDERED.test(first)) return list(lines, BULLET.test(first) ? BULLET : ORDERED);
  if (!lines.every(isParagraphLine)) return null;
  return paragraph(lines.join('\n'));
}

function isParagraphLine(line: string): boolean {
  return !BLOCK_START.test(line) && !UNSAFE.test(line);
}

function paragraph(text: string): Block | null {
  const content = paragraphInlines(text);
  return content && { type: 'paragraph', content };
}

function image(line: string): Block | null {
  const match = IMAGE.exec(line);
  if (!match || UNSAFE.test(match[1]!) || /[\\&]/.test(match[2]! + match[3]!)) return null;
  const picture = imageFromMarkdown(match[2]!, match[1]!, match[3]!);
  return typeof picture === 'string' ? null : { type: 'image', image: picture };
}

function paragraphInlines(text: string): Inline[] | null {
  if (UNSAFE.test(text)) return null;
  const emphasis = WHOLE_EMPHASIS.exec(text);
  if (emphasis) return tidyOrNull(spansOf(emphasis[1]!, { em: true }));
  const strong = LEADING_STRONG.exec(text);
  if (!strong) return tidyOrNull(spansOf(text, {}));
  const [lead, rest] = [spansOf(strong[1]!, { strong: true }), spansOf(strong[2] ?? '', {})];
  return lead && rest && tidy([...lead, ...rest]);
}

const tidyOrNull = (spans: Inline[] | null) => spans && tidy(spans);

function list(lines: string[], marker: RegExp): Block | null {
  const items: Inline[][] = [];
  for (const line of lines) {
    const item = marker.exec(line)?.[1];
    if (item === undefined || !isParagraphLine(item)) return null;
    const content = paragraphInlines(item);
    if (!content) return null;
    items.push(content);
  }
  return { type: 'list', ordered: marker === ORDERED, items };
}

function quote(lines: string[]): Block | null {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    const match = QUOTE_LINE.exec(line);
    if (!match) return null;
    const inner = match[1] ?? '';
    if (inner === '') {
      if (paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
      continue;
    }
    if (!isParagraphLine(inner)) return null;
    paragraphs[paragraphs.length - 1]!.push(inner);
  }
  const texts = paragraphs.filter((p) => p.length > 0).map((p) => p.join('\n'));
  const [body, second] = texts;
  if (body === undefined || texts.length > 2) return null;
  const content = paragraphInlines(body);
  if (!content) return null;
  if (second === undefined) return { type: 'quote', content };
  // Only a plain second paragraph naming the speaker is certain; the full parser judges the rest.
  const cite = second.replace(/\s+/g, ' ').trim();
  if (!CITE.test(cite) || /[[\]*]/.test(second)) return null;
  return { type: 'quote', content, cite: cite.replace(CITE, '') };
}

/** Plain text with inline links, untidied; no other marks may appear. */
function spansOf(text: string, marks: Marks): Inline[] | null {
  if (text.includes('*')) return null;
  const spans: Inline[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const href = match[2]!;
    if (!v.is(safeHrefSchema, href)) return null;
    spans.push({ text: text.slice(at, match.index), ...marks }, { text: match[1]!, ...marks, href });
    at = match.index + match[0].length;
  }
  spans.push({ text: text.slice(at), ...marks });
  return spans.some((s) => s.text.includes('[') || s.text.includes(']')) ? null : spans;
}
