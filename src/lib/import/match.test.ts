import { describe, expect, test } from 'vitest';
import { indexContent } from './content-index.ts';
import { matchByName, matchList, matchLocation } from './match.ts';

const index = indexContent([
  { path: 'c/locaties/de-wiershoeck.yaml', relative: 'locaties/de-wiershoeck.yaml', text: 'naam: Wijkcentrum De Wiershoeck\nadres: Beijumerweg 12\nplaats: Groningen\n' },
  { path: 'c/locaties/de-oude-bieb.yaml', relative: 'locaties/de-oude-bieb.yaml', text: 'naam: De Oude Bieb\nadres: Akkerstraat 4\nplaats: Groningen\n' },
  { path: 'c/locaties/bieb-west.yaml', relative: 'locaties/bieb-west.yaml', text: 'naam: De Oude Bieb West\nadres: Akkerstraat 40\nplaats: Groningen\n' },
  { path: 'c/themas/sport-en-bewegen.yaml', relative: 'themas/sport-en-bewegen.yaml', text: 'naam: Sport en bewegen\n' },
  { path: 'c/themas/ontmoeting.yaml', relative: 'themas/ontmoeting.yaml', text: 'naam: Ontmoeting\n' },
]);
const locaties = index.entries.get('locaties')!;

describe('matchLocation', () => {
  test.each([
    ['de-wiershoeck', 'de-wiershoeck'],
    ['Wijkcentrum De Wiershoeck', 'de-wiershoeck'],
    ['De Wiershoeck', 'de-wiershoeck'],
    ['Wijkcentrum De Wiershoeck, Beijumerweg 12, 9736 AB Groningen, Nederland', 'de-wiershoeck'],
    ['Beijumerweg 12, Groningen', 'de-wiershoeck'],
    ['De Oude Bieb, Beijum', 'de-oude-bieb'],
    ['De Oude Bieb West, Akkerstraat 40', 'bieb-west'],
    ['Café De Oude Bieb', 'de-oude-bieb'],
  ])('%j is %j', (text, slug) => expect(matchLocation(text, locaties)).toEqual({ ok: true, slug }));

  test('an unknown place is named', () => {
    expect(matchLocation('Bij de kiosk in het park', locaties)).toEqual({ ok: false, reason: 'geen', message: 'de plek "Bij de kiosk in het park" staat niet tussen de locaties' });
  });
});

describe('matchByName and matchList', () => {
  test('a near miss gets a suggestion', () => {
    expect(matchByName('de-wiershoek', locaties, 'locatie')).toMatchObject({ ok: false, message: '"de-wiershoek" bestaat niet als locatie. Bedoel je "de-wiershoeck"?' });
  });

  test('a name with "en" in it stays whole; a list joined with "en" is split', () => {
    const themas = index.entries.get('themas')!;
    expect(matchList('Sport en bewegen', themas, 'thema')).toEqual({ ok: true, slugs: ['sport-en-bewegen'] });
    expect(matchList('ontmoeting en sport-en-bewegen', themas, 'thema')).toEqual({ ok: true, slugs: ['ontmoeting', 'sport-en-bewegen'] });
  });
});
