import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent, type CheckResult, type ContentFile, type ScheduleChecks } from '../check/check-content.ts';
import { findUnmatchedWijzigingen, isEntirelyPast, type ScheduleSource } from '../recurrence.ts';
import { createRandom } from './random.ts';
import { planMix } from './activiteiten.ts';
import { CORPUS_SIZES, DEFAULT_VANDAAG, generateCorpus, type Corpus } from './generate.ts';

const VANDAAG = DEFAULT_VANDAAG;

/** The content check as `npm run check` runs it, on files in memory. */
function check(corpus: Corpus): CheckResult {
  const files: ContentFile[] = corpus.files.map((f) => ({ path: `corpus/${f.path}`, relative: f.path, text: f.text }));
  const options = { schoolvakantieRegio: 'noord' as const };
  const schedule: ScheduleChecks = {
    unmatchedWijzigingen: (slug, value) => findUnmatchedWijzigingen({ ...(value as Omit<ScheduleSource, 'slug'>), slug }, options),
    isEntirelyPast: (slug, value) => isEntirelyPast({ ...(value as Omit<ScheduleSource, 'slug'>), slug }, VANDAAG, options),
  };
  return checkContent(files, { schedule });
}

/** The warnings a corpus is meant to have: activities that are over, and budgets with a funding gap. */
const EXPECTED_WARNING = /alle datums van deze activiteit liggen in het verleden|is de dekking .* lager dan de kosten/;

describe('generateCorpus: determinism', () => {
  test('the same seed gives byte-identical files', () => {
    const a = generateCorpus({ seed: 7, vandaag: VANDAAG, counts: CORPUS_SIZES.XS });
    const b = generateCorpus({ seed: 7, vandaag: VANDAAG, counts: CORPUS_SIZES.XS });
    expect(b.files.map((f) => f.path)).toEqual(a.files.map((f) => f.path));
    b.files.forEach((f, i) => expect(f.text).toBe(a.files[i]!.text));
  });

  test('a different seed gives different files', () => {
    const a = generateCorpus({ seed: 7, vandaag: VANDAAG, counts: CORPUS_SIZES.XS });
    const b = generateCorpus({ seed: 8, vandaag: VANDAAG, counts: CORPUS_SIZES.XS });
    const textsA = new Set(a.files.filter((f) => f.path.startsWith('activiteiten/')).map((f) => f.text));
    const same = b.files.filter((f) => f.path.startsWith('activiteiten/') && textsA.has(f.text)).length;
    expect(same).toBe(0);
  });

  test('dates follow vandaag: another day gives other dates', () => {
    const a = generateCorpus({ seed: 7, vandaag: '2026-11-25', counts: CORPUS_SIZES.XS });
    const b = generateCorpus({ seed: 7, vandaag: '2027-03-01', counts: CORPUS_SIZES.XS });
    const nieuwsA = a.files.filter((f) => f.path.startsWith('nieuws/')).map((f) => f.path);
    expect(nieuwsA.every((p) => p.slice(7, 17) <= '2026-11-25')).toBe(true);
    expect(b.files.filter((f) => f.path.startsWith('nieuws/')).map((f) => f.path)).not.toEqual(nieuwsA);
  });

  test('refuses a seed that is not a whole number or a date that does not exist', () => {
    expect(() => generateCorpus({ seed: 1.5, vandaag: VANDAAG, counts: CORPUS_SIZES.XS })).toThrow();
    expect(() => generateCorpus({ seed: 1, vandaag: '2026-02-30', counts: CORPUS_SIZES.XS })).toThrow();
  });
});

describe('planMix', () => {
  test.each([50, 1_000, 3_000, 10_000])('deals out the exact quotas for %i activities', (n) => {
    const plans = planMix(createRandom(1, 'mix'), n);
    const count = (pred: (p: (typeof plans)[number]) => boolean) => plans.filter(pred).length;
    expect(plans).toHaveLength(n);
    expect(count((p) => p.ritme === 'week')).toBe(Math.round(n * 0.7));
    expect(count((p) => p.ritme === '2-weken')).toBe(Math.round(n * 0.1));
    expect(count((p) => p.ritme === 'maand')).toBe(Math.round(n * 0.1));
    expect(count((p) => p.uitzondering)).toBe(Math.round(n * 0.05));
    expect(count((p) => p.hulp)).toBe(Math.round(n * 0.1));
    expect(count((p) => p.uitzondering && p.ritme === 'los')).toBe(0);
    expect(count((p) => p.status === 'geannuleerd')).toBeGreaterThan(0);
    expect(count((p) => p.status === 'vol')).toBeGreaterThan(0);
    expect(count((p) => p.losVorm === 'verleden')).toBeGreaterThan(0);
  });
});

