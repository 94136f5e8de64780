import { describe, expect, test } from 'vitest';
import { renderAgendaList, renderAgendaRow, type AgendaRow } from './agenda-html.ts';

type Loose<T> = { [K in keyof T]?: T[K] | undefined };
type RowInput = Loose<Omit<AgendaRow, 'occurrence'>> & { occurrence?: Loose<AgendaRow['occurrence']> };

const row = (extra: RowInput = {}): AgendaRow => {
  const { occurrence, ...rest } = extra;
  return {
    href: '/agenda/kerstmarkt-oude-bieb/',
    titel: 'Kerstmarkt in De Oude Bieb',
    tijd: '11.00 – 15.00 uur',
    plaats: { naam: 'De Oude Bieb' },
    online: false,
    wijken: [{ naam: 'Beijum' }],
    gratis: true,
    ...rest,
    occurrence: { datum: '2026-12-12', start: '11:00', startIso: '2026-12-12T11:00:00+01:00', status: 'gepland', ...occurrence },
  } as AgendaRow;
};
const plain = { showWijk: true, newWindow: false };

describe('renderAgendaRow', () => {
  test('a cancelled row: exactly the markup the Astro component wrote (copied from a built page)', () => {
    const html = renderAgendaRow(
      row({ occurrence: { status: 'geannuleerd', toelichting: 'Er zijn dit jaar te weinig vrijwilligers.' } }),
      plain,
    );
    expect(html).toBe(
      '<li class="ww-agenda__item ww-agenda__item--geannuleerd"><p class="ww-agenda__time"><time datetime="2026-12-12T11:00:00+01:00">11.00 – 15.00 uur</time></p>' +
        '<div class="ww-agenda__body"><p class="ww-agenda__title"><a href="/agenda/kerstmarkt-oude-bieb/">Kerstmarkt in De Oude Bieb</a></p>' +
        '<p class="ww-agenda__status"><strong>Gaat niet door</strong>: Er zijn dit jaar te weinig vrijwilligers.</p>' +
        '<p class="ww-agenda__meta">De Oude Bieb · Beijum · gratis</p></div></li>',
    );
  });

  test.each([
    { name: 'planned, no status line', extra: {}, options: plain, has: ['ww-agenda__item--gepland', 'De Oude Bieb · Beijum · gratis'], not: ['ww-agenda__status'] },
    { name: 'without wijk', extra: {}, options: { ...plain, showWijk: false }, has: ['De Oude Bieb · gratis'], not: ['Beijum'] },
    {
      name: 'moved, with the original date',
      extra: { occurrence: { status: 'verplaatst' as const, oorspronkelijkeDatum: '2026-12-10' } },
      options: plain,
      has: ['<strong>Verplaatst</strong> (was <time datetime="2026-12-10">donderdag 10 december 2026</time>)'],
      not: [],
    },
    { name: 'full', extra: { occurrence: { status: 'vol' as const } }, options: plain, has: ['<strong>Vol</strong></p>'], not: [] },
    { name: 'all day: the datetime is the date', extra: { occurrence: { start: undefined } }, options: plain, has: ['<time datetime="2026-12-12">'], not: [] },
    { name: 'online, paid, no place', extra: { plaats: undefined, online: true, gratis: false, wijken: [] }, options: plain, has: ['<p class="ww-agenda__meta">Online</p>'], not: [] },
    { name: 'nothing for the meta line', extra: { plaats: undefined, gratis: false, wijken: [] }, options: plain, has: [], not: ['ww-agenda__meta'] },
    {
      name: 'new window for embeds',
      extra: {},
      options: { ...plain, newWindow: true },
      has: ['target="_blank" rel="noopener">Kerstmarkt in De Oude Bieb<span class="ww-visually-hidden"> (opent in nieuw venster)</span></a>'],
      not: [],
    },
  ])('$name', ({ extra, options, has, not }) => {
    const html = renderAgendaRow(row(extra), options);
    for (const part of has) expect(html).toContain(part);
    for (const part of not) expect(html).not.toContain(part);
  });

  test('hostile text stays text: titles, places, notes and wijken are escaped', () => {
    const evil = `<script>alert("x")</script>&'"`;
    const html = renderAgendaRow(
      row({ titel: evil, plaats: { naam: evil }, wijken: [{ naam: evil }], occurrence: { status: 'geannuleerd', toelichting: evil } }),
      plain,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/"x"|&'"/);
    expect(html.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;&amp;&#39;&quot;/g)).toHaveLength(4); // title, note, place and wijk
  });
});

describe('renderAgendaList', () => {
  const options = { headingLevel: 2 as const, showWijk: true, newWindow: false, dayIds: false, continued: false, emptyText: 'Niets <hier>.' };

  test('no days: the empty text, escaped', () => {
    expect(renderAgendaList([], options)).toBe('<p class="ww-agenda__empty">Niets &lt;hier&gt;.</p>');
  });

  test('a heading per day with its rows, in the given order', () => {
    const html = renderAgendaList(
      [
        { datum: '2026-12-01', rows: [row(), row({ titel: 'Tweede' })] },
        { datum: '2026-12-02', rows: [row({ titel: 'Derde' })] },
      ],
      options,
    );
    expect(html.startsWith('<div class="ww-agenda"><div class="ww-agenda__day"><h2 class="ww-agenda__date"><time datetime="2026-12-01">Dinsdag 1 december 2026</time></h2>')).toBe(true);
    expect(html.match(/<li /g)).toHaveLength(3);
    expect(html.indexOf('Tweede')).toBeLessThan(html.indexOf('Woensdag 2 december 2026'));
    expect(html.indexOf('Woensdag 2 december 2026')).toBeLessThan(html.indexOf('Derde'));
    expect(html.endsWith('</ul></div></div>')).toBe(true);
  });

  test('h3 headings, day ids and "(vervolg)" on the first day only', () => {
    const html = renderAgendaList(
      [
        { datum: '2026-12-01', rows: [row()] },
        { datum: '2026-12-02', rows: [row()] },
      ],
      { ...options, headingLevel: 3, dayIds: true, continued: true },
    );
    expect(html).toContain('<h3 class="ww-agenda__date" id="dag-2026-12-01"><time datetime="2026-12-01">Dinsdag 1 december 2026</time> (vervolg)</h3>');
    expect(html).toContain('<h3 class="ww-agenda__date" id="dag-2026-12-02"><time datetime="2026-12-02">Woensdag 2 december 2026</time></h3>');
  });
});
