/**
 * Build tests for the project pages, the programme page and /help-mee/ (issue 4), on the built demo site and
 * both examples (tests/setup/build-sites.ts builds them with TODAY = 2026-11-25). Expected numbers are
 * computed here from the content files, never copied from the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SITES, TEST_TODAY } from '../sites.ts';
import { addDays } from '../../src/lib/dates.ts';
import { formatEuro } from '../../src/lib/money.ts';
import { telAfgeleid, type ActivityFacts } from '../../src/lib/project.ts';
import type { Occurrence } from '../../src/lib/recurrence.ts';

const site = (name: (typeof SITES)[number]['name']) => SITES.find((s) => s.name === name)!;

/** The HTML of a built page. */
function page(siteName: (typeof SITES)[number]['name'], path: string): string {
  return readFileSync(join(site(siteName).outDir, path, 'index.html'), 'utf8');
}

/** The HTML of every page of a paged list (/help-mee/, /help-mee/2/, …) and how many pages there are. */
function pages(siteName: (typeof SITES)[number]['name'], path: string): string[] {
  const result: string[] = [];
  for (let n = 1; ; n++) {
    const file = join(site(siteName).outDir, path, n === 1 ? '' : String(n), 'index.html');
    if (!existsSync(file)) return result;
    result.push(readFileSync(file, 'utf8'));
  }
}

/** The front matter of a content file (YAML 1.2: dates stay text). */
function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return (match ? parse(match[1]!) : {}) as Record<string, unknown>;
}

/** Every entry of a collection: slug and front matter. */
function entries(contentDir: string, collection: string): { slug: string; data: Record<string, unknown> }[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ slug: name.replace(/\.mdx?$/, ''), data: frontMatter(join(dir, name)) }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
/** Visible text of some HTML, with entities decoded and white space collapsed. */
function text(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The part of a page from the h2 with this id up to the next h2. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<h2 id="${id}"`);
  expect(start, `section #${id}`).toBeGreaterThan(-1);
  const end = html.indexOf('<h2 ', start + 1);
  return html.slice(start, end === -1 ? undefined : end);
}

/** Table rows (`<tr>`) of some HTML, as visible text. */
function rows(html: string): string[] {
  return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!));
}

