/**
 * The ICS writer against an independent iCalendar implementation (Python's
 * icalendar + recurring_ical_events): for every schedule shape, expanding the
 * written feed over [today, horizonEnd] must give exactly the occurrences the
 * engine gives (start, status and end). Needs no build; skipped when that
 * Python is not installed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { activityEvents, serializeCalendar, serializeLines, type IcsActivity, type IcsContext } from '../../src/lib/ics.ts';
import { expandOccurrences } from '../../src/lib/recurrence.ts';
import { scheduleSource } from '../../src/lib/ics.ts';
import { endKeys, expandIcs, findPython, icsEndKeys, icsKeys, occurrenceKeys } from './helpers.ts';

const AMS = 'Europe/Amsterdam';
const python = findPython();
if (python === null) console.warn('ics-independent: skipped, no Python 3 with icalendar + recurring_ical_events (apt install python3-icalendar python3-recurring-ical-events)');

const places = {
  komin: { naam: 'De Komin', adres: 'Melkweg 1', postcode: '9733 AB', plaats: 'Groningen', coordinaten: { lat: 53.24, lon: 6.6 } },
  bieb: { naam: 'De Oude Bieb', adres: 'Kardingerplein 3', plaats: 'Groningen' },
};

function ctx(today: string, horizonEnd: string): IcsContext {
  return { siteUrl: 'https://wijk.example.nl', tz: AMS, today, horizonEnd, schoolvakantieRegio: 'noord', place: (s) => places[s as keyof typeof places], themaNaam: () => undefined };
}

const base = { titel: 'Test, één; twee', samenvatting: 'Samen\\koffie\ndrinken', locatie: 'komin', status: 'gepland', kosten: 'gratis' };
const h = (rule: Record<string, unknown>) => ({ feestdagen: 'overslaan', schoolvakanties: 'doorgaan', tijd: '10:00-12:00', vanaf: '2026-09-01', ...rule });

/** Every schedule shape the writer knows, named for what it shows. */
const CASES: Record<string, Record<string, unknown>> = {
  'week-over-zomertijd': { herhaling: h({ elke: 'week', dagen: ['zondag'], tijd: '10:00-11:00' }) },
  'week-twee-dagen': { herhaling: h({ elke: 'week', dagen: ['maandag', 'donderdag'], tijd: '19:30-21:00' }) },
  'twee-weken-fase': { herhaling: h({ elke: '2-weken', dagen: ['dinsdag', 'vrijdag'], vanaf: '2025-01-10' }) },
  'maand-tweede-vierde': { herhaling: h({ elke: 'maand', dagen: ['dinsdag'], week_van_de_maand: ['tweede', 'vierde'] }) },
  'maand-laatste-vrijdag': { herhaling: h({ elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: 'laatste' }) },
  'maand-vierde-en-laatste': { herhaling: h({ elke: 'maand', dagen: ['woensdag'], week_van_de_maand: ['vierde', 'laatste'] }) },
  'elke-dag-feestdagen': { herhaling: h({ elke: 'dag', tijd: '12:00-13:00', vanaf: '2026-12-20', tot_en_met: '2027-01-10' }) },
  'schoolvakanties-overslaan': { herhaling: h({ elke: 'week', dagen: ['woensdag'], schoolvakanties: 'overslaan', behalve: ['2027-03-03'], extra: ['2026-12-31', '2027-04-27'] }) },
  'hele-dagen-reeks': { herhaling: h({ elke: 'week', dagen: ['zaterdag'], tijd: undefined, extra: ['2026-12-24'] }), wijzigingen: [{ datum: '2026-12-12', status: 'geannuleerd' }] },
  'extra-voor-vanaf': { herhaling: h({ elke: 'week', dagen: ['dinsdag'], vanaf: '2027-01-05', extra: ['2026-12-20'] }) },
  'laatste-dag-avond-zomertijd': { herhaling: h({ elke: 'week', dagen: ['dinsdag', 'woensdag'], tijd: '21:30-22:30' }) },
  'alleen-begintijd': { herhaling: h({ elke: 'week', dagen: ['donderdag'], tijd: '19:00' }) },
  wijzigingen: {
    herhaling: h({ elke: 'week', dagen: ['dinsdag'] }),
    wijzigingen: [
      { datum: '2026-12-01', status: 'geannuleerd', toelichting: 'Zaal dicht' },
      { datum: '2026-12-08', status: 'vol' },
      { datum: '2027-01-05', tijd: '13:00-15:00' },
      { datum: '2027-01-12', nieuwe_datum: '2027-01-14', toelichting: 'Zaal bezet' },
      { datum: '2027-02-16', locatie: 'bieb' },
      { datum: '2027-03-23', nieuwe_datum: '2027-03-30' },
      { datum: '2027-05-25', nieuwe_datum: '2027-06-01' },
      { datum: '2027-06-08', nieuwe_datum: '2027-05-21' },
      { datum: '2026-10-06', nieuwe_datum: '2026-11-26' },
    ],
  },
  'verplaatst-in-het-verleden-naar-nu': { herhaling: h({ elke: 'week', dagen: ['maandag'], vanaf: '2026-01-05' }), wijzigingen: [{ datum: '2026-06-01', nieuwe_datum: '2026-12-03' }] },
  'hele-activiteit-geannuleerd': { herhaling: h({ elke: 'week', dagen: ['vrijdag'] }), status: 'geannuleerd', status_toelichting: 'Gestopt', wijzigingen: [{ datum: '2027-01-08', nieuwe_datum: '2027-01-09' }] },
  'hele-activiteit-vol': { herhaling: h({ elke: 'week', dagen: ['vrijdag'] }), status: 'vol', status_toelichting: 'Vol', wijzigingen: [{ datum: '2027-01-08', status: 'geannuleerd' }] },
  'tot-en-met': { herhaling: h({ elke: 'week', dagen: ['dinsdag'], tot_en_met: '2027-02-02', extra: ['2027-02-20'] }) },
  'een-datum': { datum: '2026-12-05', tijd: '10:00-12:00' },
  'meerdere-dagen': { datum: '2026-11-24', einddatum: '2026-11-26', tijd: '10:00-16:00' },
  'meerdere-hele-dagen': { datum: '2027-03-27', einddatum: '2027-03-29' },
  'meerdere-dagen-zonder-eindtijd': { datum: '2026-11-24', einddatum: '2026-11-26', tijd: '10:00' },
  'data-zelfde-tijd': { data: [{ datum: '2026-10-10', tijd: '14:00-16:00' }, { datum: '2026-12-12', tijd: '14:00-16:00' }, { datum: '2027-04-03', tijd: '14:00-16:00' }, { datum: '2027-09-01', tijd: '14:00-16:00' }], wijzigingen: [{ datum: '2026-12-12', status: 'geannuleerd' }] },
  'data-andere-tijden': { data: [{ datum: '2026-12-12', tijd: '14:00-16:00' }, { datum: '2026-12-12', tijd: '19:00-21:00' }, { datum: '2027-03-28', tijd: '10:00' }], wijzigingen: [{ datum: '2027-03-28', nieuwe_datum: '2027-04-04' }] },
  online: { locatie: undefined, online: 'https://meet.example.nl/x', datum: '2027-02-11', tijd: '19:30-20:30' },
};

