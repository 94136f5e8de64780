import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from './check-content.ts';
import { formatProblem } from './problems.ts';
import { bodyPrivacyProblems, isMobileNumber, isPersonalEmail, privacyProblems } from './privacy.ts';

describe('isMobileNumber', () => {
  test.each(['06 12345678', '06-12345678', '0612345678', '+31 6 12345678', '+31 (0)6 1234 5678', '0031 6 12 34 56 78', '+316-1234-5678'])('%s is mobile', (value) => {
    expect(isMobileNumber(value)).toBe(true);
  });
  test('a number YAML read as an integer (0612345678 → 612345678) is mobile too', () => {
    expect(isMobileNumber(612345678)).toBe(true);
  });
  test.each(['050 123 4567', '0413 123456', '+31 50 123 4567', '0800 1234', '14 050', '061234567', '06 123456789', '097 123 45678'])('%s is not', (value) => {
    expect(isMobileNumber(value)).toBe(false);
  });
});

describe('isPersonalEmail', () => {
  test.each(['jan.jansen@gmail.com', 'buurthuis@hotmail.nl', 'x@ZIGGO.NL', 'piet@kpnmail.nl', 'a.b@home.nl', 'j.jansen@gemeente.example', 'piet.van.dijk@woonbron.example', 'mj@icloud.com'])(
    '%s looks personal',
    (value) => {
      expect(isPersonalEmail(value)).toBe(true);
    },
  );
  test.each(['info@bo-beijum.nl', 'wijkondersteuner.melle@uden.nl', 'buurttuin.rivierenwijk@kern8.nl', 'huiskamer.melle@onswelzijn.nl', 'klankbordgroep.melle@uden.nl', 'secretariaat@wijkraad.example'])(
    '%s does not',
    (value) => {
      expect(isPersonalEmail(value)).toBe(false);
    },
  );
});

describe('privacyProblems walks every phone and e-mail field', () => {
  test('contact, contactpersonen, hulp_gezocht, aanmelden.via and top-level fields', () => {
    const problems = privacyProblems({
      contact: { naam: 'Piet', telefoon: '06 12345678', email: 'piet@gmail.com' },
      contactpersonen: [{ naam: 'A', telefoon: '050 123 4567' }, { naam: 'B', telefoon: '+31 6 11112222' }],
      hulp_gezocht: [{ wat: 'Koken', contact: { email: 'j.jansen@hotmail.com' } }],
      aanmelden: { nodig: true, via: 'tel:0612345678' },
      telefoon: '0687654321',
      email: 'kees@live.nl',
    });
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'telefoon',
      'email',
      'contact.telefoon',
      'contact.email',
      'contactpersonen.1.telefoon',
      'hulp_gezocht.0.contact.email',
      'aanmelden.via',
    ]);
    expect(problems.every((p) => p.level === 'waarschuwing')).toBe(true);
  });
  test('consent in the contact silences that contact, and the entry contact covers aanmelden.via', () => {
    expect(
      privacyProblems({
        contact: { naam: 'Piet', telefoon: '06 12345678', email: 'piet@gmail.com', toestemming: true },
        aanmelden: { nodig: true, via: 'mailto:piet@gmail.com' },
      }),
    ).toEqual([]);
  });
  test('messages point at toestemming only where it exists', () => {
    const [top, contact] = privacyProblems({ telefoon: '06 12345678', contact: { telefoon: '06 12345678' } });
    expect(top!.message).toMatch(/algemeen nummer/);
    expect(contact!.message).toMatch(/toestemming: true in het contact/);
  });
  test('survives hostile shapes', () => {
    let deep: unknown = { telefoon: '0612345678' };
    for (let i = 0; i < 5000; i++) deep = { contact: deep };
    expect(() => privacyProblems(deep)).not.toThrow();
    expect(privacyProblems([1, 2])).toEqual([]);
    expect(privacyProblems({ contact: { telefoon: { nested: true }, email: 42 } })).toEqual([]);
  });
});

describe('bodyPrivacyProblems', () => {
  test('finds 06-numbers and personal addresses in the text, with lines', () => {
    expect(bodyPrivacyProblems('Bel Piet: 06-12345678.\nOf mail kees@gmail.com.\nOf info@bo-beijum.nl, 050 123 4567.', 8, false).map((p) => p.line)).toEqual([8, 9]);
  });
  test('nothing with consent', () => {
    expect(bodyPrivacyProblems('Bel 06 12345678', 1, true)).toEqual([]);
  });
});

describe('through the content check', () => {
  const files = (extra: Record<string, string>): ContentFile[] =>
    Object.entries({
      'site.yaml': 'naam: Test\nurl: https://test.example\n',
      'wijken/beijum.yaml': 'naam: Beijum\ncontactpersonen:\n  - naam: Els\n    telefoon: 06 12345678\n  - naam: Ali\n    telefoon: 06 87654321\n    toestemming: true\n',
      'locaties/buurthuis.yaml': 'naam: Buurthuis\nadres: Straat 1\nplaats: Groningen\nwijk: beijum\nemail: buurthuis@hotmail.com\n',
      ...extra,
    }).map(([relative, text]) => ({ path: `content/${relative}`, relative, text }));
  test('warnings, not errors, each with file, line and field', () => {
    const result = checkContent(
      files({
        'initiatieven/moestuin.md':
          '---\nnaam: Moestuin\nsamenvatting: Samen tuinieren.\nstatus: actief\nwijk: beijum\nhulp_gezocht:\n  - wat: Water geven\n    contact: { naam: Jan, telefoon: "+31 6 12345678" }\n---\nMail ook naar j.jansen@ziggo.nl.\n',
      }),
    );
    expect(result.errorCount).toBe(0);
    expect(result.problems.map(formatProblem)).toEqual([
      'content/initiatieven/moestuin.md:8 hulp_gezocht[1].contact.telefoon: dit is een 06-nummer. Zet alleen een persoonlijk nummer op de site als de persoon dat goed vindt, en zet dan toestemming: true in het contact',
      'content/initiatieven/moestuin.md:10 In de tekst staat "j.jansen@ziggo.nl". Dat lijkt een persoonlijk e-mailadres. Zet het alleen op de site als de persoon dat goed vindt, en zet dan toestemming: true in contact',
      'content/locaties/buurthuis.yaml:5 email: "buurthuis@hotmail.com" lijkt een persoonlijk e-mailadres. Gebruik hier een algemeen adres van de organisatie, zoals info@…',
      'content/wijken/beijum.yaml:4 contactpersonen[1].telefoon: dit is een 06-nummer. Zet alleen een persoonlijk nummer op de site als de persoon dat goed vindt, en zet dan toestemming: true in het contact',
    ]);
  });
});
