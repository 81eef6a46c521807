import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { generateCorpus } from './sampleFiles';
import { planSamples, SAMPLES_PER_SECTION, SEED_ARTICLE } from './samplePlan';

const SECTIONS = ['politics', 'world', 'economy', 'sport', 'culture', 'science'];
const FA_SECTIONS = ['politics', 'international', 'economy', 'sport', 'culture'];
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

  it('writes the Persian edition the same way on every run, in Persian, matching the committed files', async () => {
    const stories = planSamples('fa', FA_SECTIONS);
    expect(planSamples('fa', FA_SECTIONS)).toEqual(stories);
    const dir = 'content/articles/fa/sample';
    expect((await readdir(dir)).sort()).toEqual(stories.map((s) => `${s.id}-${s.slug}.md`).sort());
    for (const story of stories) {
      expect(await readFile(path.join(dir, `${story.id}-${story.slug}.md`), 'utf8'), 'run npm run content:samples').toBe(story.markdown);
    }
    const meta = stories.map((s) => frontMatter(s.markdown));
    for (const section of FA_SECTIONS) expect(meta.filter((s) => s.section === section)).toHaveLength(SAMPLES_PER_SECTION);
    for (const s of meta) {
      expect(s.lang).toBe('fa');
      expect(s.sample).toBe(true);
      // Persian script in the headline and dateline, and no ASCII digits anywhere a reader sees.
      expect(s.headline).toMatch(/[\u0600-\u06ff]/);
      expect(s.dateline).toMatch(/^[\u0600-\u06ff\u200c ]+ \(داتلاین\)$/);
      expect(`${s.headline as string} ${s.summary as string}`).not.toMatch(/[0-9]/);
    }
  });

  it('never gives two editions the same article id', () => {
    const en = new Set(planSamples('en', SECTIONS).map((s) => s.id));
    expect(planSamples('fa', FA_SECTIONS).filter((s) => en.has(s.id))).toEqual([]);
  });

  it('generates a whole content dir of N articles that compiles', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'dateline-gen-')), 'corpus');
    await generateCorpus(dir, 40);
    const result = await compile({ contentDir: dir, outDir: path.join(dir, '..', 'out') });
    expect(result.articles).toBe(40);
  });
});
