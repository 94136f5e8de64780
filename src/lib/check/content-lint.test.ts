import { describe, expect, test } from 'vitest';
import { altTextProblem, lintBody, lintContent, linkTextProblem } from './content-lint.ts';
import { parseSource } from './source.ts';

const levels = (body: string) => lintBody(body).map((f) => `${f.line} ${f.level}`);

describe('linkTextProblem', () => {
  test.each([
    ['klik hier', 'fout'],
    ['Klik hier!', 'fout'],
    ['hier', 'fout'],
    ['**Hier**', 'fout'],
    ['klik', 'fout'],
    ['', 'fout'],
    ['   ', 'fout'],
    ['klik hier om je aan te melden', 'waarschuwing'],
    ['Lees meer', 'waarschuwing'],
    ['lees meer »', 'waarschuwing'],
    ['meer info', 'waarschuwing'],
    ['Meer informatie…', 'waarschuwing'],
    ['link', 'waarschuwing'],
    ['deze pagina', 'waarschuwing'],
    ['https://www.oudebieb-beijum.nl/agenda', 'waarschuwing'],
    ['www.oudebieb-beijum.nl', 'waarschuwing'],
  ])('"%s" gives a %s', (text, level) => {
    expect(linkTextProblem(text)?.level).toBe(level);
  });

  test.each([['aanmelden bij De Oude Bieb'], ['meer over het Repair Café'], ['hier vind je de agenda van Beijum'], ['info@oudebieb.nl']])(
    '"%s" is a good link text',
    (text) => {
      expect(linkTextProblem(text)).toBeUndefined();
    },
  );

  test('says in Dutch what to do instead', () => {
    expect(linkTextProblem('klik hier')?.message).toBe(
      'de linktekst "klik hier" zegt niet waar de link heen gaat. Schrijf dat in de link zelf, bijvoorbeeld [aanmelden bij De Oude Bieb](…)',
    );
  });
});

describe('altTextProblem', () => {
  test.each([
    ['', 'fout'],
    ['afbeelding', 'fout'],
    ['Foto', 'fout'],
    ['foto 3', 'fout'],
    ['image', 'fout'],
    ['logo', 'fout'],
    ['IMG_2041.jpg', 'fout'],
    ['koffieochtend.png', 'fout'],
    ['DSC01234', 'fout'],
    ['WhatsApp Image 2026-05-01 at 10.12.33', 'fout'],
    ['foto van de moestuin in Lewenborg', 'waarschuwing'],
    ['Een afbeelding met bewoners aan tafel', 'waarschuwing'],
  ])('"%s" gives a %s', (alt, level) => {
    expect(altTextProblem(alt)?.level).toBe(level);
  });

  test.each([['Bewoners drinken koffie aan een lange tafel'], ['Logo van het Repair Café Oosterpark'], ['fotograaf aan het werk']])(
    '"%s" is a real description',
    (alt) => {
      expect(altTextProblem(alt)).toBeUndefined();
    },
  );
});

describe('lintBody', () => {
  test.each([
    ['a # heading (the page has its h1 already)', '# Welkom', ['1 fout']],
    ['an = underlined heading (also an h1)', 'Welkom\n======', ['1 fout']],
    ['## then ####', '## Wat\n\n#### Waar', ['3 fout']],
    ['### first (after the h1 of the page)', '### Waar', ['1 fout']],
    ['an empty heading', '##', ['1 fout']],
    ['## ### ## ###', '## A\n### B\n## C\n### D', []],
    ['a - underlined heading as h2', 'Wat\n---\n### Waar', []],
    ['a rule after a blank line', 'Tekst\n\n---\n\n## Kop', []],
    ['#hashtag is no heading', '#koffie in de wijk', []],
  ])('headings: %s', (_name, body, expected) => {
    expect(levels(body)).toEqual(expected);
  });

  test.each([
    ['an inline link', 'Meld je aan: [klik hier](https://a.nl).', ['1 fout']],
    ['a reference link', 'Zie [hier][1].\n\n[1]: https://a.nl', ['1 fout']],
    ['a shortcut reference', 'Zie [lees meer].\n\n[lees meer]: https://a.nl', ['1 waarschuwing']],
    ['an autolink', 'Kijk op <https://a.nl/agenda>.', ['1 waarschuwing']],
    ['a bare web address', 'Kijk op https://a.nl/agenda voor meer.', ['1 waarschuwing']],
    ['an image without description', '![](./koffie.jpg)', ['1 fout']],
    ['an image named by its file', '![IMG_2041.jpg](./koffie.jpg)', ['1 fout']],
    ['an image as link text', '[![foto](./a.jpg)](https://a.nl)', ['1 fout']],
    ['a good link and image', '[Aanmelden bij De Oude Bieb](mailto:a@b.nl)\n\n![Bewoners aan tafel](./a.jpg)', []],
    ['a link text in square brackets without target', 'Een [hier] zonder link.', []],
    ['links in inline code', 'Schrijf `[klik hier](https://a.nl)` nooit.', []],
    ['links in a fenced code block', '```\n# kop\n[klik hier](https://a.nl)\n```\n## Kop', []],
    ['links in an HTML comment', '<!--\n[klik hier](https://a.nl)\n-->\nTekst', []],
  ])('links and images: %s', (_name, body, expected) => {
    expect(levels(body)).toEqual(expected);
  });

  test('counts lines from where the body starts in the file', () => {
    expect(lintBody('Tekst\n\n# Kop', 8)).toEqual([
      { level: 'fout', line: 10, message: 'gebruik ## voor een kop: de pagina heeft al een hoofdkop (de titel)' },
    ]);
  });

  test('explains a skipped level with the heading to use', () => {
    expect(lintBody('## Wat\n#### Waar')[0]?.message).toBe('deze kop slaat een niveau over: na ## komt ###, niet ####. Schrijf ###');
  });
});

describe('lintContent', () => {
  test('lints the body and afbeelding_alt with their lines in the file', () => {
    const parsed = parseSource('---\ntitel: Koffie\nafbeelding: ./k.jpg\nafbeelding_alt: foto\n---\nTekst\n\n[hier](https://a.nl)\n', true);
    if (!parsed.ok) throw new Error('parse failed');
    expect(lintContent(parsed.source).map((f) => `${f.line} ${f.level} ${f.field ?? ''}`)).toEqual(['8 fout ', '4 fout afbeelding_alt']);
  });
});
