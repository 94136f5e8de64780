import { describe, expect, test } from 'vitest';
import { readIcs } from './ics.ts';
import { mapSchedule, patternFromRule, showSlot, type ScheduleMapping } from './schedule-map.ts';

const TZ = 'Europe/Amsterdam';
const TODAY = '2026-11-25';
const HORIZON = '2027-05-25';

/** One VEVENT (plus optional overrides) as an .ics text. */
function calendar(...vevents: string[][]): string {
  const body = vevents.flatMap((lines) => ['BEGIN:VEVENT', 'DTSTAMP:20261101T000000Z', ...lines, 'END:VEVENT']);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

function mapIcs(...vevents: string[][]): ScheduleMapping {
  const { events, problems } = readIcs(calendar(...vevents), TZ);
  expect(problems).toEqual([]);
  expect(events).toHaveLength(1);
  return mapSchedule(events[0]!, {
    tz: TZ,
    today: TODAY,
    horizonEnd: HORIZON,
    locatie: 'de-wiershoeck',
    matchLocatie: (text) => (/bieb/i.test(text) ? 'de-oude-bieb' : /wiershoeck/i.test(text) ? 'de-wiershoeck' : undefined),
  });
}

const series = (rrule: string, start = '20261201T100000', end = '20261201T120000', extra: string[] = []) => [
  'UID:reeks@test',
  'SUMMARY:Reeks',
  `DTSTART;TZID=Europe/Amsterdam:${start}`,
  `DTEND;TZID=Europe/Amsterdam:${end}`,
  `RRULE:${rrule}`,
  ...extra,
];

const DOORGAAN = { feestdagen: 'doorgaan', schoolvakanties: 'doorgaan' } as const;

describe('mapSchedule: rules that fit our herhaling exactly', () => {
  test.each<[string, string, string, Record<string, unknown>]>([
    ['weekly on Tuesday', 'FREQ=WEEKLY;BYDAY=TU', '20261201T100000', { elke: 'week', dagen: ['dinsdag'] }],
    ['weekly without BYDAY (day of DTSTART)', 'FREQ=WEEKLY', '20261201T100000', { elke: 'week', dagen: ['dinsdag'] }],
    ['every two weeks', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', '20261201T100000', { elke: '2-weken', dagen: ['dinsdag'] }],
    ['2nd and 4th Tuesday', 'FREQ=MONTHLY;BYDAY=2TU,4TU', '20261208T100000', { elke: 'maand', dagen: ['dinsdag'], week_van_de_maand: ['tweede', 'vierde'] }],
    ['last Friday', 'FREQ=MONTHLY;BYDAY=-1FR', '20261225T100000', { elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: 'laatste' }],
    ['2nd Tuesday via BYSETPOS', 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2', '20261208T100000', { elke: 'maand', dagen: ['dinsdag'], week_van_de_maand: 'tweede' }],
    ['every day', 'FREQ=DAILY', '20261201T100000', { elke: 'dag' }],
    ['weekdays as DAILY with BYDAY', 'FREQ=DAILY;BYDAY=MO,WE,FR', '20261202T100000', { elke: 'week', dagen: ['maandag', 'woensdag', 'vrijdag'] }],
  ])('%s', (_name, rrule, start, pattern) => {
    const result = mapIcs(series(rrule, start, `${start.slice(0, 9)}120000`));
    expect(result.vorm).toBe('herhaling');
    expect(result.fields.herhaling).toEqual({ ...pattern, tijd: '10:00-12:00', vanaf: `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}`, ...DOORGAAN });
    expect(result.notes).toEqual([]);
  });

  test('UNTIL becomes tot_en_met: the date of the last occurrence, also when UNTIL is that exact UTC moment', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T080000Z'));
    expect(result.fields.herhaling?.tot_en_met).toBe('2027-03-30');
  });

  test('UNTIL just before the last start leaves that day out', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T075959Z'));
    expect(result.fields.herhaling?.tot_en_met).toBe('2027-03-23');
  });

  test('COUNT becomes tot_en_met', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU;COUNT=3'));
    expect(result.fields.herhaling?.tot_en_met).toBe('2026-12-15');
  });

  test('EXDATE becomes behalve, RDATE becomes extra', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU', undefined, undefined, ['EXDATE;TZID=Europe/Amsterdam:20261222T100000,20261229T100000', 'RDATE;TZID=Europe/Amsterdam:20261224T100000']));
    expect(result.fields.herhaling).toMatchObject({ behalve: ['2026-12-22', '2026-12-29'], extra: ['2026-12-24'] });
    expect(result.fields.wijzigingen).toBeUndefined();
  });

  test('an EXDATE in UTC removes the local occurrence', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU', undefined, undefined, ['EXDATE:20261222T090000Z']));
    expect(result.fields.herhaling?.behalve).toEqual(['2026-12-22']);
  });

  test('an RDATE at another time is an extra date with its own time', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU', undefined, undefined, ['RDATE;TZID=Europe/Amsterdam:20261224T150000']));
    expect(result.fields.herhaling?.extra).toEqual(['2026-12-24']);
    expect(result.fields.wijzigingen).toEqual([{ datum: '2026-12-24', tijd: '15:00-17:00' }]);
  });

  test('a DTSTART that the rule itself does not produce is kept as an extra date', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU', '20261202T100000', '20261202T120000'));
    expect(result.vorm).toBe('herhaling');
    expect(result.fields.herhaling).toMatchObject({ dagen: ['dinsdag'], vanaf: '2026-12-02', extra: ['2026-12-02'] });
  });

  test('a weekly time stays the same local time across both DST switches', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=SU', '20261018T100000', '20261018T110000'));
    expect(result.vorm).toBe('herhaling');
    expect(result.fields.herhaling?.tijd).toBe('10:00-11:00');
  });

  test('holidays in the source stay: feestdagen doorgaan (Tweede Paasdag 2027 is a Monday)', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=MO', '20261130T100000', '20261130T110000'));
    expect(result.fields.herhaling).toMatchObject(DOORGAAN);
  });
});