describe.each([
  ['XS', CORPUS_SIZES.XS],
  ['S', CORPUS_SIZES.S],
] as const)('a generated %s corpus', (_, counts) => {
  let corpus: Corpus;
  let result: CheckResult;
  let activiteiten: Record<string, unknown>[];

  beforeAll(() => {
    corpus = generateCorpus({ seed: 1, vandaag: VANDAAG, counts });
    result = check(corpus);
    activiteiten = result.entries.filter((e) => e.collection === 'activiteiten').map((e) => e.data as Record<string, unknown>);
  });

  test('passes the content check with 0 errors and only the expected warnings', () => {
    const errors = result.problems.filter((p) => p.level === 'fout');
    expect(errors.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`)).toEqual([]);
    const unexpected = result.problems.filter((p) => p.level === 'waarschuwing' && !EXPECTED_WARNING.test(p.message));
    expect(unexpected.map((p) => `${p.file} ${p.message}`)).toEqual([]);
  });

  test('has the frame of the requested size: the demo taxonomies and every collection', () => {
    const b = corpus.stats.bestanden;
    expect(b).toEqual({
      site: 1,
      themas: 13,
      doelgroepen: 9,
      wijken: counts.wijken,
      locaties: counts.locaties,
      organisaties: counts.organisaties,
      initiatieven: counts.initiatieven,
      projecten: counts.projecten,
      nieuws: counts.nieuws,
      activiteiten: counts.activiteiten,
    });
    expect(result.entries).toHaveLength(corpus.files.length);
  });

  test('has the activity mix of issue 9 within 2 percentage points', () => {
    const n = activiteiten.length;
    const share = (pred: (a: Record<string, unknown>) => boolean) => activiteiten.filter(pred).length / n;
    const elke = (a: Record<string, unknown>) => (a.herhaling as { elke?: string } | undefined)?.elke;
    expect(share((a) => elke(a) === 'week')).toBeCloseTo(0.7, 1);
    expect(Math.abs(share((a) => elke(a) === 'week') - 0.7)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(share((a) => elke(a) === '2-weken') - 0.1)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(share((a) => elke(a) === 'maand') - 0.1)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(share((a) => a.datum !== undefined || a.data !== undefined) - 0.1)).toBeLessThanOrEqual(0.02);
    const hasException = (a: Record<string, unknown>) => {
      const h = a.herhaling as { behalve?: unknown; extra?: unknown } | undefined;
      return h?.behalve !== undefined || h?.extra !== undefined || a.wijzigingen !== undefined;
    };
    expect(Math.abs(share(hasException) - 0.05)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(share((a) => a.hulp_gezocht !== undefined) - 0.1)).toBeLessThanOrEqual(0.02);
    expect(share((a) => a.status === 'geannuleerd')).toBeGreaterThan(0);
    expect(share((a) => a.status === 'vol')).toBeGreaterThan(0);
  });

  test('has every shape of schedule and exception (S only: XS is too small for all of them)', ({ skip }) => {
    if (counts.activiteiten < 1_000) skip();
    const some = (pred: (a: Record<string, unknown>) => boolean) => expect(activiteiten.some(pred)).toBe(true);
    type H = { elke?: string; dagen?: string[]; week_van_de_maand?: unknown; behalve?: unknown; extra?: unknown; schoolvakanties?: string };
    const h = (a: Record<string, unknown>) => (a.herhaling ?? {}) as H;
    type W = { status?: string; nieuwe_datum?: string; tijd?: string; locatie?: string }[];
    const w = (a: Record<string, unknown>) => (a.wijzigingen ?? []) as W;
    some((a) => h(a).elke === 'week' && h(a).dagen?.length === 2);
    some((a) => h(a).week_van_de_maand === 'laatste');
    some((a) => Array.isArray(h(a).week_van_de_maand));
    some((a) => h(a).schoolvakanties === 'overslaan');
    some((a) => a.einddatum !== undefined);
    some((a) => Array.isArray(a.data));
    some((a) => h(a).behalve !== undefined);
    some((a) => h(a).extra !== undefined);
    some((a) => w(a).some((x) => x.status === 'geannuleerd'));
    some((a) => w(a).some((x) => x.status === 'vol'));
    some((a) => w(a).some((x) => x.nieuwe_datum !== undefined));
    some((a) => w(a).some((x) => x.tijd !== undefined));
    some((a) => w(a).some((x) => x.locatie !== undefined));
    some((a) => a.online !== undefined);
    const past = result.problems.filter((p) => /in het verleden/.test(p.message)).length;
    expect(past).toBe(corpus.stats.activiteiten.vorm.verleden);
  });

  test('has programmes with deelprojecten, ambitions of 100 and derived indicators', () => {
    const projecten = result.entries.filter((e) => e.collection === 'projecten').map((e) => e.data as Record<string, unknown>);
    expect(projecten.some((p) => p.programma !== undefined && p.nummer !== undefined)).toBe(true);
    for (const p of projecten) {
      if (p.ambities) expect(Object.values(p.ambities as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(100);
    }
    expect(projecten.some((p) => (p.indicatoren as { afgeleid?: unknown }[]).some((i) => i.afgeleid !== undefined))).toBe(true);
    expect(projecten.some((p) => (p.begroting as { totaal?: unknown } | undefined)?.totaal !== undefined)).toBe(true);
  });
});
