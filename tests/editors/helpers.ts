/**
 * Shared by the editor tests: running `npm run nieuw` / `importeer` / `check` as an editor does
 * (a child process, no terminal), temporary content folders, the occurrences of imported files
 * through the site's own engine, and an independent reference expansion in Python.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseSource } from '../../src/lib/check/source.ts';
import { parseOptions } from '../../src/lib/check/zod-messages.ts';
import { expandOccurrences, type ScheduleSource } from '../../src/lib/recurrence.ts';
import { ActiviteitSchema } from '../../src/schemas/activiteit.ts';

export const TODAY = '2026-11-25';
export const HORIZON = '2027-05-25';
export const TZ = 'Europe/Amsterdam';

/** Runs a script of scripts/ with the test's Node and no terminal. */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    input: '',
    env: { ...process.env, TODAY, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/**
 * A temporary copy of a content folder, or of only some of its parts. In the system's temp folder,
 * or inside the project (`.test-dist/`, ignored by git) when it must be built: Astro only builds
 * content below the project root.
 */
export function copyContent(from = 'content', parts?: readonly string[], insideProject = false): string {
  if (insideProject) mkdirSync('.test-dist', { recursive: true });
  const dir = insideProject ? relative(process.cwd(), mkdtempSync(join('.test-dist', 'editors-'))) : mkdtempSync(join(tmpdir(), 'ww-editors-'));
  if (parts === undefined) cpSync(from, dir, { recursive: true });
  else for (const part of parts) cpSync(join(from, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'activiteiten'), { recursive: true });
  return dir;
}

/** One occurrence, compared across implementations. */
export interface Compared {
  uid: string;
  datum: string;
  start: string | null;
  einddatum: string;
  eind: string | null;
  geannuleerd: boolean;
}

export const byKey = (o: Compared) => `${o.uid}|${o.datum}|${o.start ?? ''}`;
export const sortCompared = (list: Compared[]) => [...list].sort((a, b) => (byKey(a) < byKey(b) ? -1 : byKey(a) > byKey(b) ? 1 : 0));

/** The occurrences of every activity in `dir` that has `bron.uid`, through the site's own engine. */
export function occurrencesOfImported(dir: string, from = TODAY, to = HORIZON): Compared[] {
  const out: Compared[] = [];
  for (const name of readdirSync(join(dir, 'activiteiten'))) {
    const parsed = parseSource(readFileSync(join(dir, 'activiteiten', name), 'utf8'), true);
    if (!parsed.ok) throw new Error(`${name} is unreadable`);
    const value = ActiviteitSchema.parse(parsed.source.data, parseOptions);
    if (value.bron === undefined) continue;
    const src: ScheduleSource = { ...(value as Omit<ScheduleSource, 'slug'>), slug: name.replace(/\.md$/, '') };
    for (const o of expandOccurrences(src, { from, to, tz: TZ }).occurrences) {
      out.push({
        uid: value.bron.uid,
        datum: o.datum,
        start: o.start ?? null,
        einddatum: o.einddatum ?? o.datum,
        eind: o.eind ?? null,
        geannuleerd: o.status === 'geannuleerd',
      });
    }
  }
  return sortCompared(out);
}

/** A Python 3 with icalendar and recurring_ical_events, or null (then the reference tests are skipped). */
export function findPython(): string | null {
  for (const candidate of [process.env.PYTHON, '/usr/bin/python3', 'python3']) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ['-c', 'import icalendar, recurring_ical_events, zoneinfo'], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return null;
}

/** The occurrences of an .ics file as the Python libraries expand it (independent of our reader). */
export function referenceOccurrences(python: string, ics: string, from = TODAY, to = HORIZON): Compared[] {
  const result = spawnSync(python, ['tests/editors/reference-occurrences.py', ics, from, to, TZ], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const list = JSON.parse(result.stdout) as Compared[];
  // An end equal to the start (no DTEND) is no end.
  return sortCompared(list.map((o) => ({ ...o, eind: o.eind === o.start ? null : o.eind, einddatum: o.einddatum ?? o.datum })));
}

/** All files of a folder with their text, to see whether a run changed anything. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, 'activiteiten')).sort()) out[name] = readFileSync(join(dir, 'activiteiten', name), 'utf8');
  return out;
}
