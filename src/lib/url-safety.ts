/**
 * Decides whether a link from content may be published (DESIGN §10: `https:`, `mailto:` and `tel:` only).
 *
 * Content comes from many volunteers, so a link is treated as hostile until proven harmless. The
 * classifier rejects dangerous schemes (`javascript:`, `vbscript:`, `data:`, `file:` …) and every way
 * of hiding them that a browser or an HTML/Markdown processor would undo: mixed case, leading or
 * embedded whitespace, tabs, newlines and control characters, invisible Unicode (zero-width, bidi
 * controls), HTML character references (`&#106;avascript:`, `&colon;`), percent-encoding in the scheme
 * and protocol-relative or backslash tricks (`//evil.example`, `/\evil.example`).
 *
 * `http:` is accepted with `kind: 'http'` so callers can warn (the schemas accept it, a rule warns).
 * Pure: no IO, no dependencies.
 */

/** What kind of link an accepted value is. `relative` only when the caller allows site paths. */
export type UrlKind = 'https' | 'http' | 'mailto' | 'tel' | 'relative';

/** Why a link was refused; `gevaarlijk` means it would (after decoding) run code or load hidden content. */
export type UrlRejection =
  | 'leeg'
  | 'gevaarlijk'
  | 'onzichtbare-tekens'
  | 'codering'
  | 'protocol-relatief'
  | 'backslash'
  | 'spatie'
  | 'inloggegevens'
  | 'onbekend-schema'
  | 'relatief'
  | 'ongeldig';

export type UrlClassification =
  | { ok: true; kind: UrlKind }
  | { ok: false; reason: UrlRejection; /** Dutch sentence for an editor, quoting the (made visible) value. */ message: string };

export interface ClassifyOptions {
  /** Accept site paths and anchors (`/agenda/`, `#aanmelden`, `./foto.jpg`), e.g. for links in Markdown. */
  relative?: boolean;
}

/** Schemes that can run code or show content that is not what the link says. */
export const DANGEROUS_SCHEMES = ['javascript', 'vbscript', 'data', 'file', 'livescript', 'mocha', 'blob', 'filesystem', 'view-source', 'jar'] as const;

/** Control characters (C0, DEL, C1), format characters (zero-width, bidi), lone surrogates and fillers that render as nothing. */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
/** Any whitespace, including no-break and ideographic spaces. */
const WHITESPACE = /[\s\p{Zs}]/u;
/** An HTML character reference: numeric (`&#106;`, `&#x6A`) or named with a semicolon (`&colon;`). */
const CHARACTER_REFERENCE = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*;)/i;

/** The named references an attacker would use to spell a scheme; others are decoded to nothing (which still reveals the rest). */
const NAMED: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', lpar: '(', rpar: ')', period: '.', excl: '!', amp: '&',
  lt: '<', gt: '>', quot: '"', apos: "'", num: '#', percnt: '%', semi: ';', comma: ',', plus: '+', equals: '=',
  quest: '?', commat: '@', lowbar: '_', hyphen: '-', dash: '-', nbsp: '\u00a0', zwj: '\u200d', zwnj: '\u200c',
};

function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d{1,8})|#x([0-9a-f]{1,8})|([a-z][a-z0-9]{0,31}));?/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const named = NAMED[name!.toLowerCase()];
    return named ?? whole;
  });
}

