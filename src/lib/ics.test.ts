import { describe, expect, test } from 'vitest';
import type { Locatie } from '../schemas/locatie.ts';
import {
  activityEvents,
  buildRrule,
  dateProperty,
  dtstamp,
  escapeText,
  foldLine,
  historyStart,
  locationText,
  sequenceOf,
  serializeCalendar,
  serializeLines,
  vtimezoneLines,
  type IcsActivity,
  type IcsContext,
} from './ics.ts';

const AMS = 'Europe/Amsterdam';
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

const PLACES: Record<string, Locatie> = {
  komin: {
    naam: 'De Komin',
    adres: 'Melkweg 1',
    postcode: '9733 AB',
    plaats: 'Groningen',
    coordinaten: { lat: 53.2401, lon: 6.6012 },
  },
  bieb: { naam: 'De Oude Bieb', adres: 'Kardingerplein 3', plaats: 'Groningen' },
};

const CTX: IcsContext = {
  siteUrl: 'https://wijk.example.nl',
  tz: AMS,
  today: '2026-11-25',
  horizonEnd: '2027-05-25',
  schoolvakantieRegio: 'noord',
  place: (slug) => PLACES[slug],
  themaNaam: (slug) => ({ ontmoeting: 'Ontmoeting', eten: 'Eten, drinken' })[slug],
};

function activity(extra: Partial<IcsActivity>): IcsActivity {
  return {
    slug: 'koffie',
    titel: 'Koffieochtend',
    samenvatting: 'Koffie, thee; een praatje.',
    locatie: 'komin',
    status: 'gepland',
    kosten: 'gratis',
    themas: ['ontmoeting'],
    ...extra,
  } as IcsActivity;
}

function weekly(h: Record<string, unknown> = {}, extra: Partial<IcsActivity> = {}): IcsActivity {
  return activity({
    herhaling: { elke: 'week', dagen: ['dinsdag'], tijd: '10:00-12:00', vanaf: '2026-09-01', feestdagen: 'overslaan', schoolvakanties: 'doorgaan', ...h },
    ...extra,
  } as Partial<IcsActivity>);
}

/** VEVENT blocks as arrays of unfolded lines. */
function events(a: IcsActivity, ctx: IcsContext = CTX): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of activityEvents(a, ctx).lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      blocks.push(current!);
      current = undefined;
    } else current?.push(line);
  }
  return blocks;
}

const values = (block: string[], name: string) => block.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)).map((l) => l.slice(l.indexOf(':') + 1));
const value = (block: string[], name: string) => values(block, name)[0];

describe('escapeText', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['regel 1\nregel 2', 'regel 1\\nregel 2'],
    ['regel 1\r\nregel 2', 'regel 1\\nregel 2'],
    ['regel 1\rregel 2', 'regel 1\\nregel 2'],
    ['bel\u0007 en\u0000 nul', 'bel en nul'],
    ['tab\there', 'tab here'],
    ['café: 10:00', 'café: 10:00'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test('escapes the backslash before adding escapes of its own', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });
});

