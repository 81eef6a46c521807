/** Builds throwaway content dirs for the compiler's tests: real files in a temp dir, no mocks. */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

export const TEST_SITE_YAML = `name: Test Wire
tagline: Tests
defaultEdition: en
pageSize: 2
sidebarSize: 3
editions:
  - lang: en
    dir: ltr
    label: English
    locale: en-GB
    sections:
      - { slug: politics, title: Politics }
      - { slug: world, title: World }
      - { slug: empty, title: Empty }
`;

export function fields(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const day = String((Number(id) % 28) + 1).padStart(2, '0');
  return {
    id,
    slug: `story-${id}`,
    lang: 'en',
    section: 'politics',
    headline: `Story ${id}`,
    dateline: 'ORLAN (Test)',
    summary: `Lead of story ${id}.`,
    byline: 'Test desk',
    publishedAt: `2021-03-${day}T10:00:00Z`,
    updatedAt: `2021-03-${day}T11:00:00Z`,
    views: Number(id) * 10,
    tags: ['Tests'],
    ...overrides,
  };
}

export function articleText(front: Record<string, unknown>, body = 'A paragraph.'): string {
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${body}\n`;
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not in text`);
  return index + 1;
}

/** A content dir holding site.yaml and the given files (paths relative to articles/). */
export async function makeContent(files: Record<string, string>, siteYaml = TEST_SITE_YAML): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-content-'));
  await writeFile(path.join(dir, 'site.yaml'), siteYaml);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, 'articles', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return dir;
}

/** Articles 1..count, alternating politics and world. */
export function corpus(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const id = String(i);
    files[`en/${id}.md`] = articleText(fields(id, { section: i % 2 ? 'politics' : 'world' }));
  }
  return files;
}

/** Every file below `dir` (relative path -> text), sorted, for comparing whole outputs. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const files = await Promise.all(
    names.map(async (d) => {
      const full = path.join(d.parentPath, d.name);
      return [path.relative(dir, full), await readFile(full, 'utf8')] as const;
    }),
  );
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : 1)));
}
