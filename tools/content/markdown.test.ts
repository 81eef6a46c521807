import { describe, expect, it } from 'vitest';
import { IssueSink } from './errors';
import { parseBody } from './markdown';

function parse(markdown: string, firstLine = 1) {
  const sink = new IssueSink();
  const blocks = parseBody(markdown, 'a.md', firstLine, sink);
  return { blocks, issues: sink.issues };
}

function refused(markdown: string) {
  const { issues } = parse(markdown, 10);
  expect(issues.length).toBeGreaterThan(0);
  return issues[0]!;
}

describe('parseBody', () => {
  it('turns paragraphs into plain-text spans, joining source lines', () => {
    expect(parse('One line\nand the next.\n\nA & B').blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'One line and the next.' }] },
      { type: 'paragraph', content: [{ text: 'A & B' }] },
    ]);
  });

  it('keeps emphasis, strong and links as span marks, nested ones combined', () => {
    const { blocks, issues } = parse('A *soft* and **bold** [link](https://example.org/x) and [**both**](/en/section/world).');
    expect(issues).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'A ' },
          { text: 'soft', em: true },
          { text: ' and ' },
          { text: 'bold', strong: true },
          { text: ' ' },
          { text: 'link', href: 'https://example.org/x' },
          { text: ' and ' },
          { text: 'both', href: '/en/section/world', strong: true },
          { text: '.' },
        ],
      },
    ]);
  });

  it('accepts mailto links and turns hard breaks into spaces', () => {
    expect(parse('[Write](mailto:desk@example.org)  \nnext').blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'Write', href: 'mailto:desk@example.org' }, { text: ' next' }] },
    ]);
  });

  it('reads ## and ### as headings', () => {
    expect(parse('## Background\n\n### Next').blocks).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Background' }] },
      { type: 'heading', level: 3, content: [{ text: 'Next' }] },
    ]);
  });

  it('reads a blockquote as a quote, with an optional — cite line', () => {
    expect(parse('> Words *said*.\n>\n> — A Speaker').blocks).toEqual([
      { type: 'quote', content: [{ text: 'Words ' }, { text: 'said', em: true }, { text: '.' }], cite: 'A Speaker' },
    ]);
    expect(parse('> Just words.').blocks).toEqual([{ type: 'quote', content: [{ text: 'Just words.' }] }]);
  });

  it('reads ordered and unordered lists', () => {
    expect(parse('- one\n- **two**\n\n1. first\n2. second').blocks).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two', strong: true }]] },
      { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
    ]);
  });

  it('reads an image alone in its paragraph, with its size from the title', () => {
    expect(parse('![A harbour](/media/h.jpg "The harbour|Photo desk|1200x800")').blocks).toEqual([
      {
        type: 'image',
        image: { src: '/media/h.jpg', alt: 'A harbour', caption: 'The harbour', credit: 'Photo desk', width: 1200, height: 800 },
      },
    ]);
    expect(parse('![](https://cdn.example.org/a.png "640x480")').blocks).toEqual([
      { type: 'image', image: { src: 'https://cdn.example.org/a.png', alt: '', width: 640, height: 480 } },
    ]);
  });

  it.each([
    ['raw HTML', '<div>x</div>', /raw HTML/],
    ['inline HTML', 'a <b>b</b>', /raw HTML/],
    ['code block', '```\ncode\n```', /code blocks/],
    ['indented code', '    code', /code blocks/],
    ['inline code', 'use `x`', /inline code/],
    ['h1', '# Title', /h1 headings/],
    ['h4', '#### Deep', /h4 headings/],
    ['table', '| a | b |\n| - | - |\n| 1 | 2 |', /tables/],
    ['rule', 'a\n\n***', /horizontal rules/],
    ['javascript link', '[x](javascript:alert(1))', /javascript:alert\(1\).*must start with/],
    ['image without size', '![a](/x.jpg)', /needs its size/],
    ['image with bad src', '![a](javascript:x "1x1")', /image src/],
    ['image inside text', 'see ![a](/x.jpg "1x1") here', /stand alone/],
    ['nested list', '- a\n  - b', /list item/],
    ['reference link', '[a][b]\n\n[b]: https://example.org', /reference links|link definitions/],
    ['two-paragraph quote', '> a\n>\n> b', /a quote holds one paragraph/],
  ])('refuses %s with its line', (_, markdown, message) => {
    const issue = refused(markdown);
    expect(issue.message).toMatch(message);
    expect(issue.field).toBe('body');
    expect(issue.file).toBe('a.md');
    expect(issue.line).toBeGreaterThanOrEqual(10);
  });

  it('reports the file line of a refused block', () => {
    expect(refused('Fine.\n\n<script>x</script>').line).toBe(12);
  });
});