/** Every chart: its accessible name (title) and description, with the ids it points at. */
function charts(html: string): { kind: string; title: string; desc: string; labelled: boolean }[] {
  return [...html.matchAll(/<svg\b([^>]*)>([\s\S]*?)<\/svg>/g)].flatMap(([, attrs, body]) => {
    if (!/\brole="img"/.test(attrs!)) return [];
    const title = /<title id="([^"]+)">([\s\S]*?)<\/title>/.exec(body!);
    const desc = /<desc id="([^"]+)">([\s\S]*?)<\/desc>/.exec(body!);
    return [
      {
        kind: /ww-chart--(\w+)/.exec(attrs!)?.[1] ?? '',
        title: text(title?.[2] ?? ''),
        desc: text(desc?.[2] ?? ''),
        labelled: Boolean(title && desc && attrs!.includes(`aria-labelledby="${title[1]}"`) && attrs!.includes(`aria-describedby="${desc[1]}"`)),
      },
    ];
  });
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe('the NPG project page (demo)', () => {
  const html = page('demo', 'projecten/wijkondersteuner-beijum-lewenborg');
  const source = readFileSync(join('content', 'projecten', 'wijkondersteuner-beijum-lewenborg.md'), 'utf8');
  const p = frontMatter(join('content', 'projecten', 'wijkondersteuner-beijum-lewenborg.md')) as {
    partners: { organisatie: string; rol: string }[];
    planning: { fase: string }[];
    ambities: Record<string, number>;
    indicatoren: { naam: string; streefwaarde?: number; eenheid?: string; nulmeting?: { waarde: number } }[];
  };

  test('shows the partners grouped by role, each linked to its organisation page', () => {
    const dl = /<dl class="ww-partners"[^>]*>([\s\S]*?)<\/dl>/.exec(section(html, 'ww-partners'))![1]!;
    const shown = [...dl.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map(([, dt, dd]) => ({
      rol: text(dt!).toLocaleLowerCase('nl'),
      organisaties: [...dd!.matchAll(/href="\/organisaties\/([^/"]+)\/"/g)].map((m) => m[1]),
    }));
    const expected = new Map<string, string[]>();
    for (const { organisatie, rol } of p.partners) expected.set(rol.toLocaleLowerCase('nl'), [...(expected.get(rol.toLocaleLowerCase('nl')) ?? []), organisatie]);
    expect(shown).toEqual([...expected].map(([rol, organisaties]) => ({ rol, organisaties })));
    expect(shown.find((g) => g.rol === 'samenwerkingspartner')?.organisaties).toHaveLength(5);
  });

  test('lists every phase and marks the running one in words', () => {
    const planning = rows(section(html, 'ww-planning'));
    for (const { fase } of p.planning) expect(planning.some((r) => r.startsWith(fase))).toBe(true);
    expect(planning.find((r) => r.startsWith('Realisatiefase'))).toMatch(/nu bezig$/);
    expect(planning.find((r) => r.startsWith('Voorbereidende fase'))).toMatch(/klaar$/);
    expect(section(html, 'ww-planning')).toMatch(/<tr[^>]*aria-current="step"[^>]*>\s*<th[^>]*>Realisatiefase</);
  });

  test('shows the ambitions 5 / 20 / 70 / 5', () => {
    const ambities = rows(section(html, 'ww-ambities'));
    expect(ambities).toEqual(expect.arrayContaining(['Economie 5 van 100', 'Werken en leren 20 van 100', 'Leefbaarheid 70 van 100', 'Natuur en klimaat 5 van 100']));
    expect(Object.values(p.ambities)).toEqual([5, 20, 70, 5]);
  });

  test('shows a budget for 2020–2029 with totals computed from the lines, not typed', () => {
    // The content has no stated totals: € 500.000, € 150.000 and € 350.000 can only come from the sums.
    expect(source).not.toMatch(/\btotaal:|500000|150000|350000/);
    const begroting = section(html, 'ww-begroting');
    const header = rows(begroting)[0]!;
    expect(header).toBe(`Omschrijving ${Array.from({ length: 10 }, (_, i) => 2020 + i).join(' ')} Totaal`);
    const summary = text(/<ul class="ww-begroting__summary"[^>]*>[\s\S]*?<\/ul>/.exec(begroting)![0]);
    expect(summary).toContain('Totale kosten: € 500.000');
    expect(summary).toContain('Toegezegde dekking: € 150.000');
    expect(summary).toContain('Aangevraagd, nog niet toegezegd: € 350.000');
    expect(rows(begroting).find((r) => r.startsWith('Totaal kosten'))).toMatch(/€ 500\.000$/);
    expect(rows(begroting).find((r) => r.startsWith('Kosten opgeteld tot en met dit jaar'))).toContain('€ 60.000 € 120.000 € 180.000');
  });

  test('shows the indicator with its baseline and target, and the derived indicator with how it was computed', () => {
    const indicatoren = rows(section(html, 'ww-indicatoren'));
    const contact = p.indicatoren[0]!;
    const row = indicatoren.find((r) => r.startsWith(contact.naam))!;
    expect(row).toContain(`${contact.nulmeting!.waarde}% (2020)`);
    expect(row).toContain(`${contact.streefwaarde}%`);
    expect(indicatoren.find((r) => r.startsWith('Activiteiten per week in De Wiershoeck'))).toMatch(
      /Berekend op 25 november 2026 uit de agenda van deze site: \d+ keer een activiteit in .+ gedeeld door 4 is [\d,]+ per week\./,
    );
  });

  test('has charts for planning, ambitions and budget: images with a Dutch title and a desc with the numbers', () => {
    const all = charts(html);
    expect(all.map((c) => c.kind)).toEqual(['planning', 'ambities', 'begroting']);
    for (const c of all) {
      expect(c.labelled).toBe(true);
      expect(c.title.length).toBeGreaterThan(5);
    }
    expect(all[0]!.desc).toContain('Nu bezig: Realisatiefase (2e kwartaal 2020 – 4e kwartaal 2030)');
    expect(all[1]!.desc).toContain('Economie 5, Werken en leren 20, Leefbaarheid 70, Natuur en klimaat 5');
    expect(all[2]!.desc).toContain('totale kosten € 500.000, totale dekking € 500.000');
    // Colours come from the stylesheet (design tokens), never from attributes in the markup.
    for (const [svg] of html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)) expect(svg).not.toMatch(/(fill|stroke)="#|style="/);
  });

  test('keeps the tables next to the charts, so no number is only in a picture', () => {
    for (const id of ['ww-planning-tabel', 'ww-ambities-tabel', 'ww-begroting-tabel', 'ww-indicatoren-tabel', 'ww-risicos-tabel']) {
      expect(html).toContain(`id="${id}-caption"`);
    }
  });

  test('links related news, initiatives and activities', () => {
    for (const [id, prefix] of [['ww-nieuws', '/nieuws/'], ['ww-initiatieven', '/initiatieven/'], ['ww-activiteiten', '/agenda/']] as const) {
      expect(section(html, id)).toContain(`href="${prefix}`);
    }
  });
});

