/**
 * Privacy warnings (issue 8, part 5): a resident's mobile number or private e-mail address must not
 * end up on a public page by accident. Everything in content is public, so every phone and e-mail
 * field is looked at, wherever it is: `contact`, `contactpersonen`, `hulp_gezocht[].contact`, the
 * `telefoon`/`email` of a locatie or organisatie, `tel:`/`mailto:` links in `aanmelden.via`, and
 * numbers and addresses written in the body text.
 *
 * Warnings, never errors: the editor may have a good reason. Consent is recorded with
 * `toestemming: true` in the contact the number belongs to; for `aanmelden.via` and the body text
 * the entry's own `contact.toestemming` counts.
 *
 * "Personal-looking" e-mail: any address at a consumer mail provider (gmail.com, hotmail.nl,
 * ziggo.nl, kpnmail.nl …), and at other domains an address that reads like a person's name with an
 * initial or a tussenvoegsel (`j.jansen@…`, `piet.van.dijk@…`). Role addresses such as
 * `info@`, `wijkondersteuner.melle@` or `buurttuin.rivierenwijk@` pass.
 */

export interface PrivacyProblem {
  level: 'waarschuwing';
  path: (string | number)[];
  message: string;
}

/** Domains of mail services for private persons (Dutch providers and the big international ones). */
export const CONSUMER_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.nl', 'outlook.com', 'outlook.nl', 'live.com', 'live.nl',
  'msn.com', 'icloud.com', 'me.com', 'mac.com', 'yahoo.com', 'yahoo.nl', 'ymail.com', 'aol.com', 'aim.com',
  'gmx.com', 'gmx.net', 'gmx.de', 'mail.com', 'proton.me', 'protonmail.com', 'pm.me', 'tutanota.com', 'zoho.com',
  'ziggo.nl', 'kpnmail.nl', 'kpnplanet.nl', 'planet.nl', 'home.nl', 'hetnet.nl', 'chello.nl', 'casema.nl',
  'upcmail.nl', 'xs4all.nl', 'tele2.nl', 'zeelandnet.nl', 'online.nl', 'quicknet.nl', 'solcon.nl', 'telfort.nl',
  'versatel.nl', 'caiway.nl', 'kabelfoon.nl', 'onsbrabantnet.nl', 'freeler.nl', 'wanadoo.nl', 'orange.nl',
  'hccnet.nl', 'multiweb.nl', 'introweb.nl', 'tiscali.nl', 'lijbrandt.nl', 'delta.nl', 'zonnet.nl', 'kpnplanet.com',
]);

/** Dutch name particles; a local part with one of them as a segment reads like a person's name. */
const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'vd', 'la', 'le', 'du']);

/** True when an e-mail address looks like a private person's rather than an organisation's. */
export function isPersonalEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase().replace(/\.$/, '');
  if (CONSUMER_MAIL_DOMAINS.has(domain)) return true;
  const parts = local.split(/[._-]/).filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => /^[a-z]+$/.test(p))) return false;
  // j.jansen, j.de.vries, piet.van.dijk
  if (parts[0]!.length === 1 && parts.slice(1).some((p) => p.length >= 3)) return true;
  return parts.slice(1, -1).some((p) => TUSSENVOEGSELS.has(p));
}

/** True when a phone number (as written, or as YAML turned it into a number) is a Dutch mobile number. */
export function isMobileNumber(value: string | number): boolean {
  let digits = String(value).replace(/[\s\-().]/g, '');
  if (typeof value === 'number' && /^6\d{8}$/.test(digits)) return true; // 0612345678 read as a number
  if (digits.startsWith('+31')) digits = digits.slice(3);
  else if (digits.startsWith('0031')) digits = digits.slice(4);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  else return false;
  digits = digits.replace(/^0(?=6)/, ''); // +31 (0)6 …
  return /^6\d{8}$/.test(digits);
}

const MOBILE_CONTACT =
  'dit is een 06-nummer. Zet alleen een persoonlijk nummer op de site als de persoon dat goed vindt, en zet dan toestemming: true in het contact';
const MOBILE_PLAIN =
  'dit is een 06-nummer. Gebruik hier een algemeen nummer van de organisatie of locatie; een persoonlijk nummer hoort in een contact met toestemming: true';
const EMAIL_CONTACT = (address: string) =>
  `"${address}" lijkt een persoonlijk e-mailadres. Zet het alleen op de site als de persoon dat goed vindt, en zet dan toestemming: true in het contact. Of gebruik een algemeen adres, zoals info@…`;
