import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { generateCorpus } from './sampleFiles';
import { planSamples, SAMPLES_PER_SECTION, SEED_ARTICLE } from './samplePlan';

const SECTIONS = ['politics', 'world', 'economy', 'sport', 'culture', 'science'];
const frontMatter = (markdown: string) => parse(markdown.split('---\n')[1]!) as Record<string, unknown>;

describe('sample corpus', () => {
  it('is the same on every run and matches the committed files', async () => {
    const stories = planSamples('en', SECTIONS);
    expect(planSamples('en', SECTIONS)).toEqual(stories);
    const dir = 'content/articles/en/sample';
    const committed = (await readdir(dir)).sort();
    expect(committed).toEqual(stories.map((s) => `${s.id}-${s.slug}.md`).sort());
    for (const story of stories) {
      expect(await readFile(path.join(dir, `${story.id}-${story.slug}.md`), 'utf8'), 'run npm run content:samples').toBe(story.markdown);
    }
  });

  it('fills every section and keeps the seed among the most visited in Politics', () => {
    const stories = planSamples('en', SECTIONS).map((s) => frontMatter(s.markdown));
    for (const section of SECTIONS) expect(stories.filter((s) => s.section === section)).toHaveLength(SAMPLES_PER_SECTION);
    const above = stories.filter((s) => s.section === 'politics' && (s.views as number) > SEED_ARTICLE.views);
    expect(above.length).toBeGreaterThan(0);
    expect(above.length).toBeLessThan(4);
    expect(stories.every((s) => s.sample === true && s.id !== SEED_ARTICLE.id)).toBe(true);
  });

  it('generates a whole content dir of N articles that compiles', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-gen-')), 'corpus');
    await generateCorpus(dir, 40);
    const result = await compile({ contentDir: dir, outDir: path.join(dir, '..', 'out') });
    expect(result.articles).toBe(40);
  });
});
