import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueSink } from './errors';
import { fastBlocks } from './fastMarkdown';
import { parseBodyFull } from './markdown';
import { splitSource } from './sourceFile';

const full = (markdown: string) => parseBodyFull(markdown, 'a.md', 1, new IssueSink());

/** Every case either goes to the full parser (null) or gives exactly what it gives. */
const CASES = [
  'One line\nand the next.\n\nSecond paragraph.',
  '*Whole paragraph in emphasis.*',
  '**Why it matters:** the rest, with [a link](https://example.org/x) inside.',
  '**Bold:**glued',
  '## Background\n\nText.',
  '### Smaller',
  '# Top',
  '#### Deep',
  '## Closed ##',
  '- one\n- two\n- three',
  '1. one\n2. two',
  '- one\n\n- two',
  '- one\ncontinued',
  'Para\n- interrupts',
  '> A quote.\n>\n> — Speaker Name',
  '> A quote.\n>\n> Not a cite',
  '> Lazy\ncontinuation',
  '![Alt](/media/a.svg "Caption|Credit|1200x675")',
  '![Alt](/media/a.svg "1200x675")',
  '![Alt](javascript:x "1x1")',
  'Text ![inline](/a.svg "1x1") image',
  'Read more: [Headline here](/en/news/2021/04/13/1/slug)',
  'A [bad](javascript:alert(1)) link',
  'A & B, &amp; C',
  'Escaped \\*star\\*',
  'Trailing two spaces  \nnext line',
  '    indented code',
  'Setext\n===',
  'Setext\n---',
  '<div>html</div>',
  'A `code` span',
  'snake_case words',
  '[ref]: /somewhere',
  'a | b\n--|--\nc | d',
  '* star list',
  '***',
  'Persian متن با [پیوند](/fa/news/2021/04/13/5/x) و ۱۲۳',
  '  ',
  '',
];

describe('fastBlocks', () => {
  it.each(CASES)('agrees with the full parser or defers: %j', (markdown) => {
    const fast = fastBlocks(markdown);
    if (fast !== null) expect(fast).toEqual(full(markdown));
  });

  it('handles the generated sample shapes itself', () => {
    for (const markdown of CASES.slice(0, 3).concat(CASES[4]!, CASES[9]!, CASES[10]!, CASES[14]!, CASES[17]!, CASES[21]!)) {
      expect(fastBlocks(markdown), markdown).not.toBeNull();
    }
  });

  it('agrees with the full parser on every committed article', async () => {
    const dir = path.resolve('content/articles');
    const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.md'));
    expect(names.length).toBeGreaterThan(100);
    let fastCount = 0;
    for (const name of names) {
      const parts = splitSource(await readFile(path.join(dir, name), 'utf8'), name, new IssueSink())!;
      const fast = fastBlocks(parts.body);
      if (fast === null) continue;
      fastCount++;
      expect(fast, name).toEqual(full(parts.body));
    }
    expect(fastCount).toBeGreaterThan(names.length * 0.9);
  });
});
