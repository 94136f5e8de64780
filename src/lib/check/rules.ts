/**
 * Consistency rules that a schema alone cannot express (DESIGN §3, §4).
 * They run on the raw parsed data, also when the schema found other problems,
 * so that one run reports everything; every rule guards its own types.
 */
import { isPeriodReversed, summarizeBegroting, type BegrotingInput } from '../budget.ts';
import { formatEuro } from '../money.ts';
import { privacyProblems } from './privacy.ts';

export interface RuleProblem {
  level: 'fout' | 'waarschuwing';
  path: (string | number)[];
  message: string;
}

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDateString = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const has = (data: Data, key: string) => data[key] !== undefined && data[key] !== null;

/** Activity slugs that would clash with fixed URLs under /agenda/ (DESIGN §5). */
export function isReservedActivitySlug(slug: string): boolean {
  return RESERVED_ACTIVITY_SLUGS.has(slug) || /^\d{4}$/.test(slug);
}

/** Fixed pages under /agenda/: the printable agenda, the text version and the filter pages. */
export const RESERVED_ACTIVITY_SLUGS = new Set(['print', 'tekst', 'filter']);

/** Filter pages under /projecten/ (by status and by wijk). */
export const RESERVED_PROJECT_SLUGS = new Set(['status', 'wijk']);

function imageRule(data: Data, out: RuleProblem[]) {
  if (has(data, 'afbeelding') && !has(data, 'afbeelding_alt')) {
    out.push({
      level: 'fout',
      path: ['afbeelding_alt'],
      message: 'ontbreekt. Een afbeelding heeft een beschrijving nodig voor wie hem niet kan zien. Vul afbeelding_alt in',
    });
  }
}

function wijkOrWijken(data: Data, out: RuleProblem[]) {
  if (has(data, 'wijk') && has(data, 'wijken')) {
    out.push({ level: 'fout', path: ['wijken'], message: 'gebruik wijk of wijken, niet allebei. Zet alle wijken in wijken: [..]' });
  }
}

/** Warns for `http://` links anywhere in the data: the schemas accept them, https is better for visitors. */
function httpRule(value: unknown, path: (string | number)[], out: RuleProblem[], depth = 0) {
  if (depth > 12) return;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^http:\/\//i.test(trimmed) && !/\s/.test(trimmed)) {
      out.push({
        level: 'waarschuwing',
        path,
        message: `"${trimmed.slice(0, 80)}" begint met http://. Gebruik https:// als de site dat heeft: dat is veiliger voor bezoekers`,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => httpRule(item, [...path, i], out, depth + 1));
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) httpRule(child, [...path, key], out, depth + 1);
  }
}

