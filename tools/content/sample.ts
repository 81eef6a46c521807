/**
 * The sample corpus: believable, clearly fictional wire stories built from
 * word lists with a seeded PRNG, so every run writes the same files.
 */
import { stringify } from 'yaml';
import { paths } from '../../src/content-api/paths';
import { CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, REGIONS, sectionWords, WEEKDAYS } from './sampleWords';

export const SAMPLE_BYLINE = 'Dateline sample desk';
export const SAMPLE_DATELINE_AGENCY = 'Sample Wire';

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

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/, '');
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key.toLowerCase()] ?? `{${key}}`;
    return key[0] === key[0]!.toUpperCase() ? value[0]!.toUpperCase() + value.slice(1) : value;
  });
}

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function writeStory(input: StoryInput): Story {
  const rng = createRandom(hashString(input.id));
  const words = sectionWords(input.section);
  const country = rng.pick(COUNTRIES);
  const city = rng.pick(CITIES);
  const slots: Record<string, string> = {
    country,
    country2: rng.pick(COUNTRIES.filter((c) => c !== country)),
    city,
    city2: rng.pick(CITIES.filter((c) => c !== city)),
    region: rng.pick(REGIONS),
    person: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    title: rng.pick(words.titles),
    weekday: WEEKDAYS[(new Date(input.publishedMs).getUTCDay() + 6) % 7]!,
    n: String(rng.int(2, 9)),
    m: String(rng.int(0, 4)),
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
    alt: `Illustration for a sample ${input.section} story`,
    caption: `A placeholder picture for a fictional story from ${slots.city}.`,
    credit: SAMPLE_BYLINE,
    width: 1200,
    height: 675,
  };
  const frontMatter = {
    id: input.id,
    slug,
    lang: input.lang,
    section: input.section,
    headline,
    dateline: `${slots.city!.toUpperCase()} (${SAMPLE_DATELINE_AGENCY})`,
    summary: capitalize(fill(leadTemplate, slots)),
    byline: SAMPLE_BYLINE,
    publishedAt,
    updatedAt,
    views: input.views,
    ...(input.editorsPick ? { editorsPick: input.editorsPick } : {}),
    tags,
    ...(input.related?.length ? { related: input.related } : {}),
    ...(hasImage ? { image } : {}),
    sample: true,
  };
  const body = storyBody(input, rng, words, slots);
  const markdown = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${body.join('\n\n')}\n`;
  return { id: input.id, slug, headline, section: input.section, markdown, path: paths.article({ ...input, slug, publishedAt }) };
}

function storyBody(input: StoryInput, rng: Random, words: ReturnType<typeof sectionWords>, slots: Record<string, string>): string[] {
  const sentences = [...words.sentences];
  const take = () => fill(sentences.splice(rng.int(0, sentences.length - 1), 1)[0] ?? 'No further details were given.', slots);
  const body = ['*This is a sample story generated for the Dateline demo; its people, places and events are fictional.*'];
  const paragraphs = rng.int(3, 5);
  for (let p = 0; p < paragraphs; p++) body.push(rng.next() < 0.5 ? take() : `${take()} ${take()}`);
  const { index } = input;
  if (index % 4 === 1) {
    body.splice(2, 0, `> ${fill(rng.pick(words.quotes), slots)}\n>\n> — ${slots.title} ${slots.person}`);
  }
  if (index % 3 === 2) body.push(`**Why it matters:** ${take()}`);
  if (index % 8 === 4) {
    body.splice(3, 0, `![A placeholder picture](/media/sample/${input.section}.svg "Sample picture from ${slots.city}|${SAMPLE_BYLINE}|1200x675")`);
  }
  if (index % 5 === 2) {
    const items = words.listItems.map((item) => `${index % 2 ? '1.' : '-'} ${item}`).join('\n');
    body.push('## Background', words.listIntro, items);
  }
  if (index % 10 === 7) body.push('### What comes next', take());
  if (input.linkTo) body.push(`Read more: [${input.linkTo.headline}](${input.linkTo.path})`);
  return body;
}
