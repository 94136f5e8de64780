import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startHeld } from './held-child.ts';

/** Collects what is written to process.stdout from now until `restore()` (vitest reports through other channels). */
function captureStdout() {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  return { text: () => text, restore: () => spy.mockRestore() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a process still runs (a zombie that nobody reaps has ended too). */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync('/proc')) return existsSync(stat) && !/\) Z /.test(readFileSync(stat, 'utf8'));
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startHeld', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('holds the output until release, then writes it in order and passes on the rest', async () => {
    const stdout = captureStdout();
    try {
      const child = startHeld(process.execPath, ['-e', "console.log('een'); console.log('twee'); setTimeout(() => console.log('drie'), 500);"], process.env);
      await sleep(250);
      expect(stdout.text()).toBe('');
      child.release();
      expect(await child.done).toBe(0);
    } finally {
      stdout.restore();
    }
    expect(stdout.text()).toBe('een\ntwee\ndrie\n');
  });

  test('reports the exit code of a command that fails, with its output still held', async () => {
    const stdout = captureStdout();
    try {
      const child = startHeld(process.execPath, ['-e', "console.log('kapot'); process.exit(3)"], process.env);
      expect(await child.done).toBe(3);
    } finally {
      stdout.restore();
    }
    expect(stdout.text()).toBe('');
  });

  test.skipIf(process.platform === 'win32')('stop ends the command and the processes it started, and drops its output', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-held-'));
    const pidFile = join(dir, 'pid');
    // The command starts a grandchild that would run for a minute, notes its pid and waits.
    const script = [
      "const { spawn } = require('node:child_process');",
      "const { writeFileSync } = require('node:fs');",
      "const grandchild = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });",
      `writeFileSync(${JSON.stringify(pidFile)}, String(grandchild.pid));`,
      "console.log('bezig'); setTimeout(() => {}, 60000);",
    ].join('\n');
    const stdout = captureStdout();
    try {
      const child = startHeld(process.execPath, ['-e', script], process.env);
      let grandchild = 0;
      for (let i = 0; i < 200 && !grandchild; i++) {
        await sleep(50);
        grandchild = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
      }
      expect(grandchild).toBeGreaterThan(0);
      expect(alive(grandchild)).toBe(true);
      await child.stop();
      for (let i = 0; i < 40 && alive(grandchild); i++) await sleep(50);
      expect(alive(grandchild)).toBe(false);
      child.release();
    } finally {
      stdout.restore();
    }
    expect(stdout.text()).toBe('');
  });
});