describe('a derived indicator', () => {
  // The occurrences of the built demo agenda, as the pure count sees them.
  const agenda = JSON.parse(readFileSync(join('dist', 'agenda.json'), 'utf8')) as {
    id: string;
    activiteit: string;
    start: string;
    status: Occurrence['status'];
    locatie: { slug: string } | null;
    wijken: string[];
    themas: string[];
  }[];
  const occurrences: Occurrence[] = agenda.map((o) => ({
    id: o.id,
    activiteit: o.activiteit,
    datum: o.start.slice(0, 10),
    startIso: o.start,
    status: o.status,
    bron: 'regel',
    ...(o.locatie ? { locatie: o.locatie.slug } : {}),
  }));
  const facts = new Map<string, ActivityFacts>(agenda.map((o) => [o.activiteit, { themas: o.themas, wijken: o.wijken }]));
  const spec = { telling: 'activiteiten-per-week', locatie: 'de-wiershoeck' } as const;
  const horizon = addDays(TEST_TODAY, 180);

  test('on the NPG page equals the count from the built agenda', () => {
    const telling = telAfgeleid(spec, occurrences, facts, TEST_TODAY, horizon);
    const shown = text(page('demo', 'projecten/wijkondersteuner-beijum-lewenborg'));
    expect(shown).toContain(`${telling.aantal} keer een activiteit in Wijkcentrum De Wiershoeck in de 4 weken`);
  });

  test('goes up when a weekly activity at that place is added', () => {
    const before = telAfgeleid(spec, occurrences, facts, TEST_TODAY, horizon);
    const extra: Occurrence[] = [0, 7, 14, 21].map((d) => {
      const datum = addDays(TEST_TODAY, d);
      return { id: `nieuw/${datum}`, activiteit: 'nieuw', datum, startIso: `${datum}T10:00:00+01:00`, status: 'gepland', bron: 'regel', locatie: 'de-wiershoeck' };
    });
    const after = telAfgeleid(spec, [...occurrences, ...extra], new Map([...facts, ['nieuw', { themas: [], wijken: [] }]]), TEST_TODAY, horizon);
    expect(after.aantal).toBe(before.aantal + 4);
    expect(after.waarde).toBe(before.waarde + 1);
  });
});

describe('the Melle deelproject page (uden-melle)', () => {
  const file = join(site('uden-melle').contentDir, 'projecten', 'deelproject-melle.md');
  const p = frontMatter(file) as {
    planning: { fase: string }[];
    begroting: { posten: { bedragen: Record<string, number> }[] };
    risicos: { risico: string; maatregel?: string }[];
  };
  const html = page('uden-melle', 'projecten/deelproject-melle');

  test('shows its phases', () => {
    const planning = rows(section(html, 'ww-planning'));
    expect(planning).toHaveLength(p.planning.length + 1);
    for (const { fase } of p.planning) expect(planning.some((r) => r.startsWith(fase))).toBe(true);
  });

  test('shows its budget per year with the costs summed from the lines', () => {
    const begroting = rows(section(html, 'ww-begroting'));
    const perYear = (year: string) => sum(p.begroting.posten.map((post) => post.bedragen[year] ?? 0));
    expect(begroting[0]).toBe('Omschrijving 2020 2021 Totaal');
    expect(begroting.find((r) => r.startsWith('Totaal kosten'))).toBe(
      `Totaal kosten ${formatEuro(perYear('2020'))} ${formatEuro(perYear('2021'))} ${formatEuro(perYear('2020') + perYear('2021'))}`,
    );
    expect(formatEuro(perYear('2020'))).toBe('€ 99.200');
  });

  test('shows every risk with its measure', () => {
    const risicos = rows(section(html, 'ww-risicos')).slice(1);
    expect(risicos).toHaveLength(p.risicos.length);
    p.risicos.forEach((r, i) => {
      expect(risicos[i]).toContain(r.risico);
      if (r.maatregel) expect(risicos[i]).toContain(r.maatregel);
    });
  });

  test('has a trend chart for every measured indicator with two or more points', () => {
    const kinds = charts(html).map((c) => c.kind);
    expect(kinds.slice(0, 2)).toEqual(['planning', 'begroting']);
    expect(kinds.filter((k) => k === 'trend').length).toBeGreaterThan(0);
    const oplossingen = charts(html).find((c) => c.title === 'Verloop: Oplossingen via het informele netwerk door de wijkondersteuner')!;
    expect(oplossingen.desc).toContain('4e kwartaal 2021: 102 oplossingen (opgeteld)');
    expect(oplossingen.desc).toContain('Bij de laatste meting is de streefwaarde gehaald.');
  });
});

