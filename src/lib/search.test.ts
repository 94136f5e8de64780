import { describe, expect, test } from 'vitest';
import { buildSearchRecord, filterValueLabel, resultFacts, resultSummary } from './search.ts';

describe('buildSearchRecord', () => {
  test('an activity gets soort, wijk, thema, doelgroep, gratis, its next date as text and as a sort key', () => {
    expect(
      buildSearchRecord({
        soort: 'activiteit',
        wijken: ['Beijum'],
        themas: ['Ontmoeting', 'Eenzaamheid'],
        doelgroepen: ['Ouderen'],
        gratis: true,
        volgendeDatum: { datum: '2026-12-01', tekst: 'dinsdag 1 december 2026' },
      }),
    ).toEqual({
      filters: ['soort:activiteit', 'wijk:Beijum', 'thema:Ontmoeting', 'thema:Eenzaamheid', 'doelgroep:Ouderen', 'gratis:ja'],
      meta: ['datum:dinsdag 1 december 2026'],
      sort: ['datum:2026-12-01'],
    });
  });

  test('a page without a date gets no date metadata and no sort key', () => {
    expect(buildSearchRecord({ soort: 'plek', wijken: ['De Wijert'] })).toEqual({ filters: ['soort:plek', 'wijk:De Wijert'], meta: [], sort: [] });
  });

  test('empty and repeated names are left out', () => {
    expect(buildSearchRecord({ soort: 'project', wijken: ['Beijum', ' Beijum ', ''], gratis: false }).filters).toEqual(['soort:project', 'wijk:Beijum']);
  });

  test('a name with a comma stays one value', () => {
    expect(buildSearchRecord({ soort: 'wijk', wijken: ['Melle, centrum'] }).filters).toContain('wijk:Melle, centrum');
  });
});

describe('resultSummary', () => {
  test.each([
    [3, 'koffie', {}, '3 resultaten voor ‘koffie’'],
    [1, ' koffie ', {}, '1 resultaat voor ‘koffie’'],
    [2, 'koffie', { filtered: true }, '2 resultaten voor ‘koffie’ (met de gekozen filters)'],
    [2, 'koffie', { sortedByDate: true }, '2 resultaten voor ‘koffie’ (alleen activiteiten, eerstvolgende eerst)'],
    [0, 'xqz', {}, 'Niets gevonden voor ‘xqz’. Probeer een ander woord, of kijk in [AGENDA].'],
    [0, 'xqz', { filtered: true }, 'Niets gevonden voor ‘xqz’ met deze filters. Zet een filter uit, probeer een ander woord, of kijk in [AGENDA].'],
  ] as const)('%i results for %j with %j read %j', (count, term, options, expected) => {
    expect(resultSummary(count, term, options)).toBe(expected);
  });
});

describe('resultFacts', () => {
  test('an activity shows soort, wijk and next date', () => {
    expect(resultFacts({ soort: 'activiteit', wijken: ['Beijum'], datum: 'dinsdag 1 december 2026' })).toBe(
      'Activiteit · Beijum · volgende keer dinsdag 1 december 2026',
    );
  });

  test('more than three wijken are counted, not listed', () => {
    expect(resultFacts({ soort: 'project', wijken: ['A', 'B', 'C', 'D', 'E'] })).toBe('Project · A, B, C, nog 2');
  });

  test('nothing known gives an empty line', () => {
    expect(resultFacts({})).toBe('');
  });
});

describe('filterValueLabel', () => {
  test.each([
    ['soort', 'plek', 'Plek'],
    ['gratis', 'ja', 'Alleen gratis'],
    ['wijk', 'De Wijert', 'De Wijert'],
  ])('%s %j reads %j', (name, value, expected) => {
    expect(filterValueLabel(name, value)).toBe(expected);
  });
});
