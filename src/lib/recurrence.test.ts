import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, weekday } from './dates.ts';
import {
  expandOccurrences,
  findUnmatchedWijzigingen,
  isEntirelyPast,
  lastOccurrenceDate,
  upcoming,
  type ExpandOptions,
  type Herhaling,
  type ScheduleSource,
  type Weekdag,
} from './recurrence.ts';

const TZ = 'Europe/Amsterdam';

/** A weekly Tuesday coffee morning, 10:00–12:00, from 6 January 2026; override what a test needs. */
function koffieochtend(herhaling: Partial<Herhaling> = {}, rest: Partial<ScheduleSource> = {}): ScheduleSource {
  return {
    slug: 'koffieochtend',
    locatie: 'komin',
    herhaling: { elke: 'week', dagen: ['dinsdag'], tijd: '10:00-12:00', vanaf: '2026-01-06', ...herhaling },
    ...rest,
  };
}

function expand(src: ScheduleSource, from: string, to: string, extra: Partial<ExpandOptions> = {}) {
  return expandOccurrences(src, { from, to, tz: TZ, ...extra });
}

function datesOf(src: ScheduleSource, from: string, to: string, extra: Partial<ExpandOptions> = {}): string[] {
  return expand(src, from, to, extra).occurrences.map((o) => o.datum);
}

