import { describe, expect, it } from 'vitest';
import { blockingAt4x, END_MARK, tasksAfterPaint } from './mainThread';

const main = { pid: 1, tid: 7 };
const task = (ts: number, dur: number, tdur: number, name = 'ThreadControllerImpl::RunTask', where = main) => ({ name, ph: 'X', ts, dur, tdur, ...where });
const mark = (name: string, ts: number) => ({ name, ph: 'R', ts, ...main });

describe('tasksAfterPaint', () => {
  it('takes the paint thread’s tasks from the paint to the end mark, by thread CPU, each wrapped task once', () => {
    const events = [
      task(0, 30_000, 30_000), // before the paint
      mark('firstContentfulPaint', 40_000),
      task(50_000, 80_000, 20_000, 'RunTask'), // the scheduler's task…
      task(50_000, 79_000, 19_900), // …and the thread controller's inside it
      task(200_000, 5_000, 4_000),
      task(210_000, 60_000, 60_000, 'RunTask', { pid: 1, tid: 9 }), // another thread
      mark(END_MARK, 300_000),
      task(400_000, 25_000, 25_000), // tracing's own flush
    ];
    expect(tasksAfterPaint(events)).toEqual([20, 4]);
  });

  it('finds nothing without a paint', () => {
    expect(tasksAfterPaint([task(0, 30_000, 30_000)])).toEqual([]);
  });
});

describe('blockingAt4x', () => {
  it('counts four times each task’s CPU past 50 ms, as Lighthouse’s slowed CPU would', () => {
    expect(blockingAt4x([20, 12.5, 4])).toBe(30);
  });
});
