/**
 * Escaping everywhere (issue 8, part 3). A small hostile site: a copy of examples/uden-melle plus the files in
 * tests/hardening/site/ (and a hostile site name and theme colours), with `</script><script>alert(1)</script>`,
 * `"><img src=x onerror=alert(1)>`, `&lt;b&gt;`, `]]>`, `\r\nBEGIN:VEVENT`, `;,\`, U+2028, a right-to-left
 * override, `{{titel}}` and an emoji in titles, summaries, contact names, place names, wijzigingen, project
 * names, budget lines and indicator names. The content check lets all of it through (titles may contain such
 * text), so every output must carry it as inert data. Each output is read back with an independent parser:
 * HTML with Chromium's, JSON-LD and agenda.json with JSON.parse, ICS with Python's icalendar, RSS and the chart
 * SVGs with Python's strict XML parser (expat), the CMS config with the `yaml` package.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { checkContent, type CheckResult } from '../../src/lib/check/check-content.ts';
import { readContentFolder } from '../../scripts/lib/read-content.ts';
import { scheduleChecks } from '../../scripts/lib/schedule-checks.ts';
import { describeWithChromium, launchBrowser, serveSite, type ServedSite } from '../browser/helpers.ts';
import { findPython } from '../feeds/helpers.ts';
import { TEST_TODAY } from '../sites.ts';
import { watchPage } from './csp-watch.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'uden-melle');
const FIXTURES = join(import.meta.dirname, 'site');
const CORPUS = join(import.meta.dirname, 'corpus');

/**
 * The corpus files the check lets through (INERT in corpus.test.ts): they go into the hostile site as well, so
 * every output meets them too. `wijken/beijum.yaml` and `locaties/de-wiershoeck.yaml` in site/ are what they
 * refer to.
 */
const INERT_CORPUS = [
  'nieuws.script-in-title.md',
  'nieuws.jsonld-breakout-title.md',
  'activiteiten.html-in-summary.md',
  'activiteiten.ics-injection-title.md',
  'initiatieven.rss-cdata-breakout.md',
  'wijken.rtl-and-ansi-name.yaml',
  'nieuws.escaped-markdown.md',
];

/** The hostile site name (site.yaml); it reaches every page, every feed and the editor's title. */
const SITE_NAAM = 'Melle </script><script>alert(1)</script> "><img src=x onerror=alert(1)> &lt;b&gt; ]]> ;,\\ \u202E 🎉';

/** Line breaks as an HTML or XML parser hands them back (both turn CR LF and a lone CR into LF). */
const norm = (text: string) => text.replace(/\r\n?/g, '\n');

let content = '';
let out = '';
let cache = '';
let check: CheckResult | undefined;
let build: { status: number | null; output: string } | undefined;

/** Copies the example, adds the hostile files and gives the site a hostile name and a theme (an inline style). */
function prepareContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ww-hostile-content-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  cpSync(FIXTURES, dir, { recursive: true });
  for (const name of INERT_CORPUS) {
    const [collection, ...rest] = name.split('.');
    cpSync(join(CORPUS, name), join(dir, collection!, rest.join('.')));
  }
  const sitePath = join(dir, 'site.yaml');
  const site = parseDocument(readFileSync(sitePath, 'utf8'));
  site.set('naam', SITE_NAAM);
  site.set('thema', { primair: '#004b87', accent: '#b35900' });
  writeFileSync(sitePath, site.toString());
  return dir;
}

beforeAll(() => {
  content = prepareContent();
  out = mkdtempSync(join(tmpdir(), 'ww-hostile-dist-'));
  cache = mkdtempSync(join(tmpdir(), 'ww-hostile-cache-'));
  check = checkContent(readContentFolder(content).files, { schedule: scheduleChecks(content, TEST_TODAY) });
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, TODAY: TEST_TODAY, WW_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 600_000);

afterAll(() => {
  for (const dir of [content, out, cache]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The parsed front matter / YAML of a hostile file, as the check (and so the site) reads it. */
function entry(relativePath: string): Record<string, unknown> {
  const found = check?.entries.find((e) => e.file.endsWith(relativePath));
  if (!found?.value) throw new Error(`${relativePath} was not accepted by the check`);
  return found.value as Record<string, unknown>;
}

function field(value: unknown, ...path: (string | number)[]): string {
  let current: unknown = value;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  if (typeof current !== 'string') throw new Error(`no text at ${path.join('.')}`);
  return current;
}

const read = (path: string) => readFileSync(join(out, path), 'utf8');

/** Every HTML file of the hostile build as URL path → text. */
function htmlPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.name.endsWith('.html')) pages.set(('/' + relative(out, full).split(sep).join('/')).replace(/index\.html$/, ''), readFileSync(full, 'utf8'));
    }
  };
  walk(out);
  return pages;
}

/** JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as unknown);
}

/** Every string anywhere in a parsed JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// Reads ICS (icalendar) and XML (expat, strict: any well-formedness error raises) for the tests below.
const PYTHON_READER = String.raw`
import json, sys, xml.etree.ElementTree as ET
import icalendar
job = json.load(sys.stdin)
result = {"ics": {}, "xml": {}}
for path in job["ics"]:
    raw = open(path, "rb").read()
    cal = icalendar.Calendar.from_ical(raw)
    events = [{
        "summary": str(e.get("SUMMARY", "")),
        "location": str(e.get("LOCATION", "")),
        "description": str(e.get("DESCRIPTION", "")),
        "url": str(e.get("URL", "")),
        "status": str(e.get("STATUS", "")),
        "override": e.get("RECURRENCE-ID") is not None,
    } for e in cal.walk("VEVENT")]
    lines = raw.split(b"\r\n")
    result["ics"][path] = {
        "events": events,
        "begin_lines": sum(1 for l in lines if l == b"BEGIN:VEVENT"),
        "stray_breaks": raw.replace(b"\r\n", b"").count(b"\n") + raw.replace(b"\r\n", b"").count(b"\r"),
    }
for name, text in job["xml"].items():
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as error:
        result["xml"][name] = {"error": str(error)}
        continue
    result["xml"][name] = {
        "root": root.tag,
        "tags": sorted({el.tag.split("}")[-1] for el in root.iter()}),
        "handlers": [el.tag + "@" + a for el in root.iter() for a in el.attrib if a.split("}")[-1].lower().startswith("on")],
        "text": "".join(root.itertext()),
        "items": [{child.tag: (child.text or "") for child in item} for item in root.iter("item")],
        "channel_title": (root.findtext("channel/title") or ""),
    }
json.dump(result, sys.stdout)
`;

interface IcsReport {
  events: { summary: string; location: string; description: string; url: string; status: string; override: boolean }[];
  begin_lines: number;
  stray_breaks: number;
}
interface XmlReport {
  error?: string;
  root: string;
  tags: string[];
  handlers: string[];
  text: string;
  items: Record<string, string>[];
  channel_title: string;
}

function pythonRead(job: { ics: string[]; xml: Record<string, string> }): { ics: Record<string, IcsReport>; xml: Record<string, XmlReport> } {
  const python = findPython();
  if (!python) throw new Error('No Python with icalendar: apt install python3-icalendar python3-recurring-ical-events');
  return JSON.parse(execFileSync(python, ['-c', PYTHON_READER], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as never;
}

const built = () => build?.status === 0;

test('the hostile site passes the project’s content check: these values really reach the outputs', () => {
  expect(check).toBeDefined();
  const errors = check!.problems.filter((p) => p.level === 'fout');
  expect(errors).toEqual([]);
  const hostile = ['activiteiten/xss-koffie.md', 'locaties/xss-plek.yaml', 'projecten/xss-project.md', 'nieuws/xss-bericht.md', 'initiatieven/xss-initiatief.md', 'wijken/xss-wijk.yaml'];
  const corpus = INERT_CORPUS.map((name) => name.replace('.', '/'));
  for (const file of [...hostile, ...corpus]) expect(entry(file), file).toBeDefined();
  expect(field(entry('activiteiten/xss-koffie.md'), 'titel')).toContain('\r\nBEGIN:VEVENT\u2028\u202E');
  expect(build?.output).toBeDefined();
  expect(build!.status, build!.output.slice(-4000)).toBe(0);
});

describe('feeds and data files', () => {
  const koffie = () => entry('activiteiten/xss-koffie.md');

  test('agenda.json: parses, and titles, place and change notes round-trip exactly', () => {
    expect(built()).toBe(true);
    const items = JSON.parse(read('agenda.json')) as { id: string; activiteit: string; titel: string; status: string; toelichting: string | null; locatie: { naam: string } | null }[];
    const mine = items.filter((i) => i.activiteit === 'xss-koffie');
    expect(mine.length).toBeGreaterThan(3);
    for (const item of mine) {
      expect(item.titel).toBe(field(koffie(), 'titel'));
      expect(item.locatie?.naam).toBe(field(entry('locaties/xss-plek.yaml'), 'naam'));
    }
    const cancelled = mine.find((i) => i.id === 'xss-koffie/2026-12-01');
    expect(cancelled?.status).toBe('geannuleerd');
    expect(cancelled?.toelichting).toBe(field(koffie(), 'wijzigingen', 0, 'toelichting'));
    const moved = mine.find((i) => i.id === 'xss-koffie/2026-12-08');
    expect(moved?.status).toBe('verplaatst');
    expect(moved?.toelichting).toBe(field(koffie(), 'wijzigingen', 1, 'toelichting'));
  });

  test('ICS: the independent parser finds the title in SUMMARY and no injected VEVENT or line', () => {
    expect(built()).toBe(true);
    const files = ['agenda.ics', 'agenda/xss-koffie.ics', 'wijken/melle/agenda.ics', 'themas/ontmoeting/agenda.ics'].map((f) => join(out, f));
    const { ics } = pythonRead({ ics: files, xml: {} });
    const titel = norm(field(koffie(), 'titel'));
    const plaats = field(entry('locaties/xss-plek.yaml'), 'naam');
    for (const file of files) {
      const report = ics[file]!;
      // Every physical line ends in CRLF: the CR LF inside the title did not start a line of its own …
      expect(report.stray_breaks, file).toBe(0);
      // … so every BEGIN:VEVENT line is a real event, and the parser sees exactly those.
      expect(report.events.length, file).toBe(report.begin_lines);
      const mine = report.events.filter((e) => e.url.endsWith('/agenda/xss-koffie/'));
      expect(mine.length, file).toBeGreaterThanOrEqual(3);
      for (const event of mine) {
        // ICS text has one kind of line break (\n); the status is also said in the title.
        expect(['', 'Gaat niet door: ', 'Verplaatst: ', 'Vol: '].map((prefix) => prefix + titel), file).toContain(event.summary);
        expect(event.location.startsWith(plaats), file).toBe(true);
      }
      const cancelled = mine.find((e) => e.status === 'CANCELLED');
      expect(cancelled?.override, file).toBe(true);
      expect(cancelled?.description, file).toContain(norm(field(koffie(), 'wijzigingen', 0, 'toelichting')));
      expect(report.events.some((e) => e.summary === 'BEGIN:VEVENT' || e.summary === ''), file).toBe(false);
    }
    // The corpus file with CRLF + END:VEVENT + BEGIN:VEVENT + SUMMARY:Nep in its title: one event, its own title.
    const corpus = pythonRead({ ics: [join(out, 'agenda/ics-injection-title.ics')], xml: {} }).ics[join(out, 'agenda/ics-injection-title.ics')]!;
    expect(corpus.stray_breaks).toBe(0);
    expect(corpus.events.map((e) => e.summary)).toEqual([norm(field(entry('activiteiten/ics-injection-title.md'), 'titel'))]);
    expect(corpus.begin_lines).toBe(1);
  });

  test('RSS: agenda.xml and nieuws.xml are well-formed XML and titles round-trip', () => {
    expect(built()).toBe(true);
    const { xml } = pythonRead({ ics: [], xml: { agenda: read('agenda.xml'), nieuws: read('nieuws.xml') } });
    for (const [name, report] of Object.entries(xml)) {
      expect(report.error, name).toBeUndefined();
      expect(report.root, name).toBe('rss');
    }
    expect(xml['agenda']!.channel_title).toBe(`Agenda ${SITE_NAAM}`);
    expect(xml['nieuws']!.channel_title).toBe(`Nieuws ${SITE_NAAM}`);
    const titel = norm(field(koffie(), 'titel'));
    const mine = xml['agenda']!.items.filter((i) => i['link']?.endsWith('/agenda/xss-koffie/'));
    expect(mine.length).toBeGreaterThanOrEqual(3);
    for (const item of mine) expect(item['title']).toMatch(new RegExp(`^(Gaat niet door: |Verplaatst: |Vol: )?${escapeRegExp(titel)} – `));
    const news = xml['nieuws']!.items.find((i) => i['link']?.endsWith('/nieuws/xss-bericht/'));
    expect(news?.['title']).toBe(field(entry('nieuws/xss-bericht.md'), 'titel'));
    // `]]>` and `<![CDATA[` in the summary come back as the text they were.
    expect(news?.['description']).toBe(field(entry('nieuws/xss-bericht.md'), 'samenvatting'));
  });

  test('agenda/tekst.txt is plain text: the title appears as typed (line breaks as spaces), nothing HTML-escaped', () => {
    expect(built()).toBe(true);
    const text = read('agenda/tekst.txt');
    // A line break in a title becomes a space, so it cannot fake an extra line in the text agenda.
    const title = field(koffie(), 'titel').replace(/[\r\n\u2028\u2029]+/g, ' ');
    expect(text).toContain(title);
    expect(text.split('\n').filter((line) => line.includes(title))).toHaveLength(1);
    expect(text).toContain(`Agenda ${SITE_NAAM}`);
    expect(text).not.toMatch(/&(amp|quot|#\d+);/);
  });

  test('the CMS config parses as YAML; hostile names are plain labels, never a template', () => {
    expect(built()).toBe(true);
    const doc: Document = parseDocument(read('admin/config.yml'));
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    const config = doc.toJS() as Record<string, unknown>;
    expect(config['app_title']).toBe(`Webeditor – ${SITE_NAAM}`);
    const initiatief = field(entry('initiatieven/xss-initiatief.md'), 'naam');
    expect(initiatief).toContain('{{titel}}');
    // Keys whose value Sveltia fills in ({{slug}}, {{fields.datum}} …): only the generator's own text goes there.
    const TEMPLATE_KEYS = new Set(['summary', 'template', 'preview_path', 'value_field', 'display_fields', 'search_fields', 'slug', 'path', 'identifier_field']);
    let labelled = false;
    visit(doc, {
      Pair(_key, pair) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const values = isScalar(pair.value) ? [pair.value.value] : isSeq(pair.value) ? pair.value.items.map((i) => (isScalar(i) ? i.value : undefined)) : [];
        for (const value of values) {
          if (typeof value !== 'string') continue;
          if (value === `${initiatief} (initiatief)`) {
            expect(key).toBe('label');
            labelled = true;
          }
          if (TEMPLATE_KEYS.has(key)) expect(value, key).not.toMatch(/alert|<|Initiatief/);
        }
      },
    });
    expect(labelled).toBe(true);
    // No YAML tags (!!js/function and the like) anywhere: plain data only.
    expect(read('admin/config.yml')).not.toMatch(/(^|[\s:[,-])!{1,2}[a-z]/m);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('JSON-LD and the chart SVGs', () => {
  test('every JSON-LD block parses, and the hostile titles and place round-trip exactly', () => {
    expect(built()).toBe(true);
    const pages = htmlPages();
    let blocks = 0;
    for (const [path, html] of pages) {
      const parsed = jsonLd(html);
      blocks += parsed.length;
      // A block that does not parse would throw above; none may hold raw HTML-escaped text either.
      for (const value of strings(parsed)) expect(value, path).not.toMatch(/&(lt|gt|quot|amp);script/);
    }
    expect(blocks).toBeGreaterThan(5);
    const koffie = strings(jsonLd(pages.get('/agenda/xss-koffie/')!));
    expect(koffie).toContain(field(entry('activiteiten/xss-koffie.md'), 'titel'));
    expect(koffie).toContain(field(entry('activiteiten/xss-koffie.md'), 'samenvatting'));
    expect(koffie).toContain(field(entry('locaties/xss-plek.yaml'), 'naam'));
    expect(strings(jsonLd(pages.get('/nieuws/xss-bericht/')!))).toContain(field(entry('nieuws/xss-bericht.md'), 'titel'));
    // The corpus: `"}]}</script><script>` and `</SCRIPT><!--` with U+2028 stay inside their JSON strings.
    for (const slug of ['jsonld-breakout-title', 'script-in-title']) {
      const news = entry(`nieuws/${slug}.md`);
      expect(strings(jsonLd(pages.get(`/nieuws/${slug}/`)!))).toEqual(expect.arrayContaining([field(news, 'titel'), field(news, 'samenvatting')]));
    }
  });

  test('the project page’s SVG charts are well-formed XML with the hostile labels as text', () => {
    expect(built()).toBe(true);
    const html = read('projecten/xss-project/index.html');
    const svgs = [...html.matchAll(/<svg\b[^>]*class="ww-chart ww-chart--(\w+)"[\s\S]*?<\/svg>/g)];
    expect(svgs.map((m) => m[1])).toEqual(expect.arrayContaining(['planning', 'begroting', 'trend']));
    const { xml } = pythonRead({ ics: [], xml: Object.fromEntries(svgs.map((m) => [m[1]!, m[0]])) });
    for (const [kind, report] of Object.entries(xml)) {
      expect(report.error, kind).toBeUndefined();
      expect(report.tags.filter((t) => !['svg', 'title', 'desc', 'text', 'tspan', 'rect', 'line', 'circle', 'path', 'polyline', 'g', 'defs', 'pattern'].includes(t)), kind).toEqual([]);
      expect(report.handlers, kind).toEqual([]);
    }
    const project = entry('projecten/xss-project.md');
    expect(xml['trend']!.text).toContain(field(project, 'indicatoren', 0, 'naam'));
    expect(xml['planning']!.text).toContain(field(project, 'planning', 0, 'fase'));
  });
});

describe('set:html only where a safe serialiser fills it', () => {
  // Each use, reviewed: what it receives and why that cannot carry content markup. A new set:html fails this
  // test until it has been reviewed and added here.
  const REVIEWED = [
    'src/components/agenda/EmbedLayout.astro: <style set:html={theme} /> — themeStyle(): only #rrggbb colours pass',
    'src/components/agenda/AgendaList.astro: <Fragment set:html={html} /> — renderAgendaList(): every text and attribute escaped (src/lib/agenda-html.test.ts)',
    'src/components/project/charts/Chart.astro: <Fragment set:html={svg} /> — renderSvg(): every text and attribute escaped',
    'src/components/project/charts/Chart.astro: <Fragment set:html={svg} /> — renderSvg(): every text and attribute escaped',
    'src/layouts/BaseLayout.astro: <style set:html={theme} /> — themeStyle(): only #rrggbb colours pass',
    'src/layouts/BaseLayout.astro: <script type="application/ld+json" set:html={jsonLdText} /> — serializeJsonLd(): JSON with < as \\u003c',
    'src/pages/admin/_EditorPage.astro: <script is:inline type="application/json" id="ww-vormen" set:html={formatsJson}> — JSON.stringify with < as \\u003c, built from the schemas',
  ];

  test('the list of set:html uses in src/ is exactly the reviewed one', () => {
    const found: string[] = [];
    const walk = (folder: string) => {
      for (const item of readdirSync(folder, { withFileTypes: true })) {
        const full = join(folder, item.name);
        if (item.isDirectory()) walk(full);
        else if (/\.(astro|mdx|tsx|jsx)$/.test(item.name)) {
          const text = readFileSync(full, 'utf8');
          for (const match of text.matchAll(/<[A-Za-z][^<>]*?set:html=\{[^}]*\}[^<>]*?>/g)) {
            found.push(`${relative(ROOT, full).split(sep).join('/')}: ${match[0]}`);
          }
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(found.sort()).toEqual(REVIEWED.map((r) => r.split(' — ')[0]!).sort());
  });
});

/** What a page's DOM holds, read with Chromium's HTML parser (no scripts run, no CSP: structure only). */
interface DomFacts {
  handlers: string[];
  forbidden: string[];
  /** Elements with a style attribute: the policy blocks those (a code block coloured by Shiki would have them). */
  styled: string[];
  scripts: { type: string; src: string | null; text: string }[];
  h1: string | null;
  ogTitle: string | null;
  siteName: string | null;
  text: string;
  dangerousUrls: string[];
}

