/**
 * Shared by the feed tests: finding a Python with icalendar and
 * recurring_ical_events, running tests/feeds/expand_ics.py, and turning both
 * the expanded ICS and agenda.json into comparable keys.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./expand_ics.py', import.meta.url));

/** One instance as expand_ics.py reports it. */
export interface IcsInstance {
  uid: string;
  url: string | null;
  summary: string;
  status: string | null;
  start: string;
  end: string | null;
  recurrence_id: string | null;
}

let python: string | null | undefined;

/**
 * A Python 3 that can import icalendar and recurring_ical_events (Debian:
 * apt install python3-icalendar python3-recurring-ical-events), or null.
 * PYTHON overrides; /usr/bin/python3 comes before a pyenv shim on PATH.
 */
export function findPython(): string | null {
  if (python !== undefined) return python;
  const candidates = [process.env.PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => Boolean(p));
  python = null;
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['-c', 'import icalendar, recurring_ical_events, zoneinfo'], { stdio: 'ignore' });
    if (probe.status === 0) {
      python = candidate;
      break;
    }
  }
  return python;
}

/** Expands ICS files over [first, last] (local days in tz) with the independent parser. */
export function expandIcs(files: readonly string[], tz: string, first: string, last: string): Record<string, IcsInstance[]> {
  const py = findPython();
  if (py === null) throw new Error('No Python with icalendar and recurring_ical_events');
  const out = execFileSync(py, [SCRIPT, tz, first, last, ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out) as Record<string, IcsInstance[]>;
}

/**
 * The status an ICS instance expresses: STATUS:CANCELLED is geannuleerd;
 * otherwise the SUMMARY prefix the writer adds ("Vol: ", "Verplaatst: ").
 */
export function icsStatus(i: Pick<IcsInstance, 'status' | 'summary'>): string {
  if (i.status === 'CANCELLED') return 'geannuleerd';
  if (i.summary.startsWith('Vol: ')) return 'vol';
  if (i.summary.startsWith('Verplaatst: ')) return 'verplaatst';
  return 'gepland';
}

/** A start written comparably: whole days (and midnight) as YYYY-MM-DD, else ISO with offset. */
export function normalStart(start: string): string {
  return start.length === 10 || /T00:00:00[+-Z]/.test(start) ? start.slice(0, 10) : start;
}

/** The activity slug of an instance, from its URL (https://host/agenda/<slug>/). */
export function slugFromUrl(url: string | null): string {
  const match = /\/agenda\/([^/]+)\/$/.exec(url ?? '');
  return match?.[1] ?? `?${url}`;
}

/** Keys `activiteit | start | status` of expanded ICS instances, sorted. */
export function icsKeys(instances: readonly IcsInstance[]): string[] {
  return instances.map((i) => `${slugFromUrl(i.url)} | ${normalStart(i.start)} | ${icsStatus(i)}`).sort();
}

/** Keys `activiteit | start | status` of occurrences (agenda.json items or engine occurrences), sorted. */
export function occurrenceKeys(items: readonly { activiteit: string; start: string; status: string }[]): string[] {
  return items.map((o) => `${o.activiteit} | ${normalStart(o.start)} | ${o.status}`).sort();
}

/** Keys `activiteit | start | end` for items with a known end, sorted. */
export function endKeys(items: readonly { activiteit: string; start: string; eind: string | null }[]): string[] {
  return items.filter((o) => o.eind !== null).map((o) => `${o.activiteit} | ${normalStart(o.start)} | ${o.eind}`).sort();
}

/** The same for ICS instances whose end is a date-time (a superset: json leaves unknown ends null). */
export function icsEndKeys(instances: readonly IcsInstance[]): string[] {
  return instances
    .filter((i) => i.end !== null && i.end.length > 10)
    .map((i) => `${slugFromUrl(i.url)} | ${normalStart(i.start)} | ${i.end}`)
    .sort();
}
