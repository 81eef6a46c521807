import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { ContentError } from './errors';
import { articleText, corpus, fields, lineOf, makeContent, TEST_SITE_YAML } from './testContent';

async function failure(files: Record<string, string>, siteYaml?: string): Promise<string> {
  const content = await makeContent(files, siteYaml);
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-out-')), 'v1');
  const error = await compile({ contentDir: content, outDir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).message;
}

/** Compiles a valid corpus plus one bad file and expects `bad.md:LINE: field: …message…`. */
async function expectIssue(text: string, needle: string | number, field: string, message: RegExp, name = 'en/bad.md') {
  const line = typeof needle === 'number' ? needle : lineOf(text, needle);
  const report = await failure({ ...corpus(2), [name]: text });
  const escaped = `${name}:${line}: ${field}: `.replace(/[.[\]]/g, '\\$&');
  expect(report).toMatch(new RegExp(`${escaped}.*${message.source}`));
}

const bad = (overrides: Record<string, unknown>, body?: string) => articleText(fields('50', overrides), body);

describe('invalid content is refused with file, line and field', () => {
  it('bad YAML', async () => {
    const text = bad({}).replace('headline: Story 50', 'headline: [unclosed');
    await expectIssue(text, 'headline:', 'headline', /invalid YAML: .*end with a \]/);
  });

  it('duplicate key', async () => {
    const text = bad({}).replace('views:', 'dateline: again\nviews:');
    await expectIssue(text, 'dateline: again', 'dateline', /invalid YAML: Map keys must be unique/);
  });

  it('no front matter', async () => {
    await expectIssue('Just a body.\n', 1, 'front matter', /must start with a line "---"/);
  });

  it('missing field', async () => {
    const front = fields('50');
    delete front.byline;
    await expectIssue(articleText(front), 2, 'byline', /is required/);
  });

  it('wrong type', async () => {
    const text = bad({ views: 'many' });
    await expectIssue(text, 'views:', 'views', /Expected number/);
  });

  it('id written as a number', async () => {
    const text = bad({}).replace('id: "50"', 'id: 50');
    await expectIssue(text, 'id:', 'id', /quoted string of digits/);
  });

  it('unknown key', async () => {
    const text = bad({ headlnie: 'typo' });
    await expectIssue(text, 'headlnie:', 'headlnie', /unknown field/);
  });

  it('unknown nested key', async () => {
    const text = bad({ editorsPick: { sektion: 1 } });
    await expectIssue(text, 'sektion:', 'editorsPick.sektion', /unknown field/);
  });

  it('malformed date', async () => {
    const text = bad({ publishedAt: '13/04/2021' });
    await expectIssue(text, 'publishedAt:', 'publishedAt', /ISO 8601/);
  });

  it('impossible date', async () => {
    const text = bad({ publishedAt: '2021-02-30T10:00:00Z', updatedAt: '2021-03-01T10:00:00Z' });
    await expectIssue(text, 'publishedAt:', 'publishedAt', /not a real calendar date/);
  });

  it('updatedAt before publishedAt', async () => {
    const text = bad({ updatedAt: '2021-01-01T00:00:00Z' });
    await expectIssue(text, 'updatedAt:', 'updatedAt', /must not be before publishedAt/);
  });

  it('duplicate id', async () => {
    const text = bad({ id: '1', slug: 'another-slug' });
    await expectIssue(text, 'id:', 'id', /duplicate id "1", already used by .*1\.md/);
  });

  it('duplicate slug within an edition', async () => {
    const text = bad({ slug: 'story-1' });
    await expectIssue(text, 'slug:', 'slug', /duplicate slug "story-1"/);
  });

  it('unknown section', async () => {
    const text = bad({ section: 'gossip' });
    await expectIssue(text, 'section:', 'section', /unknown section "gossip"/);
  });

  it('unknown edition', async () => {
    const text = bad({ lang: 'fr' });
    await expectIssue(text, 'lang:', 'lang', /unknown edition "fr"/, 'fr/bad.md');
  });

  it('lang that disagrees with its edition folder', async () => {
    const text = bad({ lang: 'fr' });
    await expectIssue(text, 'lang:', 'lang', /sits in the "en" edition folder/);
  });

  it('broken related id', async () => {
    const text = bad({ related: ['1', '999'] });
    await expectIssue(text, '- "999"', 'related[1]', /no article has id "999"/);
  });

  it('raw HTML in the body', async () => {
    const text = bad({}, 'Fine.\n\n<iframe src="x"></iframe>');
    await expectIssue(text, '<iframe', 'body', /raw HTML/);
  });

  it('unsafe javascript: link', async () => {
    const text = bad({}, 'Click [here](javascript:alert(1)).');
    await expectIssue(text, 'Click', 'body', /must start with http/);
  });

  it('oversized headline', async () => {
    const text = bad({ headline: 'H'.repeat(301) });
    await expectIssue(text, 'headline:', 'headline', /at most 300 characters/);
  });

  it('oversized body', async () => {
    const text = bad({}, 'word '.repeat(45_000));
    await expectIssue(text, 'word word', 'body', /the limit is 200 KB/);
  });

  it('bad site.yaml', async () => {
    const site = TEST_SITE_YAML.replace('pageSize: 2', 'pageSize: zero');
    const report = await failure(corpus(1), site);
    expect(report).toMatch(new RegExp(`site\\.yaml:${lineOf(site, 'pageSize')}: pageSize: `));
  });

  it('reports every problem of a run at once', async () => {
    const report = await failure({
      ...corpus(2),
      'en/a.md': bad({ section: 'gossip' }),
      'en/b.md': articleText(fields('51', { views: -3 }), '<b>x</b>'),
    });
    expect(report).toMatch(/^3 content errors:/);
    expect(report).toMatch(/a\.md:\d+: section: /);
    expect(report).toMatch(/b\.md:\d+: views: /);
    expect(report).toMatch(/b\.md:\d+: body: raw HTML/);
  });
});
