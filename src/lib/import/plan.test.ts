import { describe, expect, test } from 'vitest';
import type { ContentFile } from '../check/check-content.ts';
import { indexContent } from './content-index.ts';
import { mergeActivity, planImport, sameData, type ImportItem } from './plan.ts';

const base: ContentFile[] = [
  { path: 'c/site.yaml', relative: 'site.yaml', text: 'naam: Test\nurl: https://test.nl\n' },
  { path: 'c/wijken/melle.yaml', relative: 'wijken/melle.yaml', text: 'naam: Melle\n' },
  { path: 'c/locaties/komin.yaml', relative: 'locaties/komin.yaml', text: 'naam: De Komin\nadres: Kominweg 1\nplaats: Uden\nwijk: melle\n' },
  { path: 'c/themas/ontmoeting.yaml', relative: 'themas/ontmoeting.yaml', text: 'naam: Ontmoeting\n' },
];

const item = (over: Partial<ImportItem> = {}): ImportItem => ({
  label: 'Koffie',
  uid: 'koffie@bron',
  titel: 'Koffie',
  fields: { samenvatting: 'Koffie drinken.', locatie: 'komin', herhaling: { elke: 'week', dagen: ['dinsdag'], vanaf: '2026-12-01', feestdagen: 'doorgaan', schoolvakanties: 'doorgaan' } },
  defaults: {},
  notes: [],
  ...over,
});

function plan(items: ImportItem[], files = base, options = {}) {
  return planImport(items, files, indexContent(files), options, 'c');
}

describe('planImport', () => {
  test('a new source item becomes a new file named after its title', () => {
    const [line] = plan([item()]);
    expect(line).toMatchObject({ actie: 'nieuw', relative: 'activiteiten/koffie.md', problems: [] });
    expect(line!.text).toMatch(/^bron:\n {2}uid: koffie@bron$/m);
  });

  test('an existing file with the same bron.uid is updated, keeping what the editor added', () => {
    const existing = `---\ntitel: Koffie\nsamenvatting: Koffie drinken.\nlocatie: komin\nthemas: [ontmoeting]\ndatum: 2026-12-01\nbron: { uid: koffie@bron }\n---\nEigen tekst.\n`;
    const files = [...base, { path: 'c/activiteiten/mijn-koffie.md', relative: 'activiteiten/mijn-koffie.md', text: existing }];
    const [line] = plan([item()], files);
    expect(line).toMatchObject({ actie: 'bijgewerkt', relative: 'activiteiten/mijn-koffie.md' });
    expect(line!.text).toMatch(/themas: \[ontmoeting\]/);
    expect(line!.text).not.toMatch(/^datum:/m);
    expect(line!.text).toMatch(/Eigen tekst\./);
  });

  test('importing the same again is ongewijzigd and writes nothing', () => {
    const [first] = plan([item()]);
    const files = [...base, { path: 'c/activiteiten/koffie.md', relative: 'activiteiten/koffie.md', text: first!.text! }];
    const [again] = plan([item()], files);
    expect(again).toMatchObject({ actie: 'ongewijzigd', relative: 'activiteiten/koffie.md' });
    expect(again!.text).toBeUndefined();
  });

  test('a title that exists gets -2, never the existing file', () => {
    const files = [...base, { path: 'c/activiteiten/koffie.md', relative: 'activiteiten/koffie.md', text: '---\ntitel: Andere koffie\n---\n' }];
    expect(plan([item()], files)[0]).toMatchObject({ actie: 'nieuw', relative: 'activiteiten/koffie-2.md' });
  });

  test('a file the check refuses is not written, with the check message', () => {
    const [line] = plan([item({ fields: { samenvatting: 'x'.repeat(201), locatie: 'komin', datum: '2026-12-05' } })]);
    expect(line!.actie).toBe('fout');
    expect(line!.text).toBeUndefined();
    expect(line!.problems[0]).toMatch(/^c\/activiteiten\/koffie\.md:3 samenvatting: is te lang \(201 tekens\)/);
  });

  test('an unknown place is skipped with advice, or filled from --locatie', () => {
    const unknown = item({ fields: { samenvatting: 'x.', datum: '2026-12-05' }, unmatchedLocation: 'Het plein' });
    expect(plan([unknown])[0]).toMatchObject({ actie: 'overgeslagen' });
    expect(plan([unknown])[0]!.problems[0]).toMatch(/de plek "Het plein" staat niet tussen de locaties/);
    const filled = plan([unknown], base, { locatie: 'komin' })[0]!;
    expect(filled.actie).toBe('nieuw');
    expect(filled.notes[0]).toMatch(/--locatie komin is gebruikt/);
  });

  test('--wijk and --organisator fill in what the source does not say', () => {
    const [line] = plan([item()], base, { wijk: 'melle' });
    expect(line!.text).toMatch(/^wijk: melle$/m);
  });

  test('the same UID twice in one file is imported once', () => {
    const lines = plan([item(), item()]);
    expect(lines.map((l) => l.actie)).toEqual(['nieuw', 'overgeslagen']);
  });
});

describe('mergeActivity', () => {
  test('a cancellation the source no longer gives is removed', () => {
    const merged = mergeActivity({ titel: 'x', status: 'geannuleerd', status_toelichting: 'Ziek.', kosten: 'gratis' }, item());
    expect(merged.status).toBeUndefined();
    expect(merged.status_toelichting).toBeUndefined();
    expect(merged.kosten).toBe('gratis');
  });

  test('an online source replaces a locatie and the other way round', () => {
    expect(mergeActivity({ titel: 'x', locatie: 'komin' }, item({ fields: { online: 'https://meet.jit.si/x' } })).locatie).toBeUndefined();
  });
});

describe('sameData', () => {
  test('ignores key order and undefined values', () => {
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