describe('expandOccurrences: weekly rules', () => {
  test('a weekly Tuesday gives every Tuesday in the window, with time, location and a stable id', () => {
    const { occurrences, skipped, unmatchedWijzigingen } = expand(koffieochtend(), '2026-12-01', '2026-12-31');
    expect(occurrences.map((o) => o.datum)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']);
    expect(occurrences[0]).toEqual({
      id: 'koffieochtend/2026-12-01',
      activiteit: 'koffieochtend',
      datum: '2026-12-01',
      start: '10:00',
      eind: '12:00',
      startIso: '2026-12-01T10:00:00+01:00',
      eindIso: '2026-12-01T12:00:00+01:00',
      status: 'gepland',
      locatie: 'komin',
      bron: 'regel',
    });
    expect(skipped).toEqual([]);
    expect(unmatchedWijzigingen).toEqual([]);
  });

  test('vanaf and tot_en_met bound the pattern inside the window', () => {
    const src = koffieochtend({ vanaf: '2026-12-08', tot_en_met: '2026-12-22' });
    expect(datesOf(src, '2026-11-01', '2027-01-31')).toEqual(['2026-12-08', '2026-12-15', '2026-12-22']);
  });

  test('several weekdays come out merged in date order', () => {
    const src = koffieochtend({ dagen: ['donderdag', 'maandag'] });
    expect(datesOf(src, '2026-12-01', '2026-12-10')).toEqual(['2026-12-03', '2026-12-07', '2026-12-10']);
  });

  test('a window before vanaf or after tot_en_met is empty', () => {
    expect(datesOf(koffieochtend({ vanaf: '2027-01-05' }), '2026-12-01', '2026-12-31')).toEqual([]);
    expect(datesOf(koffieochtend({ tot_en_met: '2026-06-30' }), '2026-12-01', '2026-12-31')).toEqual([]);
  });
});

describe('expandOccurrences: summer time never shifts the local time', () => {
  test.each<[string, Weekdag, string, string, string[]]>([
    ['a Tuesday across 28 March 2027', 'dinsdag', '2027-03-22', '2027-03-31', ['2027-03-23T10:00:00+01:00', '2027-03-30T10:00:00+02:00']],
    ['a Sunday across and on 28 March 2027', 'zondag', '2027-03-21', '2027-04-04', ['2027-03-21T10:00:00+01:00', '2027-03-28T10:00:00+02:00', '2027-04-04T10:00:00+02:00']],
    ['a Tuesday across 25 October 2026', 'dinsdag', '2026-10-19', '2026-10-28', ['2026-10-20T10:00:00+02:00', '2026-10-27T10:00:00+01:00']],
    ['a Sunday across and on 25 October 2026', 'zondag', '2026-10-18', '2026-10-25', ['2026-10-18T10:00:00+02:00', '2026-10-25T10:00:00+01:00']],
    ['a Tuesday across 31 October 2027', 'dinsdag', '2027-10-25', '2027-11-03', ['2027-10-26T10:00:00+02:00', '2027-11-02T10:00:00+01:00']],
    ['a Sunday across and on 31 October 2027', 'zondag', '2027-10-24', '2027-10-31', ['2027-10-24T10:00:00+02:00', '2027-10-31T10:00:00+01:00']],
  ])('%s stays at 10:00 local with the right offset', (_name, dag, from, to, expected) => {
    // feestdagen: doorgaan, because 28 March 2027 is also Easter Sunday.
    const src = koffieochtend({ dagen: [dag], feestdagen: 'doorgaan', vanaf: '2026-01-01' });
    const occurrences = expand(src, from, to).occurrences;
    expect(occurrences.map((o) => o.startIso)).toEqual(expected);
    expect(occurrences.every((o) => o.start === '10:00' && o.eind === '12:00')).toBe(true);
    expect(occurrences.map((o) => o.eindIso)).toEqual(expected.map((iso) => iso.replace('T10:00', 'T12:00')));
  });

  test('across the March switch the instants are one hour less than a week apart', () => {
    const [before, after] = expand(koffieochtend(), '2027-03-22', '2027-03-31').occurrences;
    expect(Date.parse(after!.startIso) - Date.parse(before!.startIso)).toBe(7 * 86_400_000 - 3_600_000);
  });
});

describe('expandOccurrences: public holidays', () => {
  test('Koningsdag 2027 (Tuesday 27 April) is skipped for a weekly Tuesday', () => {
    const { occurrences, skipped } = expand(koffieochtend(), '2027-04-20', '2027-05-04');
    expect(occurrences.map((o) => o.datum)).toEqual(['2027-04-20', '2027-05-04']);
    expect(skipped).toEqual([{ datum: '2027-04-27', reden: 'feestdag', naam: 'Koningsdag' }]);
  });

  test('with feestdagen: doorgaan Koningsdag 2027 is kept', () => {
    const { occurrences, skipped } = expand(koffieochtend({ feestdagen: 'doorgaan' }), '2027-04-20', '2027-05-04');
    expect(occurrences.map((o) => o.datum)).toEqual(['2027-04-20', '2027-04-27', '2027-05-04']);
    expect(skipped).toEqual([]);
  });

  test('Koningsdag 2025 falls on Saturday 26 April because the 27th is a Sunday', () => {
    const saturday = koffieochtend({ dagen: ['zaterdag'], vanaf: '2025-04-01' });
    const sunday = koffieochtend({ dagen: ['zondag'], vanaf: '2025-04-01' });
    expect(expand(saturday, '2025-04-19', '2025-05-03').skipped).toEqual([
      { datum: '2025-04-26', reden: 'feestdag', naam: 'Koningsdag' },
    ]);
    expect(datesOf(saturday, '2025-04-19', '2025-05-03')).toEqual(['2025-04-19', '2025-05-03']);
    // The 27th itself is an ordinary Sunday; the 20th is Easter.
    expect(datesOf(sunday, '2025-04-20', '2025-04-27')).toEqual(['2025-04-27']);
  });

  test('the last Friday of December 2026 is Christmas Day and is skipped', () => {
    const src = koffieochtend({ elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: 'laatste', vanaf: '2026-01-01' });
    const { occurrences, skipped } = expand(src, '2026-11-01', '2027-01-31');
    expect(occurrences.map((o) => o.datum)).toEqual(['2026-11-27', '2027-01-29']);
    expect(skipped).toEqual([{ datum: '2026-12-25', reden: 'feestdag', naam: 'Eerste Kerstdag' }]);
  });

  test('Easter Monday 2026 (6 April) and 2027 (29 March) are skipped for a weekly Monday', () => {
    const src = koffieochtend({ dagen: ['maandag'] });
    expect(expand(src, '2026-04-01', '2026-04-10').skipped).toEqual([{ datum: '2026-04-06', reden: 'feestdag', naam: 'Tweede Paasdag' }]);
    expect(expand(src, '2027-03-25', '2027-04-02').skipped).toEqual([{ datum: '2027-03-29', reden: 'feestdag', naam: 'Tweede Paasdag' }]);
  });
});

describe('expandOccurrences: every other week', () => {
  test('the phase counts from the week of vanaf', () => {
    const src = koffieochtend({ elke: '2-weken', dagen: ['woensdag'], vanaf: '2026-01-07' });
    expect(datesOf(src, '2026-01-01', '2026-02-10')).toEqual(['2026-01-07', '2026-01-21', '2026-02-04']);
    expect(datesOf(src, '2026-12-01', '2026-12-31')).toEqual(['2026-12-09', '2026-12-23']);
  });

  test('days of the first week that fall before vanaf are not included', () => {
    const src = koffieochtend({ elke: '2-weken', dagen: ['dinsdag', 'donderdag'], vanaf: '2026-01-08' });
    expect(datesOf(src, '2026-01-01', '2026-01-31')).toEqual(['2026-01-08', '2026-01-20', '2026-01-22']);
  });

  test('a window far from vanaf keeps the same phase', () => {
    const src = koffieochtend({ elke: '2-weken', dagen: ['dinsdag', 'donderdag'], vanaf: '2026-01-08' });
    const dates = datesOf(src, '2026-12-01', '2026-12-31');
    expect(dates).toEqual(['2026-12-08', '2026-12-10', '2026-12-22', '2026-12-24']);
    expect(dates.every((d) => Math.floor(daysBetween('2026-01-05', d) / 7) % 2 === 0)).toBe(true);
  });
});

describe('expandOccurrences: monthly rules', () => {
  test('the 2nd and 4th Tuesday of each month', () => {
    const src = koffieochtend({ elke: 'maand', week_van_de_maand: ['tweede', 'vierde'] });
    expect(datesOf(src, '2026-12-01', '2027-01-31')).toEqual(['2026-12-08', '2026-12-22', '2027-01-12', '2027-01-26']);
  });

  test('without week_van_de_maand a monthly rule takes the first weekday', () => {
    const src = koffieochtend({ elke: 'maand' });
    expect(datesOf(src, '2026-12-01', '2027-01-31')).toEqual(['2026-12-01', '2027-01-05']);
  });

  test.each([
    ['a month with four Fridays gives the last one once', '2027-02-01', '2027-02-28', ['2027-02-26']],
    ['a month with five Fridays gives the 4th and the 5th', '2026-10-01', '2026-10-31', ['2026-10-23', '2026-10-30']],
  ])('vierde and laatste vrijdag: %s', (_name, from, to, expected) => {
    const src = koffieochtend({ elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: ['vierde', 'laatste'] });
    expect(datesOf(src, from, to)).toEqual(expected);
  });

  test('a monthly rule respects vanaf inside its first month', () => {
    const src = koffieochtend({ elke: 'maand', week_van_de_maand: 'eerste', vanaf: '2026-12-02' });
    expect(datesOf(src, '2026-12-01', '2027-01-31')).toEqual(['2027-01-05']);
  });
});

describe('expandOccurrences: daily rules', () => {
  test('every day from vanaf to tot_en_met, without Nieuwjaarsdag', () => {
    const src = koffieochtend({ elke: 'dag', vanaf: '2027-01-01', tot_en_met: '2027-01-07' });
    const { occurrences, skipped } = expand(src, '2026-12-01', '2027-12-31');
    expect(occurrences.map((o) => o.datum)).toEqual(['2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07']);
    expect(skipped).toEqual([{ datum: '2027-01-01', reden: 'feestdag', naam: 'Nieuwjaarsdag' }]);
  });
});

describe('expandOccurrences: behalve and extra', () => {
  test('behalve removes a date and reports it', () => {
    const { occurrences, skipped } = expand(koffieochtend({ behalve: ['2026-12-29'] }), '2026-12-01', '2026-12-31');
    expect(occurrences.map((o) => o.datum)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']);
    expect(skipped).toEqual([{ datum: '2026-12-29', reden: 'behalve' }]);
  });

  test('extra adds a date at the rule time', () => {
    const occurrences = expand(koffieochtend({ extra: ['2026-12-31'] }), '2026-12-28', '2026-12-31').occurrences;
    expect(occurrences.map((o) => [o.datum, o.bron, o.startIso])).toEqual([
      ['2026-12-29', 'regel', '2026-12-29T10:00:00+01:00'],
      ['2026-12-31', 'extra', '2026-12-31T10:00:00+01:00'],
    ]);
  });

  test('an extra date is explicit: a holiday does not remove it', () => {
    const { occurrences, skipped } = expand(koffieochtend({ extra: ['2027-04-27'] }), '2027-04-26', '2027-04-28');
    expect(occurrences.map((o) => [o.datum, o.bron])).toEqual([['2027-04-27', 'extra']]);
    expect(skipped).toEqual([]);
  });

  test('an extra date outside vanaf…tot_en_met still counts', () => {
    const src = koffieochtend({ vanaf: '2027-01-05', tot_en_met: '2027-01-12', extra: ['2026-12-30'] });
    expect(datesOf(src, '2026-12-01', '2027-01-31')).toEqual(['2026-12-30', '2027-01-05', '2027-01-12']);
  });

  test('an extra date outside the window is left out', () => {
    expect(datesOf(koffieochtend({ extra: ['2027-02-10'] }), '2026-12-01', '2026-12-10')).toEqual(['2026-12-01', '2026-12-08']);
  });
});

describe('expandOccurrences: school holidays', () => {
  test('schoolvakanties: overslaan skips the herfstvakantie of region noord', () => {
    const src = koffieochtend({ schoolvakanties: 'overslaan' });
    const { occurrences, skipped } = expand(src, '2026-10-01', '2026-10-31', { schoolvakantieRegio: 'noord' });
    expect(occurrences.map((o) => o.datum)).toEqual(['2026-10-06', '2026-10-20', '2026-10-27']);
    expect(skipped).toEqual([{ datum: '2026-10-13', reden: 'schoolvakantie', naam: 'Herfstvakantie' }]);
  });

  test('region midden has its herfstvakantie a week later', () => {
    const src = koffieochtend({ schoolvakanties: 'overslaan' });
    expect(datesOf(src, '2026-10-01', '2026-10-31', { schoolvakantieRegio: 'midden' })).toEqual(['2026-10-06', '2026-10-13', '2026-10-27']);
  });

  test('school holidays are kept by default and when no region is known', () => {
    const all = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27'];
    expect(datesOf(koffieochtend(), '2026-10-01', '2026-10-31', { schoolvakantieRegio: 'noord' })).toEqual(all);
    expect(datesOf(koffieochtend({ schoolvakanties: 'overslaan' }), '2026-10-01', '2026-10-31')).toEqual(all);
  });
});

describe('expandOccurrences: wijzigingen', () => {
  test('a cancelled date stays visible with status geannuleerd and the reason', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2026-12-22', status: 'geannuleerd', toelichting: 'Kerstvakantie' }] });
    const o = expand(src, '2026-12-01', '2026-12-31').occurrences.find((x) => x.datum === '2026-12-22');
    expect(o).toMatchObject({ status: 'geannuleerd', toelichting: 'Kerstvakantie', id: 'koffieochtend/2026-12-22' });
    expect(expand(src, '2026-12-01', '2026-12-31').occurrences.filter((x) => x.status !== 'gepland')).toHaveLength(1);
  });

  test('a full date gets status vol', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2026-12-08', status: 'vol' }] });
    expect(expand(src, '2026-12-08', '2026-12-08').occurrences[0]?.status).toBe('vol');
  });

  test('a moved date appears once, at the new date, with the original remembered', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2027-01-12', nieuwe_datum: '2027-01-14', toelichting: 'Zaal bezet' }] });
    const occurrences = expand(src, '2027-01-01', '2027-01-31').occurrences;
    expect(occurrences.map((o) => o.datum)).toEqual(['2027-01-05', '2027-01-14', '2027-01-19', '2027-01-26']);
    expect(occurrences[1]).toEqual({
      id: 'koffieochtend/2027-01-12',
      activiteit: 'koffieochtend',
      datum: '2027-01-14',
      start: '10:00',
      eind: '12:00',
      startIso: '2027-01-14T10:00:00+01:00',
      eindIso: '2027-01-14T12:00:00+01:00',
      status: 'verplaatst',
      toelichting: 'Zaal bezet',
      locatie: 'komin',
      oorspronkelijkeDatum: '2027-01-12',
      oorspronkelijkeStartIso: '2027-01-12T10:00:00+01:00',
      bron: 'regel',
    });
  });

  test('a date moved from outside the window into it is included', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2027-01-12', nieuwe_datum: '2027-01-14' }] });
    expect(datesOf(src, '2027-01-13', '2027-01-20')).toEqual(['2027-01-14', '2027-01-19']);
    const later = koffieochtend({}, { wijzigingen: [{ datum: '2027-02-02', nieuwe_datum: '2027-01-28' }] });
    expect(datesOf(later, '2027-01-01', '2027-01-31')).toEqual(['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26', '2027-01-28']);
  });

  test('a date moved out of the window is left out', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2027-01-12', nieuwe_datum: '2027-01-14' }] });
    expect(datesOf(src, '2027-01-01', '2027-01-13')).toEqual(['2027-01-05']);
  });

  test('a moved date can also get another time', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2027-01-12', nieuwe_datum: '2027-01-14', tijd: '14:00-16:00' }] });
    const o = expand(src, '2027-01-14', '2027-01-14').occurrences[0];
    expect([o?.startIso, o?.eindIso, o?.oorspronkelijkeStartIso]).toEqual([
      '2027-01-14T14:00:00+01:00',
      '2027-01-14T16:00:00+01:00',
      '2027-01-12T10:00:00+01:00',
    ]);
  });

  test('a time change applies to that date only', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2027-01-05', tijd: '13:00-15:00' }] });
    const [changed, normal] = expand(src, '2027-01-05', '2027-01-12').occurrences;
    expect(changed).toMatchObject({ start: '13:00', eind: '15:00', startIso: '2027-01-05T13:00:00+01:00', status: 'gepland' });
    expect(normal).toMatchObject({ start: '10:00', startIso: '2027-01-12T10:00:00+01:00' });
  });

  test('a location change applies to that date only', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2027-01-05', locatie: 'de-wiershoeck' }] });
    expect(expand(src, '2027-01-05', '2027-01-12').occurrences.map((o) => o.locatie)).toEqual(['de-wiershoeck', 'komin']);
  });

  test('a wijziging on a date the pattern does not produce is reported', () => {
    const src = koffieochtend({ tot_en_met: '2027-06-30', extra: ['2027-07-08'] }, {
      wijzigingen: [
        { datum: '2027-01-06', status: 'geannuleerd' }, // a Wednesday
        { datum: '2025-12-30', status: 'geannuleerd' }, // before vanaf
        { datum: '2027-04-27', status: 'geannuleerd' }, // Koningsdag: already skipped
        { datum: '2027-07-06', status: 'geannuleerd' }, // after tot_en_met
        { datum: '2027-06-01', status: 'geannuleerd' }, // fine, outside the window
        { datum: '2027-07-08', status: 'geannuleerd' }, // an extra date: fine
      ],
    });
    const expected = ['2025-12-30', '2027-01-06', '2027-04-27', '2027-07-06'];
    expect(expand(src, '2026-12-01', '2026-12-31').unmatchedWijzigingen).toEqual(expected);
    expect(findUnmatchedWijzigingen(src)).toEqual(expected);
  });

  test('an open-ended rule matches wijzigingen years ahead', () => {
    const src = koffieochtend({}, { wijzigingen: [{ datum: '2030-01-08', status: 'geannuleerd' }] });
    expect(findUnmatchedWijzigingen(src)).toEqual([]);
  });

  test('school-holiday skips count when checking wijzigingen', () => {
    const src = koffieochtend({ schoolvakanties: 'overslaan' }, { wijzigingen: [{ datum: '2026-10-13', status: 'vol' }] });
    expect(findUnmatchedWijzigingen(src, { schoolvakantieRegio: 'noord' })).toEqual(['2026-10-13']);
    expect(findUnmatchedWijzigingen(src, { schoolvakantieRegio: 'midden' })).toEqual([]);
  });

  test('the generator and the date check agree on every day of a year', () => {
    const rules: Partial<Herhaling>[] = [
      {},
      { elke: '2-weken', dagen: ['maandag', 'zaterdag'], vanaf: '2026-03-04' },
      { elke: 'maand', dagen: ['woensdag', 'zondag'], week_van_de_maand: ['eerste', 'derde', 'laatste'] },
      { elke: 'dag', vanaf: '2026-06-01', tot_en_met: '2027-02-10', behalve: ['2026-12-24'], schoolvakanties: 'overslaan' },
    ];
    for (const rule of rules) {
      const days = Array.from({ length: 365 }, (_, i) => addDays('2026-05-01', i));
      const src = koffieochtend(rule, { wijzigingen: days.map((datum) => ({ datum })) });
      const { occurrences, unmatchedWijzigingen } = expand(src, days[0]!, days[days.length - 1]!, { schoolvakantieRegio: 'zuid' });
      const produced = new Set(occurrences.map((o) => o.datum));
      expect(occurrences.length).toBeGreaterThan(10);
      expect(days.filter((d) => !produced.has(d))).toEqual(unmatchedWijzigingen);
    }
  });
});

