/**
 * The Markdown subset an article body may use, turned into typed blocks.
 * Anything outside the subset is refused with its line, so no raw HTML or
 * unexpected structure can reach readers.
 */
import type { BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import * as v from 'valibot';
import { safeHrefSchema, type Block, type Inline } from '../../src/content-api/schemas';
import type { IssueSink } from './errors';
import { fastBlocks } from './fastMarkdown';
import { imageFromMarkdown, tidy, type Marks } from './markdownInline';

export { imageFromMarkdown } from './markdownInline';

interface Context {
  file: string;
  firstLine: number;
  source: string;
  sink: IssueSink;
}

const REFUSED: Record<string, string> = {
  html: 'raw HTML is not allowed; use Markdown',
  code: 'code blocks are not supported',
  inlineCode: 'inline code is not supported',
  thematicBreak: 'horizontal rules are not supported',
  definition: 'link definitions are not supported; write links inline as [text](url)',
  linkReference: 'reference links are not supported; write links inline as [text](url)',
  imageReference: 'reference images are not supported; write ![alt](src "caption|credit|WxH")',
  table: 'tables are not supported',
};

const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/m;

/** Parses a body that starts at `firstLine` of `file`; problems go to the sink. */
export function parseBody(markdown: string, file: string, firstLine: number, sink: IssueSink): Block[] {
  return fastBlocks(markdown) ?? parseBodyFull(markdown, file, firstLine, sink);
}

/** The full CommonMark parse: the reference the fast path is tested against, and the one that reports errors. */
export function parseBodyFull(markdown: string, file: string, firstLine: number, sink: IssueSink): Block[] {
  const ctx: Context = { file, firstLine, source: markdown, sink };
  const root: Root = fromMarkdown(markdown);
  const blocks: Block[] = [];
  for (const node of root.children) {
    const block = toBlock(node, ctx);
    if (block) blocks.push(block);
  }
  return blocks;
}

function refuse(node: { type: string; position?: { start: { line: number } } }, ctx: Context, message?: string): null {
  const line = (node.position?.start.line ?? 1) + ctx.firstLine - 1;
  ctx.sink.add(ctx.file, line, 'body', message ?? REFUSED[node.type] ?? `${node.type} is not supported`);
  return null;
}

function toBlock(node: RootContent, ctx: Context): Block | null {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlock(node, ctx);
    case 'heading':
      if (node.depth !== 2 && node.depth !== 3) {
        return refuse(node, ctx, `h${node.depth} headings are not allowed; use ## or ### (the headline is the page's only h1)`);
      }
      return { type: 'heading', level: node.depth, content: toInlines(node.children, ctx) };
    case 'blockquote':
      return quoteBlock(node.children, node, ctx);
    case 'list':
      return listBlock(node, ctx);
    default:
      return refuse(node, ctx);
  }
}

function paragraphBlock(node: Paragraph, ctx: Context): Block | null {
  const raw = sliceSource(node, ctx);
  if (TABLE_DELIMITER.test(raw)) return refuse({ ...node, type: 'table' }, ctx);
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful[0];
  if (meaningful.length === 1 && only?.type === 'image') {
    const image = imageFromMarkdown(only.url, only.alt ?? '', only.title ?? null);
    if (typeof image === 'string') return refuse(only, ctx, image);
    return { type: 'image', image };
  }
  return { type: 'paragraph', content: toInlines(node.children, ctx) };
}

function quoteBlock(children: (BlockContent | DefinitionContent)[], node: RootContent, ctx: Context): Block | null {
  const usage = 'a quote holds one paragraph, optionally followed by a line starting with — that names who said it';
  if (children.length === 0) return refuse(node, ctx, 'a quote must not be empty');
  const paragraphs: Paragraph[] = [];
  for (const child of children) {
    if (child.type !== 'paragraph') return refuse(child, ctx, usage);
    paragraphs.push(child);
  }
  const last = paragraphs[paragraphs.length - 1]!;
  const lastText = plainText(last.children);
  const cite = paragraphs.length === 2 && /^(—|--|―)\s*/.test(lastText) ? lastText.replace(/^(—|--|―)\s*/, '') : null;
  if (paragraphs.length > (cite === null ? 1 : 2)) return refuse(node, ctx, usage);
  const content = toInlines(paragraphs[0]!.children, ctx);
  return cite ? { type: 'quote', content, cite } : { type: 'quote', content };
}

function listBlock(node: Extract<RootContent, { type: 'list' }>, ctx: Context): Block | null {
  const items: Inline[][] = [];
  for (const item of node.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || rest.length > 0) {
      return refuse(rest[0] ?? first ?? item, ctx, 'a list item holds one paragraph of text: no nested lists or other blocks');
    }
    items.push(toInlines(first.children, ctx));
  }
  return { type: 'list', ordered: node.ordered === true, items };
}

function toInlines(nodes: PhrasingContent[], ctx: Context): Inline[] {
  const spans: Inline[] = [];
  collect(nodes, {}, ctx, spans);
  return tidy(spans);
}

function collect(nodes: PhrasingContent[], marks: Marks, ctx: Context, out: Inline[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ text: node.value, ...marks });
        break;
      case 'break':
        // A hard break is two invisible trailing spaces; a space is what the author meant.
        out.push({ text: ' ', ...marks });
        break;
      case 'emphasis':
        collect(node.children, { ...marks, em: true }, ctx, out);
        break;
      case 'strong':
        collect(node.children, { ...marks, strong: true }, ctx, out);
        break;
      case 'link':
        if (!v.is(safeHrefSchema, node.url)) {
          refuse(node, ctx, `link "${node.url}" must start with http://, https://, mailto: or a single /`);
        }
        collect(node.children, { ...marks, href: node.url }, ctx, out);
        break;
      case 'image':
        refuse(node, ctx, 'an image must stand alone in its own paragraph');
        break;
      default:
        refuse(node, ctx);
    }
  }
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function sliceSource(node: Paragraph, ctx: Context): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : ctx.source.slice(start, end);
}
