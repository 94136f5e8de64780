/**
 * End-to-end checks of the feeds in the built sites of tests/sites.ts (the
 * demo in dist/ and the examples in .test-dist/, built by the global setup),
 * or of one build given by DIST_DIR (+ CONTENT_DIR).
 *
 * A site whose agenda.json is missing is skipped with a message, so this
 * file never fails just because nothing was built yet.
 *
 * - Every ICS feed, expanded by an independent parser (Python icalendar +
 *   recurring_ical_events) from today to three years ahead, gives exactly
 *   the (activiteit, start, status) set of /agenda.json (or its wijk, thema
 *   or activity subset): nothing missing, nothing extra beyond the horizon.
 * - The HTML month pages show every occurrence of /agenda.json.
 * - Feeds are well-formed (CRLF, 75-octet lines, XML) and deterministic;
 *   with FEEDS_REBUILD=1 a second build is compared byte for byte.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SITES } from '../sites.ts';
import { endKeys, expandIcs, findPython, icsEndKeys, icsKeys, occurrenceKeys, type IcsInstance } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TARGETS = process.env.DIST_DIR
  ? [{ name: 'DIST_DIR', outDir: process.env.DIST_DIR, contentDir: process.env.CONTENT_DIR ?? 'content' }]
  : SITES.map((s) => ({ name: s.name, outDir: s.outDir, contentDir: s.contentDir }));
const python = findPython();
// In CI the independent parser is installed by .ci/run; its absence there is a failure, not a skip.
if (python === null && process.env.CI) throw new Error('feeds.test: no Python 3 with icalendar + recurring_ical_events in CI (see .ci/run)');
if (python === null) console.warn('feeds.test: ICS expansion skipped, no Python 3 with icalendar + recurring_ical_events (apt install python3-icalendar python3-recurring-ical-events)');

interface JsonItem {
  id: string;
  activiteit: string;
  titel: string;
  start: string;
  eind: string | null;
  status: string;
  oorspronkelijke_start?: string;
  wijken: string[];
  themas: string[];
  url: string;
}

function plusYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

describe.each(TARGETS)('feeds of $name ($outDir)', (target) => {
  const DIST = resolve(ROOT, target.outDir);
  const CONTENT = resolve(ROOT, target.contentDir);
  const built = existsSync(join(DIST, 'agenda.json')) && existsSync(join(DIST, 'agenda.ics'));
  if (!built) console.warn(`feeds.test: ${target.name} skipped, ${join(DIST, 'agenda.json')} is missing. Build first: TODAY=2026-11-25 npm run build`);
  const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
  const list = (dir: string) => (existsSync(join(DIST, dir)) ? readdirSync(join(DIST, dir)) : []);
  let json: JsonItem[] = [];
  let today = '';
  let TZ = 'Europe/Amsterdam';
  const icsFiles: string[] = [];

  beforeAll(() => {
    if (!built) return;
    json = JSON.parse(read('agenda.json')) as JsonItem[];
    TZ = /X-WR-TIMEZONE:(.*)\r\n/.exec(read('agenda.ics'))?.[1] ?? TZ;
    const stamp = /DTSTAMP:(\d{8})T000000Z/.exec(read('agenda.ics'))?.[1];
    today = process.env.TODAY ?? (stamp ? `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}` : '');
    icsFiles.push('agenda.ics');
    for (const f of list('agenda')) if (f.endsWith('.ics')) icsFiles.push(`agenda/${f}`);
    for (const w of list('wijken')) if (existsSync(join(DIST, 'wijken', w, 'agenda.ics'))) icsFiles.push(`wijken/${w}/agenda.ics`);
    for (const t of list('themas')) if (existsSync(join(DIST, 'themas', t, 'agenda.ics'))) icsFiles.push(`themas/${t}/agenda.ics`);
  });

  describe.skipIf(!built)('agenda.json', () => {
    test('is an array of occurrences with the DESIGN §6 fields, sorted by start, with unique ids', () => {
      expect(Array.isArray(json)).toBe(true);
      expect(json.length).toBeGreaterThan(0);
      const ids = new Set<string>();
      for (const item of json) {
        const keys = Object.keys(item).filter((k) => k !== 'oorspronkelijke_start');
        expect(keys).toEqual(['id', 'activiteit', 'titel', 'start', 'eind', 'status', 'toelichting', 'locatie', 'online', 'wijken', 'themas', 'doelgroepen', 'kosten', 'url']);
        expect(['gepland', 'geannuleerd', 'verplaatst', 'vol']).toContain(item.status);
        expect(item.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        if (item.oorspronkelijke_start !== undefined) expect(item.status).toMatch(/verplaatst|geannuleerd/);
        expect(ids.has(item.id)).toBe(false);
        ids.add(item.id);
      }
      const starts = json.map((i) => Date.parse(i.start));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    test('starts no earlier than today (the build day)', () => {
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const item of json) expect(item.start.slice(0, 10) >= today || item.eind === null || item.eind.slice(0, 10) >= today).toBe(true);
    });
  });

  describe.skipIf(!built)('ICS files', () => {
    test('every activity has its own calendar', () => {
      const dir = join(CONTENT, 'activiteiten');
      if (!existsSync(dir)) return;
      const slugs = readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, ''));
      for (const slug of slugs) expect(icsFiles).toContain(`agenda/${slug}.ics`);
    });

    test('use CRLF, fold at 75 octets and carry the calendar headers and the VTIMEZONE', () => {
      for (const file of icsFiles) {
        const text = read(file);
        expect(text.replace(/\r\n/g, ''), file).not.toMatch(/[\r\n]/);
        for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
        const lines = text.replace(/\r\n /g, '').split('\r\n');
        for (const header of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-TIMEZONE:${TZ}`, 'REFRESH-INTERVAL;VALUE=DURATION:PT12H', `TZID:${TZ}`]) {
          expect(lines, `${file} lacks ${header}`).toContain(header);
        }
        expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
        expect(lines.some((l) => l.startsWith('NAME:'))).toBe(true);
        expect(lines.some((l) => l.startsWith('X-WR-CALNAME:'))).toBe(true);
      }
    });

    test('every DTSTAMP is the build day and every master UID is <slug>@host', () => {
      const host = new URL(json[0]!.url).host;
      const stampLine = `DTSTAMP:${today.replace(/-/g, '')}T000000Z`;
      const text = read('agenda.ics').replace(/\r\n /g, '');
      const blocks = text.split('BEGIN:VEVENT').slice(1);
      const masters = new Set<string>();
      for (const block of blocks) {
        expect(block).toContain(stampLine);
        const uid = /UID:(.*)\r\n/.exec(block)![1]!;
        expect(uid.endsWith(`@${host}`)).toBe(true);
        if (!block.includes('RECURRENCE-ID')) {
          expect(masters.has(uid), `duplicate UID ${uid}`).toBe(false);
          masters.add(uid);
        }
      }
    });
  });

  describe.skipIf(!built || python === null)('ICS expanded by an independent parser equals agenda.json', () => {
    let expanded: Record<string, IcsInstance[]> = {};
    beforeAll(() => {
      expanded = expandIcs(
        icsFiles.map((f) => join(DIST, f)),
        TZ,
        today,
        plusYears(today, 3),
      );
    }, 120_000);
    const instances = (file: string) => expanded[join(DIST, file)]!;

    test('/agenda.ics: the same (activiteit, start, status) set, and the same ends', () => {
      expect(icsKeys(instances('agenda.ics'))).toEqual(occurrenceKeys(json));
      expect(icsEndKeys(instances('agenda.ics'))).toEqual(expect.arrayContaining(endKeys(json)));
    });

    test('/agenda/<slug>.ics: exactly the occurrences of that activity', () => {
      for (const file of icsFiles.filter((f) => /^agenda\/[^/]+\.ics$/.test(f))) {
        const slug = file.slice('agenda/'.length, -'.ics'.length);
        expect(icsKeys(instances(file)), file).toEqual(occurrenceKeys(json.filter((i) => i.activiteit === slug)));
      }
    });

    test('/wijken/<slug>/agenda.ics and /themas/<slug>/agenda.ics: exactly the filtered set', () => {
      for (const file of icsFiles.filter((f) => /^(wijken|themas)\//.test(f))) {
        const [kind, slug] = file.split('/') as [string, string];
        const subset = json.filter((i) => (kind === 'wijken' ? i.wijken : i.themas).includes(slug));
        expect(icsKeys(instances(file)), file).toEqual(occurrenceKeys(subset));
      }
    });
  });

  /** The HTML of every page of a month: /agenda/<jjjj>/<mm>/, then …/2/, …/3/ until one is missing. */
  const monthPages = (month: string): string[] => {
    const base = join(DIST, 'agenda', month.slice(0, 4), month.slice(5, 7));
    const result: string[] = [];
    for (let n = 1; ; n++) {
      const path = n === 1 ? join(base, 'index.html') : join(base, String(n), 'index.html');
      if (!existsSync(path)) return result;
      result.push(readFileSync(path, 'utf8'));
    }
  };

  describe.skipIf(!built)('HTML', () => {
    test('every occurrence of agenda.json is on its month page with its <time datetime>', () => {
      const pages = new Map<string, string>();
      // A month's pages together: /agenda/2026/12/, /agenda/2026/12/2/, …
      const page = (month: string) => {
        if (!pages.has(month)) pages.set(month, monthPages(month).join('\n'));
        return pages.get(month)!;
      };
      if (page(today.slice(0, 7)) === '') return; // month pages not built (yet)
      const missing = json.filter((item) => {
        const date = item.start.slice(0, 10);
        const needles = [`datetime="${item.start}"`, `datetime="${date}"`];
        return ![date.slice(0, 7), today.slice(0, 7)].some((m) => needles.some((n) => page(m).includes(n)));
      });
      expect(missing.map((i) => i.id)).toEqual([]);
    });

    test('the month pages hold as many rows as agenda.json has occurrences in that month, at most 100 per page', () => {
      const months = [...new Set(json.map((i) => i.start.slice(0, 7)))].filter((m) => m >= today.slice(0, 7));
      expect(months.length).toBeGreaterThan(0);
      for (const month of months) {
        const perPage = monthPages(month).map((html) => html.split('class="ww-agenda__item ').length - 1);
        expect(perPage.length, month).toBeGreaterThan(0);
        // Every page but the last is full; the last is not empty.
        for (const [i, rows] of perPage.entries()) {
          if (i < perPage.length - 1) expect(rows, `${month} page ${i + 1}`).toBe(100);
          else expect(rows, `${month} last page`).toBeGreaterThan(0);
        }
        const sum = perPage.reduce((a, b) => a + b, 0);
        expect(sum, month).toBe(json.filter((i) => i.start.startsWith(month)).length);
      }
    });
  });

  describe.skipIf(!built)('RSS', () => {
    test.skipIf(python === null)('agenda.xml and nieuws.xml are well-formed XML', () => {
      for (const file of ['agenda.xml', 'nieuws.xml']) {
        execFileSync(python!, ['-c', 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])', join(DIST, file)]);
      }
    });

    test('agenda.xml has one item per occurrence of the coming four weeks, guid = occurrence id', () => {
      const xml = read('agenda.xml');
      const guids = [...xml.matchAll(/<guid isPermaLink="false">([^<]*)<\/guid>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      const last = new Date(Date.parse(`${today}T00:00:00Z`) + 27 * 86_400_000).toISOString().slice(0, 10);
      const expected = json.filter((i) => i.start.slice(0, 10) <= last).map((i) => i.id);
      expect(guids).toEqual(expected);
      expect(xml).toContain('<atom:link href=');
    });
  });

  // The demo site is rebuilt in every run; FEEDS_REBUILD=1 does it for the examples too.
  describe.skipIf(!built || (target.name !== 'demo' && process.env.FEEDS_REBUILD !== '1'))('determinism', () => {
    test('a second build on the same day writes byte-identical feeds', () => {
      const out = mkdtempSync(join(tmpdir(), 'ww-rebuild-'));
      try {
        // Through scripts/build.ts (the real pipeline), which also clears Astro's cache when the content folder changed.
        const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
          cwd: ROOT,
          env: { ...process.env, TODAY: today, CONTENT_DIR: target.contentDir, OUT_DIR: out },
          encoding: 'utf8',
        });
        expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
        for (const file of [...icsFiles, 'agenda.json', 'agenda.xml', 'nieuws.xml']) {
          expect(readFileSync(join(out, file)).equals(readFileSync(join(DIST, file))), file).toBe(true);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }, 300_000);
  });
});
