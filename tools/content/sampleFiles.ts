/**
 * Writes sample stories to disk: the committed samples under
 * content/articles/{lang}/sample for every edition the generator has words
 * for (with placeholder pictures), or a whole generated content dir (English)
 * for benchmarks.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Site } from '../../src/content-api/schemas';
import { mapLimit } from './concurrency';
import { ContentError, IssueSink } from './errors';
import type { Story } from './sample';
import { planBenchmark, planSamples } from './samplePlan';
import { SAMPLE_LANGS } from './sampleVoices';
import { readSiteConfig } from './siteConfig';

/** The benchmark corpus stays English: its figures are compared run to run. */
const SAMPLE_LANG = 'en';
const BATCH = 1000;

export interface WriteResult {
  articles: number;
  dir: string;
  ms: number;
}

async function sampleSections(contentDir: string, lang = SAMPLE_LANG): Promise<string[]> {
  const sink = new IssueSink();
  const site: Site | null = await readSiteConfig(path.join(contentDir, 'site.yaml'), sink);
  if (!site) throw new ContentError(sink.issues);
  const edition = site.editions.find((e) => e.lang === lang);
  if (!edition) throw new Error(`site.yaml has no "${lang}" edition for the samples`);
  return edition.sections.map((s) => s.slug);
}

const fileName = (story: Story) => `${story.id}-${story.slug}.md`;

export async function writeSamples(contentDir: string): Promise<WriteResult> {
  const started = performance.now();
  const mediaDir = path.join(path.dirname(path.resolve(contentDir)), 'public', 'media', 'sample');
  await mkdir(mediaDir, { recursive: true });
  const pictures = new Set<string>();
  let articles = 0;
  for (const lang of SAMPLE_LANGS) {
    const sections = await sampleSections(contentDir, lang);
    const dir = path.join(contentDir, 'articles', lang, 'sample');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const stories = planSamples(lang, sections);
    await mapLimit(stories, 32, (story) => writeFile(path.join(dir, fileName(story)), story.markdown));
    articles += stories.length;
    sections.forEach((s) => pictures.add(s));
  }
  // Pictures are shared by slug: "politics" in every edition shows the same one.
  await Promise.all([...pictures].map((s, i) => writeFile(path.join(mediaDir, `${s}.svg`), placeholderSvg(s, i))));
  return { articles, dir: path.join(contentDir, 'articles', '*', 'sample'), ms: Math.round(performance.now() - started) };
}

/** A whole content dir: this repository's site.yaml plus `count` generated articles. */
export async function generateCorpus(outDir: string, count: number, siteContentDir = 'content'): Promise<WriteResult> {
  const started = performance.now();
  const sections = await sampleSections(siteContentDir);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await copyFile(path.join(siteContentDir, 'site.yaml'), path.join(outDir, 'site.yaml'));
  await Promise.all(sections.map((s) => mkdir(path.join(outDir, 'articles', SAMPLE_LANG, s), { recursive: true })));
  let batch: Story[] = [];
  const flush = async () => {
    await mapLimit(batch, 32, (story) => writeFile(path.join(outDir, 'articles', SAMPLE_LANG, story.section, fileName(story)), story.markdown));
    batch = [];
  };
  for (const story of planBenchmark(SAMPLE_LANG, sections, count)) {
    batch.push(story);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { articles: count, dir: outDir, ms: Math.round(performance.now() - started) };
}

function placeholderSvg(section: string, index: number): string {
  const hue = (index * 57) % 360;
  const label = `Sample picture · ${section[0]!.toUpperCase()}${section.slice(1)}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675" role="img" aria-label="${label}">
<rect width="1200" height="675" fill="hsl(${hue} 35% 42%)"/>
<path d="M0 520 L300 340 L520 480 L780 260 L1200 560 L1200 675 L0 675 Z" fill="hsl(${hue} 30% 30%)"/>
<circle cx="960" cy="170" r="70" fill="hsl(${hue} 60% 80%)"/>
<text x="60" y="110" font-family="sans-serif" font-size="56" fill="#fff">${label}</text>
</svg>
`;
}