describe('the Meedoen is winnen programme page (heerhugowaard)', () => {
  const contentDir = site('heerhugowaard').contentDir;
  const children = entries(contentDir, 'projecten').filter((e) => e.data['programma'] === 'meedoen-is-winnen');
  const html = page('heerhugowaard', 'projecten/meedoen-is-winnen');

  test('lists its 8 deelprojecten, each linked', () => {
    expect(children).toHaveLength(8);
    const tabel = section(html, 'ww-deelprojecten');
    const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(tabel)![1]!;
    expect(rows(body)).toHaveLength(8);
    for (const child of children) expect(body).toContain(`href="/projecten/${child.slug}/"`);
    expect(text(tabel)).toContain('Dit programma heeft 8 deelprojecten.');
  });

  test('sums the budgets of the deelprojecten and shows the € 10.000 gap', () => {
    const begrotingen = children.flatMap((c) => {
      const b = c.data['begroting'] as { posten: { bedragen: Record<string, number> }[]; dekking?: { bedragen: Record<string, number> }[] } | undefined;
      return b ? [b] : [];
    });
    const kosten = sum(begrotingen.flatMap((b) => b.posten.map((l) => sum(Object.values(l.bedragen)))));
    const dekking = sum(begrotingen.flatMap((b) => (b.dekking ?? []).map((l) => sum(Object.values(l.bedragen)))));
    const totaal = text(/<tfoot[^>]*>([\s\S]*?)<\/tfoot>/.exec(section(html, 'ww-deelprojecten'))![1]!);
    expect(totaal).toBe(`Totaal van de deelprojecten ${formatEuro(kosten)} ${formatEuro(dekking)} € 10.000`);
  });

  test('each deelproject links back to the programme, and the one short of money shows "Dekking ontbreekt"', () => {
    for (const child of children) {
      expect(page('heerhugowaard', `projecten/${child.slug}`)).toContain('href="/projecten/meedoen-is-winnen/"');
    }
    const short = page('heerhugowaard', 'projecten/ontmoeting-en-samenhang');
    expect(rows(section(short, 'ww-begroting')).find((r) => r.startsWith('Dekking ontbreekt'))).toBe('Dekking ontbreekt € 10.000 € 10.000');
    expect(charts(short).find((c) => c.kind === 'begroting')?.desc).toContain('Dekking ontbreekt: € 10.000 in 2010');
  });
});