describe('expandOccurrences: whole-activity status', () => {
  test('a cancelled activity cancels every occurrence with its reason', () => {
    const src = koffieochtend({}, { status: 'geannuleerd', status_toelichting: 'De vrijwilliger is gestopt' });
    const occurrences = expand(src, '2026-12-01', '2026-12-31').occurrences;
    expect(occurrences).toHaveLength(5);
    expect(occurrences.every((o) => o.status === 'geannuleerd' && o.toelichting === 'De vrijwilliger is gestopt')).toBe(true);
  });

  test('a full activity is vol, but a cancelled date stays geannuleerd', () => {
    const src = koffieochtend({}, {
      status: 'vol',
      status_toelichting: 'Alle plekken zijn bezet',
      wijzigingen: [{ datum: '2026-12-08', status: 'geannuleerd', toelichting: 'Zaal dicht' }],
    });
    expect(expand(src, '2026-12-01', '2026-12-08').occurrences.map((o) => [o.status, o.toelichting])).toEqual([
      ['vol', 'Alle plekken zijn bezet'],
      ['geannuleerd', 'Zaal dicht'],
    ]);
  });

  test('a moved activity marks every occurrence verplaatst', () => {
    const src = koffieochtend({}, { status: 'verplaatst', status_toelichting: 'Nu in de bibliotheek' });
    expect(new Set(expand(src, '2026-12-01', '2026-12-31').occurrences.map((o) => o.status))).toEqual(new Set(['verplaatst']));
  });

  test('afgelopen is treated as gepland', () => {
    const src = koffieochtend({}, { status: 'afgelopen', status_toelichting: 'Klaar' });
    const o = expand(src, '2026-12-01', '2026-12-01').occurrences[0];
    expect(o?.status).toBe('gepland');
    expect(o?.toelichting).toBeUndefined();
  });
});