function decodePercent(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * What a browser (or a careless processor) could end up seeing: references and percent-escapes decoded
 * (three rounds, for double encoding), compatibility forms folded (full-width letters), invisible
 * characters and whitespace removed, lower case.
 */
export function revealUrl(value: string): string {
  let out = value;
  for (let round = 0; round < 3; round++) {
    const next = decodePercent(decodeReferences(out.replace(/\\(?=[:/&#%])/g, '')));
    if (next === out) break;
    out = next;
  }
  return out.normalize('NFKC').replace(INVISIBLE_ALL, '').replace(/[\s\p{Zs}]+/gu, '').toLowerCase();
}

/** The dangerous scheme a value would reveal, if any. */
export function dangerousSchemeOf(value: string): string | undefined {
  const revealed = revealUrl(value);
  return DANGEROUS_SCHEMES.find((scheme) => revealed.startsWith(`${scheme}:`));
}

/** A value as it can be shown in a message: invisible characters made visible, long values shortened. */
export function showValue(value: string, max = 80): string {
  const visible = value.replace(INVISIBLE_ALL, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

const LOCAL = /^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/**
 * A reasonable e-mail address: `naam@domein.nl`. No spaces, quotes, angle brackets, comments or
 * IP-address domains; dot-separated ASCII local part; a real top-level domain.
 * @example isEmailAddress('info@bo-beijum.nl') // true
 * @example isEmailAddress('"jan"@x.nl') // false
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  return TLD.test(labels[labels.length - 1]!);
}

/** The digits of a phone link, `+31501234567` or `050 123 4567`: 3 to 15 digits, an optional leading +. */
function isPhoneLinkTarget(value: string): boolean {
  if (!/^\+?[0-9][0-9 ().\-/]*$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 15;
}

const refuse = (reason: UrlRejection, message: string): UrlClassification => ({ ok: false, reason, message });

/**
 * Classifies one link from content.
 * @example classifyUrl('https://wij.groningen.nl/') // { ok: true, kind: 'https' }
 * @example classifyUrl('&#106;avascript:alert(1)').ok // false (reason 'gevaarlijk')
 * @example classifyUrl('/agenda/', { relative: true }) // { ok: true, kind: 'relative' }
 */
export function classifyUrl(input: string, options: ClassifyOptions = {}): UrlClassification {
  const shown = `"${showValue(input)}"`;
  if (input.trim() === '') return refuse('leeg', 'is leeg. Vul een link in die begint met https://, mailto: of tel:');

  const danger = dangerousSchemeOf(input);
  if (danger) {
    return refuse(
      'gevaarlijk',
      `${shown} is een gevaarlijke link (${danger}:). Zo'n link kan bij bezoekers iets uitvoeren of iets anders laten zien dan er staat. Gebruik een gewone link die begint met https://`,
    );
  }
  if (INVISIBLE.test(input)) {
    return refuse('onzichtbare-tekens', `${shown} bevat onzichtbare tekens (zoals een tab, regeleinde of stuurteken). Typ de link opnieuw`);
  }
  if (CHARACTER_REFERENCE.test(input)) {
    return refuse('codering', `${shown} bevat een code zoals &amp; of &#…;. Schrijf de link precies zoals in de adresbalk, bijvoorbeeld met & in plaats van &amp;`);
  }
  if (input.includes('\\')) return refuse('backslash', `${shown} bevat een \\. Gebruik in een link altijd een gewone schuine streep /`);
  if (/^[\s\p{Zs}]/u.test(input) || /[\s\p{Zs}]$/u.test(input)) {
    return refuse('spatie', `${shown} begint of eindigt met een spatie. Haal de spatie weg`);
  }
  if (input.startsWith('//')) return refuse('protocol-relatief', `${shown} begint met //. Schrijf https:// voor het adres`);

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(input)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    const head = input.split(/[/?#]/, 1)[0] ?? '';
    if (head.includes(':')) {
      return refuse(
        head.includes('%') ? 'codering' : 'ongeldig',
        `${shown} is geen geldige link. Gebruik een adres dat begint met https://, mailto: of tel:`,
      );
    }
    if (WHITESPACE.test(input)) return refuse('spatie', `${shown} bevat een spatie. Een link mag geen spaties bevatten; gebruik %20 of een streepje`);
    if (!options.relative) {
      return refuse(
        'relatief',
        /^www\./i.test(input)
          ? `${shown} mist het begin. Schrijf https:// ervoor: https://${showValue(input, 60)}`
          : `${shown} is geen volledige link. Gebruik een adres dat begint met https://, mailto: of tel:`,
      );
    }
    if (/^www\./i.test(input)) return refuse('relatief', `${shown} mist het begin. Schrijf https:// ervoor: https://${showValue(input, 60)}`);
    return { ok: true, kind: 'relative' };
  }

  const rest = input.slice(scheme.length + 1);
  switch (scheme) {
    case 'https':
    case 'http': {
      if (WHITESPACE.test(input)) return refuse('spatie', `${shown} bevat een spatie. Een link mag geen spaties bevatten; gebruik %20 of een streepje`);
      if (!rest.startsWith('//') || !URL.canParse(input)) {
        return refuse('ongeldig', `${shown} is geen geldig webadres. Schrijf het als https://voorbeeld.nl/pagina`);
      }
      const url = new URL(input);
      if (url.username || url.password || /^\/\/[^/?#]*@/.test(rest)) {
        return refuse('inloggegevens', `${shown} bevat een @ vóór de domeinnaam. Zo'n link misleidt bezoekers over waar hij heen gaat. Gebruik het gewone adres`);
      }
      if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
        return refuse('ongeldig', `${shown} is geen geldig webadres: de domeinnaam mist een punt, zoals in voorbeeld.nl`);
      }
      return { ok: true, kind: scheme };
    }
    case 'mailto': {
      const addresses = rest.split('?', 1)[0] ?? '';
      let decoded = addresses;
      try {
        decoded = decodeURIComponent(addresses);
      } catch {
        return refuse('ongeldig', `${shown} is geen geldig e-mailadres. Schrijf mailto:naam@voorbeeld.nl`);
      }
      if (decoded === '' || !decoded.split(',').every((address) => isEmailAddress(address.trim()))) {
        return refuse('ongeldig', `${shown} is geen geldig e-mailadres. Schrijf mailto:naam@voorbeeld.nl`);
      }
      return { ok: true, kind: 'mailto' };
    }
    case 'tel':
      if (!isPhoneLinkTarget(rest)) return refuse('ongeldig', `${shown} is geen geldig telefoonnummer. Schrijf tel:050 123 4567 of tel:+31501234567`);
      return { ok: true, kind: 'tel' };
    default:
      return refuse('onbekend-schema', `${shown} is geen toegestane link. Gebruik een adres dat begint met https://, mailto: of tel:`);
  }
}
