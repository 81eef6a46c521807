/**
 * The sample corpus: believable, clearly fictional wire stories built from
 * word lists with a seeded PRNG, so every run writes the same files.
 */
import { stringify } from 'yaml';
import { paths, tagSlug } from '../../src/content-api/paths';
import type { SectionWords } from './sampleWords';
import { voiceFor, type SampleVoice } from './sampleVoices';

export { SAMPLE_BYLINE, SAMPLE_DATELINE_AGENCY } from './sampleVoices';

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast and good enough for word salad; the same seed gives the same stream. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]! };
}

/** FNV-1a: each story gets its own stream, so stories do not depend on generation order. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export interface StoryInput {
  id: string;
  lang: string;
  section: string;
  publishedMs: number;
  /** Position within its section; decides which optional blocks the story shows. */
  index: number;
  views: number;
  editorsPick?: { section?: number; site?: number };
  related?: string[];
  /** An earlier story to link to from the body. */
  linkTo?: { headline: string; path: string };
  /** Appended to the slug when headlines repeat (large generated corpora). */
  slugSuffix?: string;
}

export interface Story {
  id: string;
  slug: string;
  headline: string;
  path: string;
  section: string;
  markdown: string;
}

export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** An article slug: the tag slug rules, cut to a length that keeps addresses readable. */
export function slugify(text: string): string {
  return tagSlug(text).slice(0, 90).replace(/-+$/, '');
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key.toLowerCase()] ?? `{${key}}`;
    return key[0] === key[0]!.toUpperCase() ? value[0]!.toUpperCase() + value.slice(1) : value;
  });
}

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function writeStory(input: StoryInput, voice: SampleVoice = voiceFor(input.lang)): Story {
  const rng = createRandom(hashString(input.id));
  const words = voice.sectionWords(input.section);
  const country = rng.pick(voice.countries);
  const city = rng.pick(voice.cities);
  const slots: Record<string, string> = {
    country,
    country2: rng.pick(voice.countries.filter((c) => c !== country)),
    city,
    city2: rng.pick(voice.cities.filter((c) => c !== city)),
    region: rng.pick(voice.regions),
    person: `${rng.pick(voice.firstNames)} ${rng.pick(voice.lastNames)}`,
    title: rng.pick(words.titles),
    weekday: voice.weekdays[(new Date(input.publishedMs).getUTCDay() + 6) % 7]!,
    n: voice.digits(String(rng.int(2, 9))),
    m: voice.digits(String(rng.int(0, 4))),
  };
  const [headlineTemplate, leadTemplate] = rng.pick(words.stories);
  const headline = fill(headlineTemplate, slots);
  const slug = slugify(headline) + (input.slugSuffix ? `-${input.slugSuffix}` : '');
  const publishedAt = isoSeconds(input.publishedMs);
  const updatedAt = isoSeconds(input.publishedMs + (input.index % 3 === 0 ? rng.int(10, 180) * 60_000 : 0));
  const tagPool = [...words.tags];
  const tags = Array.from({ length: rng.int(2, 3) }, () => tagPool.splice(rng.int(0, tagPool.length - 1), 1)[0]!);
  const hasImage = input.index % 8 === 0;
  const image = {
    src: `/media/sample/${input.section}.svg`,
    alt: voice.phrases.imageAlt(input.section),
    caption: voice.phrases.imageCaption(slots.city!),
    credit: voice.byline,
    width: 1200,
    height: 675,
  };
  const frontMatter = {
    id: input.id,
    slug,
    lang: input.lang,
    section: input.section,
    headline,
    dateline: voice.dateline(slots.city!),
    summary: capitalize(fill(leadTemplate, slots)),
    byline: voice.byline,
    publishedAt,
    updatedAt,
    views: input.views,
    ...(input.editorsPick ? { editorsPick: input.editorsPick } : {}),
    tags,
    ...(input.related?.length ? { related: input.related } : {}),
    ...(hasImage ? { image } : {}),
    sample: true,
  };
  const body = storyBody(input, rng, words, slots, voice);
  const markdown = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${body.join('\n\n')}\n`;
  return { id: input.id, slug, headline, section: input.section, markdown, path: paths.article({ ...input, slug, publishedAt }) };
}

function storyBody(input: StoryInput, rng: Random, words: SectionWords, slots: Record<string, string>, voice: SampleVoice): string[] {
  const { phrases } = voice;
  const sentences = [...words.sentences];
  const take = () => fill(sentences.splice(rng.int(0, sentences.length - 1), 1)[0] ?? phrases.noFurtherDetails, slots);
  const body = [phrases.intro];
  const paragraphs = rng.int(3, 5);
  for (let p = 0; p < paragraphs; p++) body.push(rng.next() < 0.5 ? take() : `${take()} ${take()}`);
  const { index } = input;
  if (index % 4 === 1) {
    body.splice(2, 0, `> ${fill(rng.pick(words.quotes), slots)}\n>\n> — ${slots.title} ${slots.person}`);
  }
  if (index % 3 === 2) body.push(`${phrases.whyItMatters} ${take()}`);
  if (index % 8 === 4) {
    body.splice(3, 0, `![${phrases.pictureAlt}](/media/sample/${input.section}.svg "${phrases.pictureTitle(slots.city!)}|${voice.byline}|1200x675")`);
  }
  if (index % 5 === 2) {
    const items = words.listItems.map((item) => `${index % 2 ? '1.' : '-'} ${item}`).join('\n');
    body.push(phrases.background, words.listIntro, items);
  }
  if (index % 10 === 7) body.push(phrases.whatNext, take());
  if (input.linkTo) body.push(`${phrases.readMore} [${input.linkTo.headline}](${input.linkTo.path})`);
  return body;
}
