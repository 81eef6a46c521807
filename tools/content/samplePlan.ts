/**
 * Which sample stories exist, when they were published, how often they were
 * read and which ones editors picked. Chosen so every list in the API is
 * full and the seed article ranks among the most visited in Politics.
 */
import { createRandom, hashString, writeStory, type Story, type StoryInput } from './sample';
import { voiceFor } from './sampleVoices';

export const SEED_ARTICLE = { id: '2484159', publishedMs: Date.UTC(2021, 3, 13, 10, 25), views: 48210 };
export const SAMPLES_PER_SECTION = 32;

const MINUTE = 60_000;

interface Plan extends Omit<StoryInput, 'id' | 'lang'> {
  id?: string;
}

export function planSamples(lang: string, sections: readonly string[]): Story[] {
  const voice = voiceFor(lang);
  const rng = createRandom(voice.planSeed);
  const plans: Plan[] = [];
  sections.forEach((section, s) => {
    const politics = section === 'politics';
    // The seed holds Politics' first pick; samples take the ranks after it.
    const pickBase = politics ? 2 : 1;
    for (let index = 0; index < SAMPLES_PER_SECTION; index++) {
      const pickRank = [2, 9, 20].indexOf(index);
      const above = politics && (index === 3 || index === 17);
      plans.push({
        section,
        index,
        publishedMs: SEED_ARTICLE.publishedMs + rng.int(-100 * 24 * 60, 20 * 24 * 60) * MINUTE,
        views: above ? rng.int(SEED_ARTICLE.views + 1, 70_000) : politics ? rng.int(800, 45_000) : rng.int(500, 90_000),
        editorsPick:
          pickRank >= 0 || index === 5
            ? { ...(pickRank >= 0 ? { section: pickBase + pickRank } : {}), ...(index === 5 ? { site: s + 2 } : {}) }
            : undefined,
      });
    }
  });
  assignWireIds(plans, rng, Number(SEED_ARTICLE.id) + voice.idOffset);

  const stories = new Map<string, Story>();
  const slugs = new Set<string>();
  const at = (section: string, index: number) => stories.get(`${section}/${index}`);
  // Section by section, oldest index first, so links and related ids point at stories already written.
  for (const plan of plans) {
    const { section, index } = plan;
    const linked = index % 6 === 3 ? at(section, index - 3) : undefined;
    const input: StoryInput = {
      ...plan,
      id: plan.id!,
      lang,
      related: index % 7 === 5 ? [at(section, index - 1)!.id, at(section, index - 4)!.id] : undefined,
      linkTo: linked && { headline: linked.headline, path: linked.path },
    };
    let story = writeStory(input, voice);
    if (slugs.has(story.slug)) story = writeStory({ ...input, slugSuffix: input.id }, voice);
    slugs.add(story.slug);
    stories.set(`${section}/${index}`, story);
  }
  return [...stories.values()];
}

/** Wire ids grow with time: stories before the seed's time count down from `seed`, later ones count up. */
function assignWireIds(plans: Plan[], rng: ReturnType<typeof createRandom>, seed: number): void {
  const byTime = [...plans].sort((a, b) => a.publishedMs - b.publishedMs || a.section.localeCompare(b.section) || a.index - b.index);
  let previous = seed;
  for (const plan of byTime.filter((p) => p.publishedMs < SEED_ARTICLE.publishedMs).reverse()) {
    previous -= rng.int(2, 30);
    plan.id = String(previous);
  }
  previous = seed;
  for (const plan of byTime.filter((p) => p.publishedMs >= SEED_ARTICLE.publishedMs)) {
    previous += rng.int(2, 30);
    plan.id = String(previous);
  }
}

/** A large corpus for benchmarks, one story at a time so memory stays flat. */
export function* planBenchmark(lang: string, sections: readonly string[], count: number): Generator<Story> {
  const n = sections.length;
  for (let i = 0; i < count; i++) {
    const id = String(1_000_000 + i);
    const index = Math.floor(i / n);
    yield writeStory({
      id,
      lang,
      section: sections[i % n]!,
      index,
      // Ten minutes apart, ending at the seed article's time.
      publishedMs: SEED_ARTICLE.publishedMs - (count - i) * 10 * MINUTE,
      views: hashString(id) % 100_000,
      editorsPick: index < 3 || i < 5 ? { ...(index < 3 ? { section: index + 1 } : {}), ...(i < 5 ? { site: i + 1 } : {}) } : undefined,
      related: index % 7 === 5 && index >= 4 ? [String(1_000_000 + i - n), String(1_000_000 + i - 4 * n)] : undefined,
      slugSuffix: id,
    });
  }
}
