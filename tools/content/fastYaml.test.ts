import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueSink } from './errors';
import { parseFrontMatterFast } from './fastYaml';
import { splitSource } from './sourceFile';
import { parseYaml } from './yamlSource';

const CASES = [
  'id: "2484159"\nslug: a-b\nviews: 48210\nsample: true',
  'headline: Iran, Russia sign deal\nsummary: \'It\'\'s done\'',
  'tags:\n  - Iran\n  - Russia\nrelated:\n  - "1"',
  'editorsPick:\n  section: 1\n  site: 2',
  'image:\n  src: /media/a.svg\n  alt: ""\n  width: 1200\n  height: 675',
  'publishedAt: 2021-04-13T10:25:00Z',
  'a: 1e3\nb: 0o7\nc: .5\nd: -1\ne: +5',
  'a: null\nb: ~\nc: TRUE\nd: yes\ne: 012',
  'a: value # comment\n# full-line comment\nb: x',
  'tags: [Iran, Russia]',
  'a: { b: 1 }',
  'a: &anchor x\nb: *anchor',
  'a: |\n  block',
  'a: "esc\\"aped"',
  'a: 1\na: 2',
  'a:\n',
  'a:\n  - x\n  b: y',
  'a:\n  - x\n    - y',
  'a: key: value',
  'a:\tb',
];

describe('parseFrontMatterFast', () => {
  it.each(CASES)('agrees with the yaml package or defers: %j', (text) => {
    const fast = parseFrontMatterFast(text, 2);
    if (fast === null) return;
    const slow = parseYaml(text, 'a.md', 2, new IssueSink());
    expect(slow).not.toBeNull();
    expect(fast.data).toEqual(slow!.data);
  });

  it('reads the usual front matter itself', () => {
    for (const text of CASES.slice(0, 6)) expect(parseFrontMatterFast(text, 2), text).not.toBeNull();
  });

  it('agrees with the yaml package, data and field lines, on every committed article', async () => {
    const dir = path.resolve('content/articles');
    const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.md'));
    let fastCount = 0;
    for (const name of names) {
      const parts = splitSource(await readFile(path.join(dir, name), 'utf8'), name, new IssueSink())!;
      const fast = parseFrontMatterFast(parts.yaml, parts.yamlLine);
      if (fast === null) continue;
      fastCount++;
      const slow = parseYaml(parts.yaml, name, parts.yamlLine, new IssueSink())!;
      expect(fast.data, name).toEqual(slow.data);
      for (const key of Object.keys(slow.data as object)) expect(fast.lineOf([key]), `${name} ${key}`).toBe(slow.lineOf([key]));
      const tags = (slow.data as { tags?: unknown[] }).tags ?? [];
      tags.forEach((_, i) => expect(fast.lineOf(['tags', i])).toBe(slow.lineOf(['tags', i])));
    }
    expect(fastCount).toBeGreaterThan(names.length * 0.9);
  });

  it('answers the line of a nested field, of a list item, and of the nearest known parent otherwise', () => {
    const text = '\n# a comment\nid: "1"\nimage:\n  src: /a.svg\n  width: 12\ntags:\n  - A\n  - B';
    const fast = parseFrontMatterFast(text, 2)!;
    const slow = parseYaml(text, 'a.md', 2, new IssueSink())!;
    const paths = [['id'], ['image'], ['image', 'src'], ['image', 'width'], ['image', 'alt'], ['tags', 0], ['tags', 1], ['tags', 2], ['nothing']];
    for (const at of paths) expect(fast.lineOf(at), at.join('.')).toBe(slow.lineOf(at));
    expect(fast.lineOf(['image', 'width'])).toBe(7);
    expect(fast.lineOf(['nothing'])).toBe(4);
  });
});