describe('expandOccurrences: single dates and lists', () => {
  const kerstmarkt: ScheduleSource = { slug: 'kerstmarkt', datum: '2026-12-05', tijd: '14:00-16:00', locatie: 'plein' };

  test('a single date gives one occurrence inside the window and none outside', () => {
    expect(expand(kerstmarkt, '2026-12-01', '2026-12-31').occurrences).toEqual([
      {
        id: 'kerstmarkt/2026-12-05',
        activiteit: 'kerstmarkt',
        datum: '2026-12-05',
        start: '14:00',
        eind: '16:00',
        startIso: '2026-12-05T14:00:00+01:00',
        eindIso: '2026-12-05T16:00:00+01:00',
        status: 'gepland',
        locatie: 'plein',
        bron: 'datum',
      },
    ]);
    expect(expand(kerstmarkt, '2026-12-06', '2026-12-31').occurrences).toEqual([]);
  });

  test('a single date without time is a whole-day occurrence', () => {
    const o = expand({ slug: 'opschoondag', datum: '2027-03-20' }, '2027-03-01', '2027-03-31').occurrences[0];
    expect(o?.start).toBeUndefined();
    expect(o?.eindIso).toBeUndefined();
    expect(o?.startIso).toBe('2027-03-20T00:00:00+01:00');
  });

  test.each([
    ['starts before the window and ends on its first day', 1, '2027-06-13', '2027-06-30'],
    ['starts on the last day of the window', 1, '2027-06-01', '2027-06-12'],
    ['ends the day before the window', 0, '2027-06-14', '2027-06-30'],
    ['starts the day after the window', 0, '2027-06-01', '2027-06-11'],
  ])('a multi-day event that %s gives %i occurrence(s)', (_name, count, from, to) => {
    const festival: ScheduleSource = { slug: 'buurtfeest', datum: '2027-06-12', einddatum: '2027-06-13', tijd: '10:00-17:00' };
    const occurrences = expand(festival, from, to).occurrences;
    expect(occurrences).toHaveLength(count);
    if (count === 1) {
      expect(occurrences[0]).toMatchObject({
        datum: '2027-06-12',
        einddatum: '2027-06-13',
        startIso: '2027-06-12T10:00:00+02:00',
        eindIso: '2027-06-13T17:00:00+02:00',
      });
    }
  });

  test('a moved multi-day event keeps its length', () => {
    const festival: ScheduleSource = {
      slug: 'buurtfeest',
      datum: '2027-06-12',
      einddatum: '2027-06-13',
      wijzigingen: [{ datum: '2027-06-12', nieuwe_datum: '2027-06-19' }],
    };
    expect(expand(festival, '2027-06-01', '2027-06-30').occurrences.map((o) => [o.datum, o.einddatum, o.status])).toEqual([
      ['2027-06-19', '2027-06-20', 'verplaatst'],
    ]);
  });

  test('a list of dates gives one occurrence per date, each with its own time, sorted', () => {
    const src: ScheduleSource = {
      slug: 'repaircafe',
      data: [
        { datum: '2027-01-16', tijd: '13:00-16:00' },
        { datum: '2026-12-19', tijd: '10:00-12:00' },
        { datum: '2027-03-20' },
      ],
    };
    const occurrences = expand(src, '2026-12-01', '2027-02-28').occurrences;
    expect(occurrences.map((o) => [o.datum, o.start, o.bron])).toEqual([
      ['2026-12-19', '10:00', 'data'],
      ['2027-01-16', '13:00', 'data'],
    ]);
  });

  test('two list entries on one day get distinct ids', () => {
    const src: ScheduleSource = {
      slug: 'spreekuur',
      data: [
        { datum: '2026-12-19', tijd: '10:00-11:00' },
        { datum: '2026-12-19', tijd: '14:00-15:00' },
      ],
    };
    expect(expand(src, '2026-12-01', '2026-12-31').occurrences.map((o) => o.id)).toEqual([
      'spreekuur/2026-12-19',
      'spreekuur/2026-12-19/14:00',
    ]);
  });

  test('a wijziging must match a date of the list or the single date', () => {
    const list: ScheduleSource = { slug: 'x', data: [{ datum: '2026-12-19' }], wijzigingen: [{ datum: '2026-12-20', status: 'vol' }] };
    expect(findUnmatchedWijzigingen(list)).toEqual(['2026-12-20']);
    expect(findUnmatchedWijzigingen({ ...kerstmarkt, wijzigingen: [{ datum: '2026-12-05', status: 'vol' }] })).toEqual([]);
  });
});

