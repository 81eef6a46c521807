/**
 * npm run bench [-- --only bytes,tasks,lighthouse,nav,content,fullbuild] [--sizes 1000,10000,100000] [--corpus DIR]
 *
 * `fullbuild` (not in the default set: at 100,000 articles it takes minutes and
 * rewrites dist/) runs `npm run build` over each size's generated corpus, or
 * over --corpus DIR for one size.
 *
 * Prints figures; never fails because a machine is slow. Needs a production
 * build in dist/ (`npm run build`) for the browser figures.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { coldLoadBytes, heldTapNavigation, launch, prefetchedNavigation, type LoadBytes, type NavigationFigures } from './browser';
import { contentBuild, type BuildFigures } from './contentBuild';
import { fullBuild, type FullBuildFigures } from './fullBuild';
import { buildFloor } from './floor/buildFloor';
import { lighthouseMedian, type LighthouseFigures } from './lighthouse';
import { mainThreadTasks, type MainThreadFigures } from './mainThread';
import { PAGES, SEED_API_FILE, SEED_PATH, startServer, type PageKind } from './pages';
import { printReport } from './report';

const { values } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string' }, dist: { type: 'string' }, corpus: { type: 'string' } } });
const only = new Set((values.only ?? 'bytes,tasks,lighthouse,nav,content').split(','));
const sizes = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
const dist = path.resolve(values.dist ?? 'dist');

export interface Report {
  bytes?: Record<PageKind | 'floor', LoadBytes>;
  /** The same loads followed by the reader's first act, which starts the app. */
  bytesAfterAct?: Record<PageKind, LoadBytes>;
  lighthouse?: Partial<Record<PageKind, LighthouseFigures>>;
  tasks?: Partial<Record<PageKind, MainThreadFigures>>;
  tasksAfterAct?: Partial<Record<PageKind, MainThreadFigures>>;
  navigation?: NavigationFigures;
  /** Median ms from the first tap on a story, before the app has started, to its headline painted. */
  heldTapMs?: number;
  builds?: BuildFigures[];
  fullBuilds?: FullBuildFigures[];
}

async function browserFigures(report: Report): Promise<void> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.warn(`bench: no build in ${dist}; run \`npm run build\` first. Skipping browser figures.`);
    return;
  }
  const app = await startServer(dist, 4690);
  let floor: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const floorDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-floor-'));
    await buildFloor(floorDir, dist, SEED_API_FILE);
    floor = await startServer(floorDir, 4691);
    const browser = await launch();
    try {
      if (only.has('bytes')) {
        const bytes = {} as Record<PageKind | 'floor', LoadBytes>;
        const afterAct = {} as Record<PageKind, LoadBytes>;
        for (const page of PAGES) {
          bytes[page.kind] = await coldLoadBytes(browser, app.origin + page.path);
          afterAct[page.kind] = await coldLoadBytes(browser, app.origin + page.path, true);
        }
        bytes.floor = await coldLoadBytes(browser, floor.origin + SEED_PATH);
        report.bytes = bytes;
        report.bytesAfterAct = afterAct;
      }
      if (only.has('tasks')) {
        report.tasks = {};
        report.tasksAfterAct = {};
        for (const page of PAGES) {
          report.tasks[page.kind] = await mainThreadTasks(browser, app.origin + page.path, false);
          report.tasksAfterAct[page.kind] = await mainThreadTasks(browser, app.origin + page.path, true);
        }
      }
      if (only.has('nav')) {
        report.navigation = await prefetchedNavigation(browser, `${app.origin}/en/section/politics`, 20);
        report.heldTapMs = await heldTapNavigation(browser, `${app.origin}/en/section/politics`, 7);
      }
    } finally {
      await browser.close();
    }
    if (only.has('lighthouse')) {
      report.lighthouse = {};
      for (const page of PAGES) report.lighthouse[page.kind] = await lighthouseMedian(app.origin + page.path);
    }
  } finally {
    app.stop();
    floor?.stop();
  }
}

const report: Report = {};
if (['bytes', 'tasks', 'lighthouse', 'nav'].some((k) => only.has(k))) await browserFigures(report);
if (only.has('content')) {
  report.builds = [];
  for (const size of sizes) {
    console.error(`bench: content build of ${size} articles…`);
    report.builds.push(await contentBuild(size));
  }
}
if (only.has('fullbuild')) {
  report.fullBuilds = [];
  for (const size of sizes) {
    console.error(`bench: full build of ${size} articles…`);
    report.fullBuilds.push(await fullBuild(size, values.corpus));
  }
}
printReport(report);