describe('foldLine', () => {
  test('leaves a line of exactly 75 octets alone', () => {
    const line = `DESCRIPTION:${'x'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  test('folds a long ASCII line into physical lines of at most 75 octets, each continuation starting with a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(octets(physical[0]!)).toBe(75);
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  test.each([
    ['two-octet characters', 'é'],
    ['three-octet characters', '€'],
    ['four-octet characters (surrogate pairs)', '🎉'],
  ])('never splits %s', (_name, char) => {
    for (let pad = 0; pad < 4; pad++) {
      const line = `SUMMARY:${'a'.repeat(pad)}${char.repeat(60)}`;
      const folded = foldLine(line);
      const physical = folded.split('\r\n');
      for (const p of physical) {
        expect(octets(p)).toBeLessThanOrEqual(75);
        expect(p).not.toMatch(/[\uD800-\uDFFF]/u); // no lone surrogate halves
        expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
      }
      expect(unfold(folded)).toBe(line);
    }
  });
});

describe('serializeLines', () => {
  test('ends every line with CRLF and uses no bare LF', () => {
    const text = serializeLines(['BEGIN:VCALENDAR', `X:${'y'.repeat(200)}`, 'END:VCALENDAR']);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('dateProperty', () => {
  test('writes a local time with TZID', () => {
    expect(dateProperty('DTSTART', { date: '2026-12-01', time: '10:00' }, AMS)).toBe('DTSTART;TZID=Europe/Amsterdam:20261201T100000');
  });
  test('writes a whole day as VALUE=DATE', () => {
    expect(dateProperty('EXDATE', { date: '2026-12-25' }, AMS)).toBe('EXDATE;VALUE=DATE:20261225');
  });
});

describe('dtstamp and historyStart', () => {
  test('DTSTAMP is the build day at midnight UTC, never the clock', () => {
    expect(dtstamp('2026-11-25')).toBe('20261125T000000Z');
  });
  test.each([
    ['2026-11-25', '2026-10-01'],
    ['2026-01-31', '2025-12-01'],
    ['2026-03-01', '2026-02-01'],
  ])('history of a feed built on %s starts on %s', (today, expected) => {
    expect(historyStart(today)).toBe(expected);
  });
});

describe('vtimezoneLines', () => {
  test('Europe/Amsterdam gets DAYLIGHT from the last Sunday of March 02:00 and STANDARD from the last Sunday of October 03:00', () => {
    expect(vtimezoneLines(AMS, 2026, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Amsterdam',
      'X-LIC-LOCATION:Europe/Amsterdam',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  test('Europe/London follows the same rule at its own local times', () => {
    const lines = vtimezoneLines('Europe/London', 2026, 2027);
    expect(lines).toContain('DTSTART:19700329T010000');
    expect(lines).toContain('DTSTART:19701025T020000');
    expect(lines).toContain('TZOFFSETTO:+0100');
  });

  test('a zone without daylight saving time gets one STANDARD', () => {
    const lines = vtimezoneLines('UTC', 2026, 2027);
    expect(lines.filter((l) => l === 'BEGIN:STANDARD')).toHaveLength(1);
    expect(lines).not.toContain('BEGIN:DAYLIGHT');
  });

  test('a zone on other rules lists its real transitions', () => {
    const lines = vtimezoneLines('America/New_York', 2026, 2026);
    expect(lines).toContain('DTSTART:20260308T020000'); // second Sunday of March
    expect(lines).toContain('DTSTART:20261101T020000'); // first Sunday of November
  });
});

describe('buildRrule', () => {
  const until = { date: '2027-05-25', time: '10:00' };
  test.each([
    ['every week', { elke: 'week', dagen: ['dinsdag'] }, 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525T215900Z'],
    ['several weekdays, in weekday order', { elke: 'week', dagen: ['donderdag', 'maandag'] }, 'FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270525T215900Z'],
    ['every two weeks', { elke: '2-weken', dagen: ['dinsdag'] }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO;UNTIL=20270525T215900Z'],
    ['monthly, one week', { elke: 'maand', dagen: ['dinsdag'], week_van_de_maand: 'tweede' }, 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270525T215900Z'],
    ['monthly, two weeks', { elke: 'maand', dagen: ['dinsdag'], week_van_de_maand: ['vierde', 'tweede'] }, 'FREQ=MONTHLY;BYDAY=2TU,4TU;UNTIL=20270525T215900Z'],
    ['monthly, the last one', { elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: 'laatste' }, 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270525T215900Z'],
    ['monthly, weeks and days', { elke: 'maand', dagen: ['woensdag', 'maandag'], week_van_de_maand: ['laatste', 'eerste'] }, 'FREQ=MONTHLY;BYDAY=1MO,1WE,-1MO,-1WE;UNTIL=20270525T215900Z'],
    ['monthly without a week: the first', { elke: 'maand', dagen: ['zaterdag'] }, 'FREQ=MONTHLY;BYDAY=1SA;UNTIL=20270525T215900Z'],
    ['every day', { elke: 'dag' }, 'FREQ=DAILY;UNTIL=20270525T215900Z'],
    ['a week without dagen: the weekday of vanaf', { elke: 'week' }, 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525T215900Z'],
  ])('%s', (_name, h, expected) => {
    expect(buildRrule({ vanaf: '2026-09-01', ...h } as Parameters<typeof buildRrule>[0], until, AMS)).toBe(expected);
  });

  test('UNTIL is the end of the last day in UTC, with the winter offset in winter', () => {
    expect(buildRrule({ elke: 'week', dagen: ['dinsdag'], vanaf: '2026-09-01' }, { date: '2027-01-05', time: '10:00' }, AMS)).toBe(
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270105T225900Z',
    );
  });

  test('UNTIL is the end of the last day in UTC, with the summer offset in summer', () => {
    expect(buildRrule({ elke: 'week', dagen: ['dinsdag'], vanaf: '2026-09-01' }, until, AMS)).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525T215900Z');
  });

  test('UNTIL is a DATE for whole-day series', () => {
    expect(buildRrule({ elke: 'week', dagen: ['zaterdag'], vanaf: '2026-09-05' }, { date: '2027-05-22' }, AMS)).toBe(
      'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270522',
    );
  });
});

describe('activityEvents: recurring activities', () => {
  test('a weekly activity is one master VEVENT with TZID times, RRULE to the horizon and EXDATE for skipped holidays', () => {
    const [master, ...rest] = events(weekly());
    expect(rest).toHaveLength(0);
    expect(value(master!, 'UID')).toBe('koffie@wijk.example.nl');
    // Starts at the first Tuesday of the history window (2026-10-01).
    expect(master).toContain('DTSTART;TZID=Europe/Amsterdam:20261006T100000');
    expect(master).toContain('DTEND;TZID=Europe/Amsterdam:20261006T120000');
    expect(master).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525T215900Z');
    // Koningsdag 2027 is a Tuesday.
    expect(values(master!, 'EXDATE')).toEqual(['20270427T100000']);
    expect(master).toContain('STATUS:CONFIRMED');
  });

  test('behalve and school holidays (overslaan) become EXDATEs; extra days become RDATEs', () => {
    const [master] = events(weekly({ behalve: ['2026-12-01'], schoolvakanties: 'overslaan', extra: ['2026-12-31'] }));
    const exdates = values(master!, 'EXDATE');
    expect(exdates).toContain('20261201T100000');
    expect(exdates).toContain('20261222T100000'); // kerstvakantie noord
    expect(exdates).toContain('20261229T100000');
    expect(exdates).toContain('20270427T100000');
    expect(values(master!, 'RDATE')).toEqual(['20261231T100000']);
  });

  test('an extra day on a skipped holiday is neither excluded nor added twice', () => {
    const [master] = events(weekly({ extra: ['2027-04-27'] }));
    expect(values(master!, 'EXDATE')).not.toContain('20270427T100000');
    expect(values(master!, 'RDATE')).toEqual([]);
  });

  test('with feestdagen: doorgaan nothing is excluded', () => {
    const [master] = events(weekly({ feestdagen: 'doorgaan' }));
    expect(values(master!, 'EXDATE')).toEqual([]);
  });

  test('tot_en_met before the horizon ends the RRULE there', () => {
    const [master] = events(weekly({ tot_en_met: '2027-01-31' }));
    expect(master).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270131T225900Z');
  });

  test('a series that began long ago starts at the history window, in the right fortnight', () => {
    const [master] = events(weekly({ elke: '2-weken', vanaf: '2025-01-07' }));
    // 2025-01-07 is in an "on" week; 2026-10-06 is 91 weeks later (odd), so 2026-10-13 is the first.
    expect(master).toContain('DTSTART;TZID=Europe/Amsterdam:20261013T100000');
    expect(master).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO;UNTIL=20270525T215900Z');
  });

  test('a cancelled date is an override with the same UID, RECURRENCE-ID, STATUS:CANCELLED and a prefixed SUMMARY', () => {
    const [master, override] = events(weekly({}, { wijzigingen: [{ datum: '2026-12-15', status: 'geannuleerd', toelichting: 'Zaal dicht' }] }));
    expect(value(override!, 'UID')).toBe(value(master!, 'UID'));
    expect(override).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20261215T100000');
    expect(override).toContain('DTSTART;TZID=Europe/Amsterdam:20261215T100000');
    expect(override).toContain('STATUS:CANCELLED');
    expect(value(override!, 'SUMMARY')).toBe('Gaat niet door: Koffieochtend');
    expect(value(override!, 'DESCRIPTION')).toContain('Zaal dicht');
  });

  test('a moved date keeps its RECURRENCE-ID and gets the new DTSTART', () => {
    const [, override] = events(weekly({}, { wijzigingen: [{ datum: '2027-01-12', nieuwe_datum: '2027-01-14', toelichting: 'Zaal bezet' }] }));
    expect(override).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20270112T100000');
    expect(override).toContain('DTSTART;TZID=Europe/Amsterdam:20270114T100000');
    expect(override).toContain('DTEND;TZID=Europe/Amsterdam:20270114T120000');
    expect(value(override!, 'SUMMARY')).toBe('Verplaatst: Koffieochtend');
    expect(value(override!, 'DESCRIPTION')).toContain('Eerst gepland op dinsdag 12 januari 2027.');
  });

  test('another time or place on one date is an override with that time and LOCATION', () => {
    const [, time, place] = events(
      weekly({}, { wijzigingen: [{ datum: '2027-01-05', tijd: '13:00-15:00' }, { datum: '2027-02-16', locatie: 'bieb' }] }),
    );
    expect(time).toContain('DTSTART;TZID=Europe/Amsterdam:20270105T130000');
    expect(time).toContain('DTEND;TZID=Europe/Amsterdam:20270105T150000');
    expect(value(time!, 'SUMMARY')).toBe('Koffieochtend');
    expect(place).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20270216T100000');
    expect(value(place!, 'LOCATION')).toBe('De Oude Bieb\\, Kardingerplein 3\\, Groningen');
    expect(values(place!, 'GEO')).toEqual([]);
  });

  test('a date moved beyond the horizon is excluded, so the feed has nothing the agenda lacks', () => {
    const [master, ...rest] = events(weekly({}, { wijzigingen: [{ datum: '2027-05-25', nieuwe_datum: '2027-06-01' }] }));
    expect(values(master!, 'EXDATE')).toContain('20270525T100000');
    expect(rest).toHaveLength(0);
  });

  test('a date moved from beyond the horizon into it is added with RDATE and moved by an override', () => {
    const [master, override] = events(weekly({}, { wijzigingen: [{ datum: '2027-06-01', nieuwe_datum: '2027-05-20' }] }));
    expect(values(master!, 'RDATE')).toEqual(['20270601T100000']);
    expect(override).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20270601T100000');
    expect(override).toContain('DTSTART;TZID=Europe/Amsterdam:20270520T100000');
  });

  test('a cancelled activity has STATUS:CANCELLED on the master', () => {
    const [master] = events(weekly({}, { status: 'geannuleerd', status_toelichting: 'De vrijwilligers stoppen.' }));
    expect(master).toContain('STATUS:CANCELLED');
    expect(value(master!, 'SUMMARY')).toBe('Gaat niet door: Koffieochtend');
    expect(value(master!, 'DESCRIPTION')).toContain('De vrijwilligers stoppen.');
  });

  test('a full activity says so in the SUMMARY and stays CONFIRMED', () => {
    const [master] = events(weekly({}, { status: 'vol', status_toelichting: 'Alle plekken zijn bezet.' }));
    expect(master).toContain('STATUS:CONFIRMED');
    expect(value(master!, 'SUMMARY')).toBe('Vol: Koffieochtend');
  });

  test('a whole-day series uses VALUE=DATE everywhere', () => {
    const [master, override] = events(
      weekly({ tijd: undefined, dagen: ['zaterdag'], extra: ['2026-12-24'] }, { wijzigingen: [{ datum: '2026-12-05', status: 'geannuleerd' }] }),
    );
    expect(master).toContain('DTSTART;VALUE=DATE:20261003');
    expect(master).toContain('DTEND;VALUE=DATE:20261004');
    expect(value(master!, 'RRULE')).toBe('FREQ=WEEKLY;BYDAY=SA;UNTIL=20270525');
    expect(master).toContain('RDATE;VALUE=DATE:20261224');
    expect(override).toContain('RECURRENCE-ID;VALUE=DATE:20261205');
  });

  test('monthly patterns', () => {
    expect(value(events(weekly({ elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: 'laatste' }))[0]!, 'RRULE')).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270525T215900Z',
    );
    const [master] = events(weekly({ elke: 'maand', week_van_de_maand: ['tweede', 'vierde'] }));
    expect(master).toContain('DTSTART;TZID=Europe/Amsterdam:20261013T100000');
    expect(value(master!, 'RRULE')).toBe('FREQ=MONTHLY;BYDAY=2TU,4TU;UNTIL=20270525T215900Z');
  });

  test('an extra day before the first pattern date is its own event, since RFC 5545 leaves instances before DTSTART undefined', () => {
    const blocks = events(weekly({ vanaf: '2027-01-05', extra: ['2026-12-20'] }));
    expect(blocks).toHaveLength(2);
    expect(value(blocks[0]!, 'UID')).toBe('koffie-2026-12-20@wijk.example.nl');
    expect(value(blocks[1]!, 'UID')).toBe('koffie@wijk.example.nl');
    expect(blocks[1]).toContain('DTSTART;TZID=Europe/Amsterdam:20270105T100000');
  });

  test('a series with no date in the window writes nothing', () => {
    expect(activityEvents(weekly({ vanaf: '2028-01-04' }), CTX)).toEqual({ shape: 'leeg', lines: [] });
    expect(activityEvents(weekly({ tot_en_met: '2026-06-30' }), CTX)).toEqual({ shape: 'leeg', lines: [] });
  });
});

describe('activityEvents: single dates and lists', () => {
  test('one date is one VEVENT with UID <slug>@host', () => {
    const blocks = events(activity({ datum: '2026-12-05', tijd: '10:00-12:00' }));
    expect(blocks).toHaveLength(1);
    expect(value(blocks[0]!, 'UID')).toBe('koffie@wijk.example.nl');
    expect(blocks[0]).toContain('DTSTART;TZID=Europe/Amsterdam:20261205T100000');
    expect(values(blocks[0]!, 'RRULE')).toEqual([]);
  });

  test('several days with times run from the first start to the last end', () => {
    const [block] = events(activity({ datum: '2027-05-22', einddatum: '2027-05-23', tijd: '12:00-18:00' }));
    expect(block).toContain('DTSTART;TZID=Europe/Amsterdam:20270522T120000');
    expect(block).toContain('DTEND;TZID=Europe/Amsterdam:20270523T180000');
  });

  test('several whole days end (exclusively) the day after einddatum', () => {
    const [block] = events(activity({ datum: '2026-12-30', einddatum: '2027-01-02' }));
    expect(block).toContain('DTSTART;VALUE=DATE:20261230');
    expect(block).toContain('DTEND;VALUE=DATE:20270103');
  });

  test('a start time without an end has no DTEND', () => {
    const [block] = events(activity({ datum: '2026-12-05', tijd: '19:30' }));
    expect(values(block!, 'DTEND')).toEqual([]);
  });

  test('a moved single date is written at its new date', () => {
    const [block] = events(activity({ datum: '2026-12-05', tijd: '10:00', wijzigingen: [{ datum: '2026-12-05', nieuwe_datum: '2026-12-12' }] }));
    expect(block).toContain('DTSTART;TZID=Europe/Amsterdam:20261212T100000');
    expect(value(block!, 'SUMMARY')).toBe('Verplaatst: Koffieochtend');
  });

  test('data at one shared time is one VEVENT with RDATE', () => {
    const [master, ...rest] = events(
      activity({ data: [{ datum: '2026-12-05', tijd: '10:00-12:00' }, { datum: '2027-01-09', tijd: '10:00-12:00' }, { datum: '2027-02-06', tijd: '10:00-12:00' }] }),
    );
    expect(rest).toHaveLength(0);
    expect(master).toContain('DTSTART;TZID=Europe/Amsterdam:20261205T100000');
    expect(values(master!, 'RDATE')).toEqual(['20270109T100000', '20270206T100000']);
    expect(values(master!, 'RRULE')).toEqual([]);
  });

  test('data at different times is one VEVENT per date with UID <slug>-<date>@host', () => {
    const blocks = events(activity({ data: [{ datum: '2026-12-05', tijd: '10:00-12:00' }, { datum: '2027-01-09', tijd: '14:00-16:00' }] }));
    expect(blocks.map((b) => value(b, 'UID'))).toEqual(['koffie-2026-12-05@wijk.example.nl', 'koffie-2027-01-09@wijk.example.nl']);
    expect(blocks[1]).toContain('DTSTART;TZID=Europe/Amsterdam:20270109T140000');
  });

  test('data beyond the horizon is left out', () => {
    const blocks = events(activity({ data: [{ datum: '2026-12-05', tijd: '10:00' }, { datum: '2027-09-01', tijd: '11:00' }] }));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.join('\n')).not.toContain('20270901');
  });
});

describe('activityEvents: stable and deterministic', () => {
  test('UIDs do not change when the time changes', () => {
    const uids = (a: IcsActivity) => events(a).map((b) => value(b, 'UID'));
    expect(uids(weekly({ tijd: '14:00-16:00' }))).toEqual(uids(weekly()));
    expect(uids(activity({ datum: '2026-12-05', tijd: '19:00' }))).toEqual(uids(activity({ datum: '2026-12-06' })));
  });

  test('the same input gives the same text, with DTSTAMP from today', () => {
    const a = weekly({}, { wijzigingen: [{ datum: '2026-12-15', status: 'geannuleerd' }] });
    expect(activityEvents(a, CTX)).toEqual(activityEvents(a, CTX));
    for (const block of events(a)) expect(value(block, 'DTSTAMP')).toBe('20261125T000000Z');
    for (const block of events(a, { ...CTX, today: '2026-12-01' })) expect(value(block, 'DTSTAMP')).toBe('20261201T000000Z');
  });

  test.each([
    [{}, 0],
    [{ wijzigingen: [{ datum: '2026-12-15', status: 'geannuleerd' }] }, 1],
    [{ status: 'vol', wijzigingen: [{ datum: '2026-12-15' }, { datum: '2026-12-22' }] }, 3],
    [{ status: 'afgelopen' }, 0],
  ])('SEQUENCE of %j is %i', (a, expected) => {
    expect(sequenceOf({ status: 'gepland', ...a } as IcsActivity)).toBe(expected);
  });

  test('SEQUENCE is written on every VEVENT of the activity', () => {
    const blocks = events(weekly({}, { wijzigingen: [{ datum: '2026-12-15', status: 'geannuleerd' }, { datum: '2027-01-05', tijd: '11:00' }] }));
    expect(blocks.map((b) => value(b, 'SEQUENCE'))).toEqual(['2', '2', '2']);
  });
});

describe('activityEvents: text', () => {
  test('LOCATION, GEO, URL, DESCRIPTION and CATEGORIES', () => {
    const [master] = events(weekly({}, { themas: ['ontmoeting', 'eten'], kosten: { bedrag: 2.5, toelichting: 'met koffie' } }));
    expect(value(master!, 'LOCATION')).toBe('De Komin\\, Melkweg 1\\, 9733 AB Groningen');
    expect(value(master!, 'GEO')).toBe('53.2401;6.6012');
    expect(value(master!, 'URL')).toBe('https://wijk.example.nl/agenda/koffie/');
    expect(value(master!, 'DESCRIPTION')).toBe(
      'Koffie\\, thee\\; een praatje.\\nKosten: € 2\\,50 (met koffie).\\nMeer informatie: https://wijk.example.nl/agenda/koffie/',
    );
    expect(value(master!, 'CATEGORIES')).toBe('Ontmoeting,Eten\\, drinken');
  });

  test('an online activity has its link as LOCATION and in the DESCRIPTION', () => {
    const [block] = events(activity({ locatie: undefined, online: 'https://meet.example.nl/wijk', datum: '2026-12-05', tijd: '19:30-20:30' }));
    expect(value(block!, 'LOCATION')).toBe('https://meet.example.nl/wijk');
    expect(value(block!, 'DESCRIPTION')).toContain('Online: https://meet.example.nl/wijk');
    expect(values(block!, 'GEO')).toEqual([]);
  });

  test('locationText leaves out a missing postcode', () => {
    expect(locationText(PLACES.bieb, undefined)).toBe('De Oude Bieb, Kardingerplein 3, Groningen');
  });
});

describe('serializeCalendar', () => {
  const text = serializeCalendar(
    { name: 'Agenda Wijk, Oost', description: 'Alles; ook dit', source: 'https://wijk.example.nl/agenda.ics', tz: AMS, today: '2026-11-25', horizonEnd: '2027-05-25' },
    [serializeLines(activityEvents(weekly(), CTX).lines)],
  );
  const lines = unfold(text).split('\r\n');

  test('has the calendar properties subscribers need', () => {
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wijkwijzer//Wijkwijzer agenda 1.0//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines).toContain('NAME:Agenda Wijk\\, Oost');
    expect(lines).toContain('X-WR-CALNAME:Agenda Wijk\\, Oost');
    expect(lines).toContain('X-WR-TIMEZONE:Europe/Amsterdam');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(lines).toContain('SOURCE;VALUE=URI:https://wijk.example.nl/agenda.ics');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  test('uses CRLF only and no physical line is longer than 75 octets', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  test('the VTIMEZONE comes before the events', () => {
    expect(text.indexOf('END:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });

  test('is the lines above, in order, with the VTIMEZONE of each zone and span of years (also when written before)', () => {
    const events = [serializeLines(activityEvents(weekly(), CTX).lines)];
    for (const [tz, today, horizonEnd] of [[AMS, '2026-11-25', '2027-05-25'], ['America/New_York', '2026-11-25', '2026-12-31'], [AMS, '2027-02-01', '2028-02-01']] as const) {
      const meta = { name: 'Koffie, thee', source: 'https://wijk.example.nl/agenda/koffie.ics', tz, today, horizonEnd };
      const expected =
        serializeLines([
          'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Wijkwijzer//Wijkwijzer agenda 1.0//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
          'NAME:Koffie\\, thee', 'X-WR-CALNAME:Koffie\\, thee', `X-WR-TIMEZONE:${tz}`, `SOURCE;VALUE=URI:${meta.source}`,
          'REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H',
          ...vtimezoneLines(tz, Number(historyStart(today).slice(0, 4)), Number(horizonEnd.slice(0, 4))),
        ]) + events.join('') + 'END:VCALENDAR\r\n';
      expect(serializeCalendar(meta, events)).toBe(expected);
      expect(serializeCalendar(meta, events)).toBe(expected);
    }
  });
});
