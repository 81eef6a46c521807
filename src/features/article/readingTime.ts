import type { Article, Block, Inline } from '../../content-api';

/** A common figure for adult silent reading of news prose; close enough to set expectations. */
export const WORDS_PER_MINUTE = 230;

function inlineText(content: readonly Inline[]): string {
  return content.map((span) => span.text).join('');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlineText(block.content);
    case 'list':
      return block.items.map(inlineText).join(' ');
    case 'image':
      return '';
  }
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read the lead and body, never less than one. */
export function readingMinutes(article: Pick<Article, 'summary' | 'body'>): number {
  const words = countWords([article.summary, ...article.body.map(blockText)].join(' '));
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