const WINDOWS: [string, string][] = [
  ['2026-11-25', '2027-05-25'],
  ['2027-05-10', '2027-11-10'],
];

const dir = mkdtempSync(join(tmpdir(), 'ww-ics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(python === null).each(WINDOWS)('ICS built on %s, horizon %s', (today, horizonEnd) => {
  const context = ctx(today, horizonEnd);
  const files: Record<string, string> = {};
  for (const [slug, fields] of Object.entries(CASES)) {
    const a = { ...base, ...fields, slug } as unknown as IcsActivity;
    const file = join(dir, `${today}-${slug}.ics`);
    writeFileSync(file, serializeCalendar({ name: slug, tz: AMS, today, horizonEnd }, [serializeLines(activityEvents(a, context).lines)]));
    files[slug] = file;
  }
  const expanded = expandIcs(Object.values(files), AMS, today, horizonEnd);

  test.each(Object.keys(CASES))('%s expands to exactly the engine occurrences', (slug) => {
    const a = { ...base, ...CASES[slug], slug } as unknown as IcsActivity;
    const occurrences = expandOccurrences(scheduleSource(a), { from: today, to: horizonEnd, tz: AMS, schoolvakantieRegio: 'noord' }).occurrences;
    const items = occurrences.map((o) => ({ activiteit: slug, start: o.startIso, status: o.status, eind: o.eindIso ?? null }));
    const instances = expanded[files[slug]!]!;
    expect(icsKeys(instances)).toEqual(occurrenceKeys(items));
    expect(icsEndKeys(instances)).toEqual(expect.arrayContaining(endKeys(items)));
  });
});
