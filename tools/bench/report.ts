/** The benchmark's one table, as Markdown so it can be pasted into the README. */
import type { Bytes } from './browser';
import type { Report } from './cli';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

export function printReport(report: Report): void {
  const rows: string[][] = [];
  const { bytes, lighthouse } = report;
  if (bytes) {
    const floor = bytes.floor;
    const js = (b: Bytes) => `${kb(b.gzip)} / ${kb(b.brotli)} in ${b.files} files`;
    for (const kind of ['home', 'section', 'article'] as const) {
      const b = bytes[kind];
      rows.push([`JS, cold ${kind} (gzip / brotli)`, js(b.js), `${(b.js.gzip / floor.js.gzip).toFixed(2)} × floor; the reader has not acted`]);
      const acted = report.bytesAfterAct?.[kind];
      if (acted) rows.push([`  the same load, then the reader's first act (the app starts)`, js(acted.js), `${(acted.js.gzip / floor.js.gzip).toFixed(2)} × floor`]);
      rows.push([`CSS, cold ${kind} (gzip / brotli)`, `${kb(b.css.gzip)} / ${kb(b.css.brotli)} in ${b.css.files} files`, 'an inlined <style> counts as one file']);
    }
    rows.push(['JS, floor (gzip / brotli)', `${kb(floor.js.gzip)} / ${kb(floor.js.brotli)} in ${floor.js.files} files`, 'React + router + Query, one article']);
  }
  for (const [kind, f] of Object.entries(lighthouse ?? {})) {
    rows.push([`Lighthouse mobile, ${kind} (median of 3)`, `${f.performance}`, `FCP ${ms(f.fcpMs)}, LCP ${ms(f.lcpMs)}, TBT ${ms(f.tbtMs)}, CLS ${f.cls.toFixed(3)}`]);
  }
  const taskRows = (figures: Report['tasks'], when: string) => {
    for (const [kind, f] of Object.entries(figures ?? {})) {
      const tasks = f.longTasksMs.map((t) => t.toFixed(0)).join(', ') || 'none';
      rows.push([`Main thread after first paint, ${kind}, ${when}: TBT from thread CPU × 4 (median of 5)`, ms(f.tbtAt4xMs), `tasks over 12.5 ms of CPU: ${tasks} ms`]);
    }
  };
  taskRows(report.tasks, 'reader not acting');
  taskRows(report.tasksAfterAct, 'then the first act');
  if (report.navigation) {
    rows.push(['Section → article, prefetched, click to headline (median of 20)', ms(report.navigation.medianMs), '']);
    rows.push(['  the first of them, from a freshly loaded page', ms(report.navigation.firstMs), '']);
  }
  if (report.heldTapMs !== undefined) {
    rows.push(['First tap on a story before the app has started, to headline (median of 7)', ms(report.heldTapMs), 'held while the app starts, then replayed']);
  }
  for (const b of report.builds ?? []) {
    const n = b.articles.toLocaleString('en');
    rows.push([`Content build, ${n} articles`, `${b.fullS.toFixed(1)} s wall, peak ${Math.round(b.fullPeakMb)} MB`, `${b.fullCpuS.toFixed(1)} s CPU`]);
    rows.push([`Rebuild after one article changes, ${n}`, `${b.incrementalS.toFixed(1)} s wall, peak ${Math.round(b.incrementalPeakMb)} MB`, `${b.incrementalCpuS.toFixed(1)} s CPU, ${b.incrementalWritten} files rewritten`]);
    rows.push([`Largest section page / sidebar / any file, ${n}`, `${kb(b.largestSectionPage)} / ${kb(b.largestSidebar)} / ${kb(b.largestFile)}`, '']);
  }
  for (const f of report.fullBuilds ?? []) {
    const n = f.articles.toLocaleString('en');
    for (const s of [...f.steps, f.total]) {
      rows.push([`Full build, ${n} articles: ${s.step}`, `${s.seconds.toFixed(1)} s wall, peak ${Math.round(s.peakMb)} MB`, `${s.cpuSeconds.toFixed(1)} s CPU${s === f.total ? `, ${f.pages.toLocaleString('en')} pages, ${f.rendered.toLocaleString('en')} of them rendered, the rest head-only` : ''}`]);
    }
  }
  console.log('| figure | value | note |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