describe.each(SITES)('/help-mee/ on the $name site', ({ name, contentDir }) => {
  // The rule of src/lib/help.ts: an activity's call counts unless the activity is cancelled or over
  // (its last date before today); an initiative's vacancies count unless the initiative has stopped.
  const lastDate = (a: Record<string, unknown>): string => {
    const herhaling = a['herhaling'] as { tot_en_met?: string } | undefined;
    if (herhaling) return herhaling.tot_en_met ?? '9999-12-31';
    const data = a['data'] as { datum: string }[] | undefined;
    if (data) return data.map((d) => d.datum).sort().at(-1) ?? '0000-01-01';
    return String(a['einddatum'] ?? a['datum'] ?? '0000-01-01');
  };
  const activiteiten = entries(contentDir, 'activiteiten').filter((a) => typeof a.data['hulp_gezocht'] === 'string');
  const open = activiteiten.filter((a) => a.data['status'] !== 'geannuleerd' && lastDate(a.data) >= TEST_TODAY);
  const initiatieven = entries(contentDir, 'initiatieven').filter((i) => Array.isArray(i.data['hulp_gezocht']));
  const vacatures = initiatieven
    .filter((i) => i.data['status'] !== 'gestopt')
    .flatMap((i) => (i.data['hulp_gezocht'] as { wat: string }[]).map((h) => ({ slug: i.slug, wat: h.wat })));
  const expected = open.length + vacatures.length;
  const all = pages(name, 'help-mee');
  const html = all.join('\n');
  const shown = text(html);

  test('counts every open call for help', () => {
    expect(expected).toBeGreaterThan(0);
    expect(text(all[0]!)).toContain(expected === 1 ? 'Er is nu 1 vraag om hulp.' : `Er zijn nu ${expected} vragen om hulp.`);
  });

  test('pages of at most 60 calls, and each wijk link goes to the page where the wijk begins', () => {
    const perPage = all.map((h) => h.split('class="ww-help"').length - 1);
    for (const [i, n] of perPage.entries()) {
      if (i < perPage.length - 1) expect(n, `page ${i + 1}`).toBe(60);
      else expect(n).toBeGreaterThan(0);
    }
    const jumps = [...all[0]!.matchAll(/<a href="((?:\/help-mee\/(\d+)\/)?)#(wijk-[a-z0-9-]+)"/g)];
    if (perPage.length > 1) expect(jumps.length).toBeGreaterThan(1);
    for (const [, , n, id] of jumps) {
      const target = all[Number(n ?? 1) - 1]!;
      const heading = new RegExp(`<h2 id="${id}"[^>]*>([^<]*)</h2>`).exec(target);
      expect(heading, id).not.toBeNull();
      expect(heading![1], id).not.toContain('(vervolg)');
    }
  });

  test('shows each call with a link to its activity or initiative', () => {
    for (const a of open) {
      expect(shown, a.slug).toContain(text(String(a.data['hulp_gezocht'])));
      expect(html).toContain(`href="/agenda/${a.slug}/"`);
    }
    for (const v of vacatures) {
      expect(shown, v.slug).toContain(text(v.wat));
      expect(html).toContain(`href="/initiatieven/${v.slug}/"`);
    }
  });

  test('leaves out calls of cancelled or past activities and stopped initiatives', () => {
    const left = [
      ...activiteiten.filter((a) => !open.includes(a)).map((a) => String(a.data['hulp_gezocht'])),
      ...initiatieven.filter((i) => i.data['status'] === 'gestopt').flatMap((i) => (i.data['hulp_gezocht'] as { wat: string }[]).map((h) => h.wat)),
    ];
    for (const wat of left) expect(shown).not.toContain(text(wat));
  });
});

describe('/projecten/ without JavaScript', () => {
  const html = page('demo', 'projecten');
  const projecten = entries('content', 'projecten');
  /** Whether a project is an item of the list (not just linked from another item as its programme). */
  const listed = (html: string, slug: string) => new RegExp(`<li[^>]*>\\s*<a href="/projecten/${slug}/"`).test(html);

  test('links a filter page for every status and wijk in use, and each filter page lists the right projects', () => {
    const statuses = [...new Set(projecten.map((p) => String(p.data['status'])))];
    const wijken = [...new Set(projecten.flatMap((p) => (p.data['wijken'] as string[] | undefined) ?? []))];
    for (const status of statuses) {
      expect(html).toContain(`href="/projecten/status/${status}/"`);
      const filtered = page('demo', `projecten/status/${status}`);
      for (const p of projecten) expect(listed(filtered, p.slug), `${status}: ${p.slug}`).toBe(p.data['status'] === status);
    }
    for (const wijk of wijken) {
      expect(html).toContain(`href="/projecten/wijk/${wijk}/"`);
      const filtered = page('demo', `projecten/wijk/${wijk}`);
      for (const p of projecten) {
        const inWijk = ((p.data['wijken'] as string[] | undefined) ?? []).includes(wijk);
        expect(listed(filtered, p.slug), `${wijk}: ${p.slug}`).toBe(inWijk);
      }
    }
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });
});