const EMAIL_PLAIN = (address: string) =>
  `"${address}" lijkt een persoonlijk e-mailadres. Gebruik hier een algemeen adres van de organisatie, zoals info@…`;

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects whose schema has `toestemming` (so the message can point at it). */
function canRecordConsent(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'contact' || (path.length >= 2 && path[path.length - 2] === 'contactpersonen');
}

/**
 * Privacy warnings for one entry's raw data (any collection). Walks the whole value (to a depth of
 * 12), so that a phone or e-mail field is looked at wherever a schema puts it.
 */
export function privacyProblems(data: unknown): PrivacyProblem[] {
  const out: PrivacyProblem[] = [];
  if (!isObject(data)) return out;
  const entryConsent = isObject(data.contact) && data.contact.toestemming === true;
  const walk = (value: unknown, path: (string | number)[], depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    if (!isObject(value)) return;
    const consent = value.toestemming === true;
    const withConsentField = path.length === 0 ? false : canRecordConsent(path);
    const phone = value.telefoon;
    if ((typeof phone === 'string' || typeof phone === 'number') && !consent && isMobileNumber(phone)) {
      out.push({ level: 'waarschuwing', path: [...path, 'telefoon'], message: withConsentField ? MOBILE_CONTACT : MOBILE_PLAIN });
    }
    const email = value.email;
    if (typeof email === 'string' && !consent && isPersonalEmail(email.trim())) {
      out.push({ level: 'waarschuwing', path: [...path, 'email'], message: (withConsentField ? EMAIL_CONTACT : EMAIL_PLAIN)(email.trim().slice(0, 80)) });
    }
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string' && !entryConsent && !consent) linkWarning(child, [...path, key], out);
      else if (typeof child === 'object' && child !== null) walk(child, [...path, key], depth + 1);
    }
  };
  walk(data, [], 0);
  return out;
}

/** `tel:06…` and `mailto:` personal addresses in link fields such as `aanmelden.via`. */
function linkWarning(value: string, path: (string | number)[], out: PrivacyProblem[]) {
  const trimmed = value.trim();
  const tel = /^tel:(.+)$/i.exec(trimmed);
  if (tel && isMobileNumber(tel[1]!)) {
    out.push({
      level: 'waarschuwing',
      path,
      message: 'dit is een 06-nummer. Zet alleen een persoonlijk nummer op de site als de persoon dat goed vindt, en zet dan toestemming: true in contact',
    });
    return;
  }
  const mail = /^mailto:([^?]+)/i.exec(trimmed);
  if (mail && isPersonalEmail(mail[1]!)) {
    out.push({
      level: 'waarschuwing',
      path,
      message: `"${mail[1]!.slice(0, 80)}" lijkt een persoonlijk e-mailadres. Zet het alleen op de site als de persoon dat goed vindt, en zet dan toestemming: true in contact`,
    });
  }
}

const BODY_MOBILE = /(?<![\d+])(?:\+31[\s-]?(?:\(0\)[\s-]?)?|0031[\s-]?|0)6(?:[\s-]?\d){8}(?!\d)/g;
const BODY_EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}/g;

/**
 * Privacy warnings for a Markdown body: 06-numbers and personal-looking e-mail addresses in the text.
 * `consent` is the entry's `contact.toestemming`. Lines are file lines.
 */
export function bodyPrivacyProblems(body: string, bodyLine: number, consent: boolean): { level: 'waarschuwing'; line: number; message: string }[] {
  if (consent) return [];
  const out: { level: 'waarschuwing'; line: number; message: string }[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length && out.length < 10; n++) {
    const line = lines[n]!;
    if (/\d/.test(line) && BODY_MOBILE.test(line)) {
      out.push({
        level: 'waarschuwing',
        line: bodyLine + n,
        message:
          'In de tekst staat een 06-nummer. Zet alleen een persoonlijk nummer op de site als de persoon dat goed vindt, en zet dan toestemming: true in contact',
      });
    }
    BODY_MOBILE.lastIndex = 0;
    if (line.includes('@')) {
      for (const m of line.matchAll(BODY_EMAIL)) {
        if (!isPersonalEmail(m[0])) continue;
        out.push({
          level: 'waarschuwing',
          line: bodyLine + n,
          message: `In de tekst staat "${m[0].slice(0, 80)}". Dat lijkt een persoonlijk e-mailadres. Zet het alleen op de site als de persoon dat goed vindt, en zet dan toestemming: true in contact`,
        });
        break;
      }
    }
  }
  return out;
}