describe('mapSchedule: overrides become wijzigingen', () => {
  const master = series('FREQ=WEEKLY;BYDAY=TU', undefined, undefined, ['LOCATION:De Wiershoeck', 'DESCRIPTION:Koffie drinken.']);
  const override = (lines: string[]) => [
    'UID:reeks@test',
    ...(lines.some((l) => l.startsWith('SUMMARY:')) ? [] : ['SUMMARY:Reeks']),
    'RECURRENCE-ID;TZID=Europe/Amsterdam:20270112T100000',
    ...lines,
  ];

  test('cancelled: status geannuleerd with the reason from the description', () => {
    const result = mapIcs(master, override(['DTSTART;TZID=Europe/Amsterdam:20270112T100000', 'DTEND;TZID=Europe/Amsterdam:20270112T120000', 'STATUS:CANCELLED', 'DESCRIPTION:Gaat niet door. De zaal is bezet.']));
    expect(result.fields.wijzigingen).toEqual([{ datum: '2027-01-12', status: 'geannuleerd', toelichting: 'De zaal is bezet.' }]);
  });

  test('moved to another day: nieuwe_datum', () => {
    const result = mapIcs(master, override(['DTSTART;TZID=Europe/Amsterdam:20270114T100000', 'DTEND;TZID=Europe/Amsterdam:20270114T120000']));
    expect(result.fields.wijzigingen).toEqual([{ datum: '2027-01-12', nieuwe_datum: '2027-01-14' }]);
  });

  test('another time on the same day: tijd', () => {
    const result = mapIcs(master, override(['DTSTART;TZID=Europe/Amsterdam:20270112T140000', 'DTEND;TZID=Europe/Amsterdam:20270112T160000']));
    expect(result.fields.wijzigingen).toEqual([{ datum: '2027-01-12', tijd: '14:00-16:00' }]);
  });

  test('another known place: locatie; an unknown place is reported', () => {
    const known = mapIcs(master, override(['DTSTART;TZID=Europe/Amsterdam:20270112T100000', 'DTEND;TZID=Europe/Amsterdam:20270112T120000', 'LOCATION:De Oude Bieb']));
    expect(known.fields.wijzigingen).toEqual([{ datum: '2027-01-12', locatie: 'de-oude-bieb' }]);
    const unknown = mapIcs(master, override(['DTSTART;TZID=Europe/Amsterdam:20270112T100000', 'DTEND;TZID=Europe/Amsterdam:20270112T120000', 'LOCATION:Bij de kiosk']));
    expect(unknown.fields.wijzigingen).toBeUndefined();
    expect(unknown.notes.join(' ')).toMatch(/op 2027-01-12 is de plek "Bij de kiosk"; die staat niet tussen de locaties/);
  });

  test('a changed title is reported, not taken over', () => {
    const result = mapIcs(master, override(['DTSTART;TZID=Europe/Amsterdam:20270112T100000', 'DTEND;TZID=Europe/Amsterdam:20270112T120000', 'SUMMARY:Reeks: speciale editie']));
    expect(result.notes.join(' ')).toMatch(/andere titel/);
  });
});

