/**
 * Round trip: the site's own built `dist/agenda.ics`, imported with `npm run importeer` into a
 * content folder without activities, gives the same occurrences as the site's `dist/agenda.json`
 * (same start and end, same status). Needs a built demo site (`TODAY=2026-11-25 npm run build`,
 * or the test suite's global setup); skipped with a message when there is none.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseSource } from '../../src/lib/check/source.ts';
import { parseOptions } from '../../src/lib/check/zod-messages.ts';
import { horizonEnd } from '../../src/lib/import/content-index.ts';
import { expandOccurrences, type ScheduleSource } from '../../src/lib/recurrence.ts';
import { ActiviteitSchema } from '../../src/schemas/activiteit.ts';
import { copyContent, runScript } from './helpers.ts';

const ICS = 'dist/agenda.ics';
const JSON_FEED = 'dist/agenda.json';
const built = existsSync(ICS) && existsSync(JSON_FEED);
if (!built) console.warn(`roundtrip: overgeslagen, want ${ICS} of ${JSON_FEED} bestaat niet. Bouw eerst de demosite: TODAY=2026-11-25 npm run build`);

interface JsonItem {
  id: string;
  activiteit: string;
  start: string;
  eind: string | null;
  status: string;
}

/** "Today" of the build that wrote the feed: its DTSTAMP is that day at 00:00 UTC. */
function buildDay(ics: string): string {
  const stamp = /^DTSTAMP:(\d{4})(\d{2})(\d{2})T/m.exec(ics);
  if (!stamp) throw new Error('no DTSTAMP in dist/agenda.ics');
  return `${stamp[1]}-${stamp[2]}-${stamp[3]}`;
}

/** The activity an ICS UID stands for: `<slug>@host` or, for one VEVENT per date, `<slug>-<date>@host`. */
function slugOfUid(uid: string, slugs: ReadonlySet<string>): string {
  const local = uid.replace(/@[^@]+$/, '');
  if (slugs.has(local)) return local;
  const perDate = /^(.*)-\d{4}-\d{2}-\d{2}(?:-.*)?$/.exec(local)?.[1];
  if (perDate !== undefined && slugs.has(perDate)) return perDate;
  return local;
}

const key = (o: { activiteit: string; start: string; eind: string | null; status: string }) => `${o.activiteit} ${o.start} ${o.eind ?? '-'} ${o.status}`;

describe.skipIf(!built)('the site feed imported again', () => {
  let dir: string;
  let today: string;
  let result: ReturnType<typeof runScript>;

  beforeAll(() => {
    dir = copyContent('content', ['site.yaml', 'wijken', 'locaties', 'themas', 'doelgroepen', 'organisaties', 'initiatieven', 'projecten']);
    today = buildDay(readFileSync(ICS, 'utf8'));
    const firstWijk = readdirSync(join(dir, 'wijken')).sort()[0]!.replace(/\.yaml$/, '');
    result = runScript('importeer', [ICS, '--wijk', firstWijk], { CONTENT_DIR: dir, TODAY: today });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('imports every event without failures', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/\b0 niet gelukt/);
    // The feed also holds last month's history; an activity with only past dates is rightly skipped.
    const skipped = result.stdout.split('\n').filter((line, i, all) => line.startsWith('overgeslagen') && !/in het verleden/.test(all[i + 1] ?? ''));
    expect(skipped).toEqual([]);
  });

  test('the imported files pass the check', () => {
    const check = runScript('check', [], { CONTENT_DIR: dir, TODAY: today });
    expect(check.status, check.output).toBe(0);
  });

  test('gives exactly the occurrences of dist/agenda.json: start, end and status', () => {
    const feed = JSON.parse(readFileSync(JSON_FEED, 'utf8')) as JsonItem[];
    const slugs = new Set(feed.map((i) => i.activiteit));
    const site = parseSource(readFileSync(join(dir, 'site.yaml'), 'utf8'), false);
    const months = site.ok ? ((site.source.data as { horizon_maanden?: number }).horizon_maanden ?? 6) : 6;
    const to = horizonEnd(today, months);
    const ours: string[] = [];
    for (const name of readdirSync(join(dir, 'activiteiten'))) {
      const parsed = parseSource(readFileSync(join(dir, 'activiteiten', name), 'utf8'), true);
      if (!parsed.ok) throw new Error(name);
      const value = ActiviteitSchema.parse(parsed.source.data, parseOptions);
      const activiteit = slugOfUid(value.bron!.uid, slugs);
      const src: ScheduleSource = { ...(value as Omit<ScheduleSource, 'slug'>), slug: name.replace(/\.md$/, '') };
      for (const o of expandOccurrences(src, { from: today, to, tz: 'Europe/Amsterdam' }).occurrences) {
        ours.push(key({ activiteit, start: o.startIso, eind: o.eindIso ?? null, status: o.status }));
      }
    }
    const theirs = feed.map((i) => key(i));
    expect(theirs.length).toBeGreaterThan(100);
    const missing = theirs.filter((k) => !ours.includes(k));
    const extra = ours.filter((k) => !theirs.includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(ours.sort()).toEqual(theirs.sort());
  });
});
