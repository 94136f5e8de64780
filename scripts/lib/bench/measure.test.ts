import { describe, expect, test } from 'vitest';
import { childCpuTicks, parseStat, runMeasured } from './measure.ts';

// A /proc/<pid>/stat line whose command name holds a space and a parenthesis.
const STAT = '4242 (node (x) y) S 4200 4242 4200 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 11 0 1000 500000000 2560 18446744073709551615';

describe('process tree measurement', () => {
  test('reads parent, RSS and CPU from a stat line with a tricky command name', () => {
    expect(parseStat(STAT)).toEqual({ ppid: 4200, rss: 2560 * 4096, cpuTicks: 300 });
    expect(childCpuTicks(STAT)).toEqual({ user: 7, sys: 3 });
  });

  test('measures a child that burns CPU, its memory and timestamped output lines', async () => {
    const script = `
      console.log('start');
      let x = 0; while (process.cpuUsage().user < 400_000) x++;
      const keep = Buffer.alloc(64 * 1024 * 1024, 1);
      setTimeout(() => { console.log('klaar ' + keep.length); }, 300);`;
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd(), marks: { start: /^start/, done: /^klaar/ } });
    expect(run.status).toBe(0);
    expect(run.wallMs).toBeGreaterThan(300);
    expect(run.cpuMs).toBeGreaterThanOrEqual(300);
    expect(run.peakTreeRss).toBeGreaterThan(64 * 1024 * 1024);
    expect(run.marks.done!).toBeGreaterThan(run.marks.start!);
  });

  test('a failing command reports its exit status', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'process.exit(3)'], { cwd: process.cwd() });
    expect(run.status).toBe(3);
  });
});