// Speed is measured by `npm run bench`; this only checks a bulk expansion for correctness.
describe('expandOccurrences: in bulk', () => {
  test('10,000 weekly activities over six months give every expected occurrence', () => {
    const days: Weekdag[] = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
    const sources: ScheduleSource[] = Array.from({ length: 10_000 }, (_, i) => ({
      slug: `activiteit-${i}`,
      locatie: 'komin',
      herhaling: {
        elke: 'week',
        dagen: [days[i % 7]!],
        tijd: `${String(8 + (i % 12)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}-21:45`,
        vanaf: '2026-01-05',
        behalve: ['2027-01-05'],
      },
      wijzigingen: [{ datum: addDays('2026-12-07', i % 7), status: 'geannuleerd' }],
    }));
    let count = 0;
    let cancelled = 0;
    for (const src of sources) {
      const { occurrences } = expand(src, '2026-11-25', '2027-05-25');
      count += occurrences.length;
      cancelled += occurrences.filter((o) => o.status === 'geannuleerd').length;
    }
    expect(count).toBeGreaterThan(240_000);
    expect(cancelled).toBe(10_000);
  });
});

describe('upcoming', () => {
  const occurrences = expand(koffieochtend(), '2026-12-01', '2026-12-31').occurrences;

  test('returns the next n occurrences from today on, today included', () => {
    expect(upcoming(occurrences, '2026-12-15', 2).map((o) => o.datum)).toEqual(['2026-12-15', '2026-12-22']);
    expect(upcoming(occurrences, '2026-12-16', 10).map((o) => o.datum)).toEqual(['2026-12-22', '2026-12-29']);
    expect(upcoming(occurrences, '2027-01-01', 3)).toEqual([]);
  });

  test('a multi-day occurrence that is still running counts as upcoming', () => {
    const festival = expand({ slug: 'f', datum: '2027-06-12', einddatum: '2027-06-13' }, '2027-06-01', '2027-06-30').occurrences;
    expect(upcoming(festival, '2027-06-13', 1)).toHaveLength(1);
    expect(upcoming(festival, '2027-06-14', 1)).toHaveLength(0);
  });
});

