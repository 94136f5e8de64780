/**
 * Runs one command of the benchmark and measures it as a whole process tree:
 * wall time, CPU time (user + sys of the command and every descendant it
 * waited for, read from /proc/self/stat cutime/cstime before and after) and
 * peak memory (the RSS of every process in the tree summed, sampled from /proc
 * every 100 ms). Lines on stdout that match a mark pattern get a timestamp, so
 * one run of `scripts/build.ts` also yields the time of each of its steps.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc (USER_HZ); 100 on every Linux we run on. */
const USER_HZ = 100;
const PAGE_SIZE = 4096;

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Named patterns; the first stdout line matching each gets a timestamp (ms since start). */
  marks?: Record<string, RegExp>;
  /** Sampling interval of the memory sampler in ms (default 100). */
  sampleMs?: number;
  /** Passed through to the terminal as well as captured. */
  echo?: boolean;
}

export interface RunResult {
  status: number | null;
  wallMs: number;
  /**
   * user + sys of the whole tree, in ms (10 ms resolution): the larger of what the kernel booked on
   * waited-for children and the sum of the last sampled CPU time of every process seen in the tree
   * (a helper that is killed but never waited for, like Pagefind's backend, only shows up in the second).
   */
  cpuMs: number;
  /** CPU booked on waited-for children (cutime + cstime). */
  waitedCpuMs: number;
  /** Sum of the last sampled CPU time of every process seen in the tree. */
  sampledCpuMs: number;
  userMs: number;
  sysMs: number;
  /** Highest sum of RSS over all processes of the tree at one sample, in bytes. */
  peakTreeRss: number;
  /** Highest RSS of one single process of the tree, in bytes. */
  peakProcessRss: number;
  samples: number;
  marks: Record<string, number>;
  /** CPU time of the tree (ms, sampled) at each mark, so steps can be compared by CPU as well as by wall time. */
  marksCpu: Record<string, number>;
  stdout: string;
  stderr: string;
}

/** user and sys time of waited-for children of this process, in clock ticks. */
export function childCpuTicks(statText = readFileSync('/proc/self/stat', 'utf8')): { user: number; sys: number } {
  // Fields after the command name (which may hold spaces and parentheses): state is field 3, cutime 16, cstime 17.
  const rest = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  return { user: Number(rest[13]), sys: Number(rest[14]) };
}

/** Parent pid, RSS (bytes) and own CPU time (user + sys, clock ticks) from the text of /proc/<pid>/stat. */
export function parseStat(statText: string): { ppid: number; rss: number; cpuTicks: number } {
  const rest = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(rest[1]), rss: Number(rest[21]) * PAGE_SIZE, cpuTicks: Number(rest[11]) + Number(rest[12]) };
}

/**
 * Sum of RSS over `root` and all its descendants, and the largest single RSS among them.
 * `cpuSeen` (pid → own CPU ticks) is updated for every process of the tree.
 */
export function treeRss(root: number, cpuSeen?: Map<number, number>): { total: number; largest: number } {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      parent.set(Number(name), stat.ppid);
      rss.set(Number(name), stat.rss);
      cpu.set(Number(name), stat.cpuTicks);
    } catch {
      // The process ended between readdir and read.
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parent) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const own = rss.get(pid) ?? 0;
    if (cpuSeen) cpuSeen.set(pid, Math.max(cpuSeen.get(pid) ?? 0, cpu.get(pid) ?? 0));
    total += own;
    largest = Math.max(largest, own);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/** Runs `command args` and measures it; never rejects (a failing command has status ≠ 0). */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const before = childCpuTicks();
  const started = performance.now();
  const marks: Record<string, number> = {};
  const marksCpu: Record<string, number> = {};
  const pending = new Map(Object.entries(options.marks ?? {}));
  let stdout = '';
  let stderr = '';
  let peakTreeRss = 0;
  let peakProcessRss = 0;
  let samples = 0;
  let lineBuffer = '';
  const cpuSeen = new Map<number, number>();

  return new Promise((done) => {
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampledCpu = () => ([...cpuSeen.values()].reduce((a, b) => a + b, 0) * 1000) / USER_HZ;
    const sample = () => {
      if (child.pid === undefined) return;
      const { total, largest } = treeRss(child.pid, cpuSeen);
      samples += 1;
      peakTreeRss = Math.max(peakTreeRss, total);
      peakProcessRss = Math.max(peakProcessRss, largest);
    };
    const timer = setInterval(sample, options.sampleMs ?? 100);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
      if (pending.size === 0) return;
      const now = performance.now() - started;
      lineBuffer += chunk;
      const lines = lineBuffer.split('\n');
      lineBuffer = lines.pop() ?? '';
      for (const line of lines) {
        for (const [name, pattern] of pending) {
          if (pattern.test(line)) {
            marks[name] = now;
            sample();
            marksCpu[name] = sampledCpu();
            pending.delete(name);
          }
        }
      }
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    const finish = (status: number | null) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const after = childCpuTicks();
      const userMs = ((after.user - before.user) * 1000) / USER_HZ;
      const sysMs = ((after.sys - before.sys) * 1000) / USER_HZ;
      const waitedCpuMs = userMs + sysMs;
      const sampledCpuMs = sampledCpu();
      const cpuMs = Math.max(waitedCpuMs, sampledCpuMs);
      done({ status, wallMs, cpuMs, waitedCpuMs, sampledCpuMs, userMs, sysMs, peakTreeRss, peakProcessRss, samples, marks, marksCpu, stdout, stderr });
    };
    child.on('error', (error) => {
      stderr += String(error);
      finish(null);
    });
    child.on('close', (code) => finish(code));
  });
}