describeWithChromium('the HTML pages, parsed and loaded in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let site: ServedSite;
  const facts = new Map<string, DomFacts>();

  beforeAll(async () => {
    if (!built()) return;
    browser = await launchBrowser();
    page = await browser.newPage();
    site = await serveSite(out);
    for (const [path, html] of htmlPages()) {
      facts.set(
        path,
        await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'text/html');
          const all = [...doc.querySelectorAll('*')];
          return {
            handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
            forbidden: [...doc.querySelectorAll('img, iframe, object, embed, base, frame, frameset, meta[http-equiv="refresh" i]')].map((el) => el.outerHTML.slice(0, 120)),
            styled: [...doc.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 120)),
            scripts: [...doc.querySelectorAll('script')].map((s) => ({ type: s.type, src: s.getAttribute('src'), text: s.text })),
            h1: doc.querySelector('h1')?.textContent?.trim() ?? null,
            ogTitle: doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
            siteName: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
            text: doc.body?.textContent ?? '',
            dangerousUrls: all.flatMap((el) =>
              ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']
                .map((name) => el.getAttribute(name))
                .filter((v): v is string => v !== null && /^\s*(javascript|data|vbscript):/i.test(v)),
            ),
          };
        }, html),
      );
    }
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('no page has an injected element, attribute, URL or script', () => {
    expect(built()).toBe(true);
    expect(facts.size).toBeGreaterThan(30);
    for (const [path, dom] of facts) {
      expect(dom.handlers, path).toEqual([]);
      expect(dom.forbidden, path).toEqual([]);
      expect(dom.styled, path).toEqual([]);
      expect(dom.dangerousUrls, path).toEqual([]);
      const html = readFileSync(join(out, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
      for (const script of dom.scripts) {
        if (script.type === 'application/ld+json' || script.type === 'application/json') {
          expect(script.src, path).toBeNull();
          JSON.parse(script.text);
        } else if (script.src !== null) {
          expect(script.src, path).toMatch(/^\/(_astro|admin)\//);
        } else {
          // Only Astro's own inline code, allowed by its hash.
          expect(policy, path).toContain(`'sha256-${createHash('sha256').update(script.text, 'utf8').digest('base64')}'`);
        }
      }
      if (dom.siteName !== null) expect(dom.siteName, path).toBe(SITE_NAAM);
    }
  });

  test('the hostile text is shown as text: headings and attributes round-trip', () => {
    expect(built()).toBe(true);
    const koffie = entry('activiteiten/xss-koffie.md');
    const activity = facts.get('/agenda/xss-koffie/')!;
    expect(activity.h1).toBe(norm(field(koffie, 'titel')).trim());
    expect(activity.ogTitle).toBe(norm(field(koffie, 'titel')));
    for (const value of [field(koffie, 'samenvatting'), field(koffie, 'contact', 'naam'), field(koffie, 'hulp_gezocht'), field(entry('locaties/xss-plek.yaml'), 'naam')]) {
      expect(activity.text).toContain(norm(value));
    }
    expect(facts.get('/nieuws/xss-bericht/')!.h1).toBe(field(entry('nieuws/xss-bericht.md'), 'titel'));
    expect(facts.get('/initiatieven/xss-initiatief/')!.h1).toBe(field(entry('initiatieven/xss-initiatief.md'), 'naam'));
    const project = entry('projecten/xss-project.md');
    const projectPage = facts.get('/projecten/xss-project/')!;
    expect(projectPage.h1).toBe(field(project, 'naam'));
    for (const value of [field(project, 'begroting', 'posten', 0, 'post'), field(project, 'indicatoren', 0, 'naam'), field(project, 'trekker', 'naam'), field(project, 'risicos', 0, 'risico')]) {
      expect(projectPage.text).toContain(value);
    }
    expect(facts.get('/wijken/xss-wijk/')!.text).toContain(field(entry('wijken/xss-wijk.yaml'), 'naam'));
    expect(facts.get('/locaties/xss-plek/')!.text).toContain(field(entry('locaties/xss-plek.yaml'), 'naam'));
    expect(facts.get('/embed/agenda/')!.text).toContain(norm(field(koffie, 'titel')));
    expect(facts.get('/help-mee/')!.text).toContain(field(entry('initiatieven/xss-initiatief.md'), 'hulp_gezocht', 0, 'wat'));
    // The escaped Markdown body stays text: "&lt;script&gt;" shows as "<script>", and no element came of it.
    expect(facts.get('/nieuws/xss-bericht/')!.text).toContain('Tekst als <script> blijft gewone tekst.');
  });

  test.each([
    '/',
    '/agenda/',
    '/agenda/xss-koffie/',
    '/agenda/tekst/',
    '/nieuws/xss-bericht/',
    '/projecten/xss-project/',
    '/initiatieven/xss-initiatief/',
    '/wijken/xss-wijk/',
    '/locaties/xss-plek/',
    '/help-mee/',
    '/embed/agenda/',
    '/embed/wijken/melle/',
    '/admin/',
  ])('%s loads without a dialog, a page error or a CSP violation (theme colours included)', async (path) => {
    expect(built()).toBe(true);
    const report = await watchPage(browser, `${site.url}${path}`);
    expect(report.dialogs).toEqual([]);
    expect(report.pageErrors).toEqual([]);
    expect(report.violations).toEqual([]);
    expect(report.cspConsole).toEqual([]);
    expect(report.external).toEqual([]);
  });
});