describe('lastOccurrenceDate and isEntirelyPast', () => {
  test.each<[string, ScheduleSource, string | undefined]>([
    ['the last Tuesday up to tot_en_met', koffieochtend({ tot_en_met: '2027-06-30' }), '2027-06-29'],
    ['a later extra date', koffieochtend({ tot_en_met: '2027-06-30', extra: ['2027-07-06'] }), '2027-07-06'],
    [
      'the last date moved later',
      koffieochtend({ tot_en_met: '2027-06-30' }, { wijzigingen: [{ datum: '2027-06-29', nieuwe_datum: '2027-07-01' }] }),
      '2027-07-01',
    ],
    ['nothing for an open-ended rule', koffieochtend(), undefined],
    ['the end of a multi-day event', { slug: 'f', datum: '2027-06-12', einddatum: '2027-06-13' }, '2027-06-13'],
    ['the latest date of a list', { slug: 'r', data: [{ datum: '2027-01-16' }, { datum: '2026-12-19' }] }, '2027-01-16'],
  ])('gives %s', (_name, src, expected) => {
    expect(lastOccurrenceDate(src)).toBe(expected);
  });

  test.each<[string, boolean, ScheduleSource]>([
    ['a rule that ended last summer', true, koffieochtend({ tot_en_met: '2026-06-30' })],
    ['an open-ended rule', false, koffieochtend()],
    ['a rule that runs into next year', false, koffieochtend({ tot_en_met: '2027-06-30' })],
    ['a single date yesterday', true, { slug: 's', datum: '2026-11-24' }],
    ['a single date today', false, { slug: 's', datum: '2026-11-25' }],
  ])('on 2026-11-25, %s is entirely past: %s', (_name, expected, src) => {
    expect(isEntirelyPast(src, '2026-11-25')).toBe(expected);
  });
});

describe('test fixtures', () => {
  test('the named weekdays in these tests are right', () => {
    expect([weekday('2027-01-06'), weekday('2027-04-27'), weekday('2027-06-29'), weekday('2026-12-25')]).toEqual([3, 2, 2, 5]);
  });
});
