import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fa } from './fa';
import { formatNumber } from './formatNumber';
import type { UiStrings } from './strings';

type Leaf = [path: string, value: unknown];

/** Every leaf of a strings table with its dotted path, functions called with sample arguments. */
function leaves(table: object, prefix = ''): Leaf[] {
  return Object.entries(table).flatMap(([key, value]): Leaf[] => {
    const path = prefix + key;
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 'x' : 2));
      return [[path, (value as (...a: unknown[]) => unknown)(...args)]];
    }
    if (value !== null && typeof value === 'object') return leaves(value, `${path}.`);
    return [[path, value]];
  });
}

const editions: Record<string, UiStrings> = { en, fa };

describe('UI strings', () => {
  it('has the same keys in every edition, so a string added to en.ts must be added to fa.ts too', () => {
    const enKeys = leaves(en).map(([path]) => path);
    expect(leaves(fa).map(([path]) => path)).toEqual(enKeys);
  });

  it.each(Object.entries(editions))('%s has no empty or untranslated text', (lang, table) => {
    for (const [path, value] of leaves(table)) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
      const english = leaves(en).find(([p]) => p === path)?.[1] as string;
      // Text that is only punctuation around its arguments ("x — 2") has nothing to translate.
      const hasWords = /[a-z]{2}/i.test(english.replaceAll('x', ''));
      if (lang !== 'en' && hasWords) expect(value, `${path} is still English`).not.toBe(english);
    }
  });

  it('writes numbers in the edition’s own digits', () => {
    expect(formatNumber('fa-IR', 12345)).toBe('۱۲٬۳۴۵');
    expect(fa.pageOf(2, 4)).toBe('صفحه ۲ از ۴');
    expect(fa.search.results(3, 'لاوروف')).toBe('۳ نتیجه برای «لاوروف»');
    expect(en.pageOf(2, 1200)).toBe('Page 2 of 1,200');
    expect(en.search.results(1, 'Lavrov')).toBe('1 result for “Lavrov”');
    expect(en.search.results(3, 'Lavrov')).toBe('3 results for “Lavrov”');
  });
});