function activiteitRules(data: Data, out: RuleProblem[]) {
  const forms = ['datum', 'data', 'herhaling'].filter((key) => has(data, key));
  if (forms.length === 0) {
    out.push({
      level: 'fout',
      path: [],
      message: 'er staat geen datum in. Geef een datum (één dag), data (een lijst dagen) of een herhaling (terugkerend) op',
    });
  } else if (forms.length > 1) {
    out.push({
      level: 'fout',
      path: [forms[1]!],
      message: `gebruik maar één van datum, data en herhaling. Nu staan ${forms.join(' en ')} er allebei in`,
    });
  }
  if (!has(data, 'locatie') && !has(data, 'online')) {
    out.push({ level: 'fout', path: ['locatie'], message: 'ontbreekt. Geef een locatie op, of online: met een link als het online is' });
  }
  wijkOrWijken(data, out);
  if (has(data, 'einddatum') && !has(data, 'datum')) {
    out.push({ level: 'fout', path: ['einddatum'], message: 'kan alleen samen met datum. Zet de eerste dag in datum' });
  }
  if (isDateString(data.datum) && isDateString(data.einddatum) && data.einddatum < data.datum) {
    out.push({ level: 'fout', path: ['einddatum'], message: `${data.einddatum} ligt vóór de datum ${data.datum}. Zet de laatste dag in einddatum` });
  }
  if (has(data, 'tijd') && !has(data, 'datum')) {
    out.push({
      level: 'fout',
      path: ['tijd'],
      message: has(data, 'herhaling') ? 'hoort bij een herhaling in herhaling.tijd te staan' : 'hoort bij een datum. Zet de tijd bij elke dag in data',
    });
  }
  const h = data.herhaling;
  if (isObject(h)) {
    if (isDateString(h.vanaf) && isDateString(h.tot_en_met) && h.tot_en_met < h.vanaf) {
      out.push({
        level: 'fout',
        path: ['herhaling', 'tot_en_met'],
        message: `${h.tot_en_met} ligt vóór vanaf (${h.vanaf}). Zet de laatste datum in tot_en_met, of draai ze om`,
      });
    }
    if ((h.elke === 'week' || h.elke === '2-weken' || h.elke === 'maand') && !has(h, 'dagen')) {
      out.push({ level: 'fout', path: ['herhaling', 'dagen'], message: 'ontbreekt. Zeg op welke weekdag, bijvoorbeeld dagen: [dinsdag]' });
    }
    if (has(h, 'week_van_de_maand') && h.elke !== 'maand') {
      out.push({ level: 'fout', path: ['herhaling', 'week_van_de_maand'], message: 'werkt alleen met elke: maand' });
    }
    if (h.elke === 'maand' && !has(h, 'week_van_de_maand')) {
      out.push({
        level: 'fout',
        path: ['herhaling', 'week_van_de_maand'],
        message: 'ontbreekt. Zeg welke week van de maand: eerste, tweede, derde, vierde of laatste',
      });
    }
  }
  const signup = data.aanmelden;
  if (isObject(signup) && signup.nodig === true && !has(signup, 'via')) {
    out.push({
      level: 'fout',
      path: ['aanmelden', 'via'],
      message: 'ontbreekt. Als aanmelden nodig is, zeg dan hoe: een link (https://), e-mail (mailto:) of telefoon (tel:)',
    });
  }
  if (typeof data.status === 'string' && data.status !== 'gepland' && data.status !== 'afgelopen' && !has(data, 'status_toelichting')) {
    out.push({
      level: 'fout',
      path: ['status_toelichting'],
      message: `ontbreekt. Leg bij status ${data.status} in één zin uit waarom, voor de bezoekers`,
    });
  }
  if (Array.isArray(data.wijzigingen)) {
    if (!has(data, 'herhaling') && !has(data, 'data')) {
      out.push({ level: 'fout', path: ['wijzigingen'], message: 'werken alleen bij een herhaling of een lijst data. Pas bij één datum de datum zelf aan' });
    }
    data.wijzigingen.forEach((w, i) => {
      if (!isObject(w)) return;
      const changes = ['status', 'tijd', 'locatie', 'nieuwe_datum'].filter((key) => has(w, key));
      if (changes.length === 0) {
        out.push({
          level: 'fout',
          path: ['wijzigingen', i],
          message: 'zegt niet wat er verandert. Vul status, tijd, locatie of nieuwe_datum in',
        });
      }
      if (w.status === 'geannuleerd' && has(w, 'nieuwe_datum')) {
        out.push({
          level: 'fout',
          path: ['wijzigingen', i, 'nieuwe_datum'],
          message: 'een datum kan niet tegelijk geannuleerd en verplaatst zijn. Kies één van de twee',
        });
      }
      if (w.status === 'geannuleerd' && !has(w, 'toelichting')) {
        out.push({ level: 'waarschuwing', path: ['wijzigingen', i, 'toelichting'], message: 'leg bezoekers in een paar woorden uit waarom het niet doorgaat' });
      }
    });
  }
  imageRule(data, out);
}

