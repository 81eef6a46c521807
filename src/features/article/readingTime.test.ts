import { describe, expect, it } from 'vitest';
import type { Block } from '../../content-api';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './readingTime';

const paragraph = (words: number): Block => ({
  type: 'paragraph',
  content: [{ text: Array.from({ length: words }, () => 'word').join(' ') }],
});

describe('countWords', () => {
  it('counts words between any whitespace, not punctuation alone', () => {
    expect(countWords('  TEHRAN (Tasnim) – Iranian\nPresident  ')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('counts Persian words', () => {
    expect(countWords('رئیس‌جمهور بر گسترش همکاری نظامی تأکید کرد')).toBe(7);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes({ summary: 'Short.', body: [] })).toBe(1);
  });

  it('rounds the lead and every text block to whole minutes', () => {
    const body: Block[] = [
      paragraph(WORDS_PER_MINUTE * 2),
      { type: 'heading', level: 2, content: [{ text: 'word '.repeat(WORDS_PER_MINUTE).trim() }] },
      { type: 'list', ordered: false, items: [[{ text: 'one two' }], [{ text: 'three' }]] },
      { type: 'image', image: { src: '/a.jpg', alt: 'not counted at all', width: 1, height: 1 } },
    ];
    expect(readingMinutes({ summary: 'word '.repeat(WORDS_PER_MINUTE).trim(), body })).toBe(4);
  });

  it('joins spans of one block without inventing word breaks', () => {
    const body: Block[] = [{ type: 'paragraph', content: [{ text: 'Iran' }, { text: '-Russia ties', em: true }] }];
    expect(countWords('Iran-Russia ties')).toBe(2);
    expect(readingMinutes({ summary: '', body })).toBe(1);
  });
});