describe('mapSchedule: what has no exact herhaling becomes a list of days', () => {
  test.each([
    ['a fixed day of the month', 'FREQ=MONTHLY;BYMONTHDAY=15', '20261215T100000', /BYMONTHDAY/],
    ['every three weeks', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', '20261201T100000', /elke 3 weken/],
    ['every other month', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU', '20261201T100000', /elke 2 maanden/],
    ['the fifth Tuesday', 'FREQ=MONTHLY;BYDAY=5TU', '20261229T100000', /eerste tot en met vierde/],
    ['different weeks for different days', 'FREQ=MONTHLY;BYDAY=2TU,-1FR', '20261208T100000', /verschillende weken/],
    ['yearly', 'FREQ=YEARLY', '20261201T100000', /FREQ=YEARLY/],
    ['every other day', 'FREQ=DAILY;INTERVAL=2', '20261201T100000', /elke 2 dagen/],
  ])('%s', (_name, rrule, start, reason) => {
    const result = mapIcs(series(rrule, start, `${start.slice(0, 9)}120000`));
    expect(result.vorm).toBe('data');
    expect(result.fields.data!.length).toBeGreaterThan(0);
    expect(result.fields.data!.every((d) => d.datum >= TODAY && d.datum <= HORIZON && d.tijd === '10:00-12:00')).toBe(true);
    expect(result.notes.join(' ')).toMatch(reason);
    expect(result.notes.join(' ')).toMatch(/staan daarom als losse data/);
  });

  test('a series in another time zone whose DST differs from ours (New York) is a list of days', () => {
    const result = mapIcs([
      'UID:ny@test',
      'SUMMARY:Call met New York',
      'DTSTART;TZID=America/New_York:20261201T100000',
      'DTEND;TZID=America/New_York:20261201T110000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
    ]);
    expect(result.vorm).toBe('data');
    const times = new Set(result.fields.data!.map((d) => d.tijd));
    expect(times).toEqual(new Set(['16:00-17:00', '15:00-16:00'])); // 16:00 in winter; 15:00 in the March weeks when only the US has DST
    expect(result.notes.join(' ')).toMatch(/tijd verschilt per keer/);
  });

  test('only RDATEs (no rule): a list of days with their own times', () => {
    const result = mapIcs(['UID:losse@test', 'SUMMARY:Losse dagen', 'DTSTART;TZID=Europe/Amsterdam:20261205T100000', 'DTEND;TZID=Europe/Amsterdam:20261205T120000', 'RDATE;TZID=Europe/Amsterdam:20261212T140000,20261219T100000']);
    expect(result.vorm).toBe('data');
    expect(result.fields.data).toEqual([
      { datum: '2026-12-05', tijd: '10:00-12:00' },
      { datum: '2026-12-12', tijd: '14:00-16:00' },
      { datum: '2026-12-19', tijd: '10:00-12:00' },
    ]);
    expect(result.notes).toEqual([]);
  });
});

describe('mapSchedule: single events', () => {
  test.each<[string, string[], Record<string, unknown>]>([
    ['UTC time to local time', ['DTSTART:20261209T183000Z', 'DTEND:20261209T200000Z'], { datum: '2026-12-09', tijd: '19:30-21:00' }],
    ['UTC time in summer time', ['DTSTART:20270610T170000Z', 'DTEND:20270610T180000Z'], { datum: '2027-06-10', tijd: '19:00-20:00' }],
    ['floating time is the site time', ['DTSTART:20261209T193000', 'DTEND:20261209T210000'], { datum: '2026-12-09', tijd: '19:30-21:00' }],
    ['a Windows zone name', ['DTSTART;TZID=W. Europe Standard Time:20261209T193000', 'DTEND;TZID=W. Europe Standard Time:20261209T210000'], { datum: '2026-12-09', tijd: '19:30-21:00' }],
    ['London time', ['DTSTART;TZID=Europe/London:20261209T190000', 'DTEND;TZID=Europe/London:20261209T200000'], { datum: '2026-12-09', tijd: '20:00-21:00' }],
    ['an all-day event', ['DTSTART;VALUE=DATE:20270417', 'DTEND;VALUE=DATE:20270418'], { datum: '2027-04-17' }],
    ['a two-day event', ['DTSTART;VALUE=DATE:20270220', 'DTEND;VALUE=DATE:20270222'], { datum: '2027-02-20', einddatum: '2027-02-21' }],
    ['a timed weekend', ['DTSTART;TZID=Europe/Amsterdam:20270220T100000', 'DTEND;TZID=Europe/Amsterdam:20270221T160000'], { datum: '2027-02-20', einddatum: '2027-02-21', tijd: '10:00-16:00' }],
    ['DURATION instead of DTEND', ['DTSTART;TZID=Europe/Amsterdam:20261209T193000', 'DURATION:PT1H30M'], { datum: '2026-12-09', tijd: '19:30-21:00' }],
    ['no end at all', ['DTSTART;TZID=Europe/Amsterdam:20261209T193000'], { datum: '2026-12-09', tijd: '19:30' }],
  ])('%s', (_name, lines, fields) => {
    const result = mapIcs(['UID:een@test', 'SUMMARY:Eén keer', ...lines]);
    expect(result.vorm).toBe('datum');
    expect(result.fields).toEqual(fields);
  });

  test('an evening past midnight keeps only its start time, and says so', () => {
    const result = mapIcs(['UID:nacht@test', 'SUMMARY:Nachtwandeling', 'DTSTART;TZID=Europe/Amsterdam:20261212T220000', 'DTEND;TZID=Europe/Amsterdam:20261213T010000']);
    expect(result.fields).toEqual({ datum: '2026-12-12', tijd: '22:00' });
    expect(result.notes.join(' ')).toMatch(/na middernacht/);
  });

  test('a cancelled event gets status geannuleerd with a reason', () => {
    const result = mapIcs(['UID:af@test', 'SUMMARY:Gaat niet door: Kerstbal', 'STATUS:CANCELLED', 'DTSTART;TZID=Europe/Amsterdam:20261212T200000', 'DESCRIPTION:Gaat niet door.']);
    expect(result.fields).toMatchObject({ status: 'geannuleerd', status_toelichting: 'Deze activiteit gaat niet door.' });
  });

  test('an event in the past is skipped', () => {
    const result = mapIcs(['UID:oud@test', 'SUMMARY:Zomerfeest', 'DTSTART;TZID=Europe/Amsterdam:20260704T120000']);
    expect(result.skip).toMatch(/in het verleden/);
  });

  test('a series that ended is skipped', () => {
    const result = mapIcs(series('FREQ=WEEKLY;BYDAY=TU;COUNT=4', '20260901T100000', '20260901T120000'));
    expect(result.skip).toMatch(/alle datums liggen in het verleden/);
  });

  test('an unknown time zone without VTIMEZONE is read as Dutch time, with a note', () => {
    const result = mapIcs(['UID:raar@test', 'SUMMARY:Raar', 'DTSTART;TZID=Mars/Olympus:20261209T193000']);
    expect(result.fields).toEqual({ datum: '2026-12-09', tijd: '19:30' });
    expect(result.notes.join(' ')).toMatch(/tijdzone "Mars\/Olympus" is onbekend/);
  });

  test('a recurring series of several days at a time cannot be one activity', () => {
    const result = mapIcs(['UID:weekend@test', 'SUMMARY:Weekend', 'DTSTART;VALUE=DATE:20261205', 'DTEND;VALUE=DATE:20261207', 'RRULE:FREQ=MONTHLY;BYDAY=1SA']);
    expect(result.skip).toMatch(/meer dagen achter elkaar/);
  });
});

describe('patternFromRule', () => {
  const rule = (freq: string, extra: Partial<Parameters<typeof patternFromRule>[0]> = {}) => ({ freq, interval: 1, bounded: false, byday: [], bysetpos: [], wkst: 'MO', other: [], text: '', ...extra });
  test('MONTHLY with a plain BYDAY is every such weekday: elke week', () => {
    expect(patternFromRule(rule('MONTHLY', { byday: [{ day: 'TU' }] }), '2026-12-01')).toEqual({ elke: 'week', dagen: ['dinsdag'] });
  });
  test('BYSETPOS with two weekdays has no pattern', () => {
    expect(patternFromRule(rule('MONTHLY', { byday: [{ day: 'MO' }, { day: 'TU' }], bysetpos: [-1] }), '2026-12-01')).toHaveProperty('reason');
  });
});

describe('showSlot', () => {
  test('an end that equals the start is no end', () => {
    expect(showSlot({ start: { datum: '2026-12-01', tijd: '10:00' }, end: { datum: '2026-12-01', tijd: '10:00' } }, false)).toEqual({ datum: '2026-12-01', tijd: '10:00' });
  });
});