function initiatiefRules(data: Data, out: RuleProblem[]) {
  wijkOrWijken(data, out);
  imageRule(data, out);
}

function periodRule(value: unknown, path: (string | number)[], out: RuleProblem[]) {
  if (!isObject(value)) return;
  if (typeof value.van === 'string' && typeof value.tot === 'string' && isPeriodReversed(value.van, value.tot)) {
    out.push({ level: 'fout', path: [...path, 'tot'], message: `${value.tot} ligt vóór het begin (${value.van}). Draai van en tot om` });
  }
}

const isAmountMap = (v: unknown): v is Record<string, number> => isObject(v) && Object.values(v).every((n) => typeof n === 'number');

function projectRules(data: Data, out: RuleProblem[]) {
  periodRule(data.periode, ['periode'], out);
  if (Array.isArray(data.planning)) data.planning.forEach((fase, i) => periodRule(fase, ['planning', i], out));
  if (isObject(data.ambities)) {
    const values = Object.values(data.ambities);
    if (values.every((v) => typeof v === 'number')) {
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      if (sum !== 100) {
        out.push({
          level: 'fout',
          path: ['ambities'],
          message:
            sum < 100
              ? `de punten tellen op tot ${sum} in plaats van 100. Verdeel nog ${100 - sum} punten`
              : `de punten tellen op tot ${sum} in plaats van 100. Haal er ${sum - 100} af`,
        });
      }
    }
  }
  const b = data.begroting;
  if (isObject(b) && Array.isArray(b.posten)) {
    const posten = b.posten.filter((p): p is { post: string; bedragen: Record<string, number> } => isObject(p) && isAmountMap(p.bedragen));
    const dekking = Array.isArray(b.dekking)
      ? b.dekking.filter((p): p is { bron: string; bedragen: Record<string, number> } => isObject(p) && isAmountMap(p.bedragen))
      : [];
    const input: BegrotingInput = { posten, dekking, ...(isAmountMap(b.totaal) ? { totaal: b.totaal } : {}) };
    const summary = summarizeBegroting(input);
    for (const row of summary.totaalVerschillen) {
      out.push({
        level: 'fout',
        path: ['begroting', 'totaal', row.jaar],
        message: `het totaal voor ${row.jaar} is ${formatEuro(row.opgegeven)}, maar de posten tellen op tot ${formatEuro(row.berekend)}: ${formatEuro(Math.abs(row.verschil))} ${row.verschil > 0 ? 'te veel' : 'te weinig'}. Pas het totaal of de posten aan`,
      });
    }
    if (Array.isArray(b.dekking)) {
      for (const year of summary.jaren) {
        if (year.tekort > 0) {
          out.push({
            level: 'waarschuwing',
            path: ['begroting', 'dekking'],
            message: `in ${year.jaar} is de dekking ${formatEuro(year.tekort)} lager dan de kosten (${formatEuro(year.dekking)} van ${formatEuro(year.kosten)}). De pagina toont "dekking ontbreekt"`,
          });
        }
      }
    }
  }
  if (has(data, 'nummer') && !has(data, 'programma')) {
    out.push({ level: 'fout', path: ['nummer'], message: 'hoort bij een deelproject. Vul ook programma in, of haal nummer weg' });
  }
  imageRule(data, out);
}

/** Runs the rules of one collection over one entry's raw data. */
export function runRules(collection: string, data: unknown): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!isObject(data)) return out;
  switch (collection) {
    case 'activiteiten':
      activiteitRules(data, out);
      break;
    case 'initiatieven':
      initiatiefRules(data, out);
      break;
    case 'projecten':
      projectRules(data, out);
      break;
    case 'nieuws':
      imageRule(data, out);
      break;
  }
  // Privacy (06-numbers, personal e-mail addresses) and http:// links, in every collection and every field.
  out.push(...privacyProblems(data));
  httpRule(data, [], out);
  return out;
}
