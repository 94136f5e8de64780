/** The machine, tool versions and git commit a bench result belongs to. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
}

export interface Versions {
  node: string;
  astro: string | undefined;
  pagefind: string | undefined;
  hugo: string | undefined;
}

export interface GitInfo {
  commit: string | undefined;
  /** Files changed or added in the working tree (the result may include uncommitted work). */
  changedFiles: number;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'onbekend',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
  };
}

/** 1, 5 and 15 minute load averages. */
export const loadAverage = (): [number, number, number] => loadavg().map((n) => Math.round(n * 100) / 100) as [number, number, number];

function packageVersion(root: string, name: string): string | undefined {
  const file = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
}

/** `hugo version` of a binary, or undefined when it cannot run. */
export function hugoVersion(bin: string): string | undefined {
  if (!existsSync(bin)) return undefined;
  const result = spawnSync(bin, ['version'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  return /v(\d+\.\d+\.\d+\S*)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}

export function versions(root: string, hugoBin: string): Versions {
  return { node: process.version, astro: packageVersion(root, 'astro'), pagefind: packageVersion(root, 'pagefind'), hugo: hugoVersion(hugoBin) };
}

export function gitInfo(root: string): GitInfo {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
  return {
    commit: head.status === 0 ? head.stdout.trim() : undefined,
    changedFiles: status.status === 0 ? status.stdout.split('\n').filter(Boolean).length : 0,
  };
}
