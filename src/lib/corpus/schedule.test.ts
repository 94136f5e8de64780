import { describe, expect, test } from 'vitest';
import { addDays } from '../dates.ts';
import { expandOccurrences, findUnmatchedWijzigingen, isEntirelyPast } from '../recurrence.ts';
import { createRandom } from './random.ts';
import { addExceptions, dagdeel, makeSchedule, type LosVorm, type Ritme } from './schedule.ts';

const VANDAAG = '2026-11-25';
const HORIZON = '2027-05-24';
const TIJDEN = ['10:00-12:00', '19:30-21:00'];
const regio = 'noord' as const;

describe('makeSchedule', () => {
  test.each<[Ritme, LosVorm | undefined]>([
    ['week', undefined],
    ['2-weken', undefined],
    ['maand', undefined],
    ['los', 'datum'],
    ['los', 'meerdaags'],
    ['los', 'data'],
  ])('a %s schedule (%s) has dates ahead of today', (ritme, losVorm) => {
    for (let i = 0; i < 200; i++) {
      const r = createRandom(i, 'schedule');
      const { schedule } = makeSchedule(r, { ritme, ...(losVorm ? { losVorm } : {}), tijden: TIJDEN, vandaag: VANDAAG, horizonEinde: HORIZON });
      expect(isEntirelyPast({ slug: 'x', ...schedule }, VANDAAG, { schoolvakantieRegio: regio })).toBe(false);
      const h = schedule.herhaling;
      if (h?.tot_en_met) expect(h.tot_en_met > h.vanaf).toBe(true);
      if (ritme === 'maand') expect(h?.week_van_de_maand).toBeDefined();
    }
  });

  test('a verleden schedule lies entirely before today', () => {
    for (let i = 0; i < 200; i++) {
      const { schedule } = makeSchedule(createRandom(i, 'past'), { ritme: 'los', losVorm: 'verleden', tijden: TIJDEN, vandaag: VANDAAG, horizonEinde: HORIZON });
      expect(isEntirelyPast({ slug: 'x', ...schedule }, VANDAAG)).toBe(true);
    }
  });

  test('describes the schedule in words', () => {
    const made = makeSchedule(createRandom(1, 'woorden'), { ritme: 'week', tijden: ['10:00-12:00'], vandaag: VANDAAG, horizonEinde: HORIZON });
    expect(made.wanneer).toMatch(/^Elke (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)ochtend$/);
    expect(dagdeel('19:30')).toBe('avond');
  });
});

describe('addExceptions', () => {
  test('every wijziging points at a date the pattern produces, inside the agenda window', () => {
    for (let i = 0; i < 300; i++) {
      const r = createRandom(i, 'uitzondering');
      const ritme = r.pick(['week', '2-weken', 'maand'] as const);
      const { schedule } = makeSchedule(r, { ritme, lopend: true, kinderen: r.chance(0.5), tijden: TIJDEN, vandaag: VANDAAG, horizonEinde: HORIZON });
      const herhaling = schedule.herhaling!;
      const result = addExceptions(r, {
        slug: `a-${i}`,
        herhaling,
        vandaag: VANDAAG,
        horizonEinde: HORIZON,
        tz: 'Europe/Amsterdam',
        regio,
        andereLocaties: [{ slug: 'elders', naam: 'Elders' }],
        woord: 'koffieochtend',
      });
      expect(result.soorten.length).toBeGreaterThan(0);
      expect(result.notities).toHaveLength(result.soorten.length);
      const src = { slug: `a-${i}`, herhaling, wijzigingen: result.wijzigingen };
      expect(findUnmatchedWijzigingen(src, { schoolvakantieRegio: regio })).toEqual([]);
      for (const w of result.wijzigingen) {
        expect(w.datum >= VANDAAG && w.datum <= HORIZON).toBe(true);
        expect(w.status === 'geannuleerd' && w.nieuwe_datum !== undefined).toBe(false);
      }
      // Extra dates are days the pattern does not already have.
      const plain = expandOccurrences({ slug: 'p', herhaling: { ...herhaling, extra: undefined, behalve: undefined } }, { from: VANDAAG, to: addDays(HORIZON, 3), tz: 'UTC', schoolvakantieRegio: regio });
      for (const e of herhaling.extra ?? []) expect(plain.occurrences.some((o) => o.datum === e)).toBe(false);
    }
  });
});
