/**
 * The "help mee" page (DESIGN §5): every call for volunteers of activities
 * (`hulp_gezocht`, one sentence) and initiatives (a list of vacancies) in one
 * list, grouped by wijk and then by thema. Pure: callers pass plain facts.
 */

/** How to reach someone about a vacancy. */
export interface HulpContact {
  naam?: string | undefined;
  email?: string | undefined;
  telefoon?: string | undefined;
}

/** One vacancy as the page shows it. */
export interface HulpVraagItem {
  /** Stable id: `activiteit/<slug>` or `initiatief/<slug>/<n>`. */
  id: string;
  soort: 'activiteit' | 'initiatief';
  slug: string;
  /** Name of the activity or initiative. */
  titel: string;
  href: string;
  wat: string;
  /** For initiatives: the time it takes; for activities: when the activity takes place. */
  tijd?: string | undefined;
  contact?: HulpContact | undefined;
  wijken: readonly string[];
  themas: readonly string[];
}

/** What an activity contributes; `actief` is false for past or cancelled activities. */
export interface HulpActiviteit {
  slug: string;
  titel: string;
  hulp_gezocht?: string | undefined;
  /** When the activity takes place, e.g. 'elke dinsdag, 10.00 – 12.00 uur'. */
  wanneer?: string | undefined;
  contact?: HulpContact | undefined;
  /** Used when the activity has no contact of its own, e.g. its organiser's. */
  fallbackContact?: HulpContact | undefined;
  wijken: readonly string[];
  themas?: readonly string[] | undefined;
  actief: boolean;
}

/** What an initiative contributes; stopped initiatives are left out. */
export interface HulpInitiatief {
  slug: string;
  naam: string;
  status: 'actief' | 'in-oprichting' | 'gestopt';
  hulp_gezocht?: readonly { wat: string; tijd?: string | undefined; contact?: HulpContact | undefined }[] | undefined;
  contact?: HulpContact | undefined;
  wijken: readonly string[];
  themas?: readonly string[] | undefined;
}

const hasContact = (c: HulpContact | undefined): c is HulpContact => Boolean(c && (c.email || c.telefoon));

/**
 * Every open call for help, sorted by the name of the activity or initiative. A vacancy without its
 * own contact uses the contact of its initiative or activity (or the `fallbackContact` the caller resolved).
 */
export function collectHulpVragen(
  activiteiten: Iterable<HulpActiviteit>,
  initiatieven: Iterable<HulpInitiatief>,
): HulpVraagItem[] {
  const items: HulpVraagItem[] = [];
  for (const a of activiteiten) {
    if (!a.actief || !a.hulp_gezocht) continue;
    items.push({
      id: `activiteit/${a.slug}`,
      soort: 'activiteit',
      slug: a.slug,
      titel: a.titel,
      href: `/agenda/${a.slug}/`,
      wat: a.hulp_gezocht,
      tijd: a.wanneer,
      contact: hasContact(a.contact) ? a.contact : a.fallbackContact,
      wijken: a.wijken,
      themas: a.themas ?? [],
    });
  }
  for (const i of initiatieven) {
    if (i.status === 'gestopt') continue;
    (i.hulp_gezocht ?? []).forEach((h, n) => {
      items.push({
        id: `initiatief/${i.slug}/${n + 1}`,
        soort: 'initiatief',
        slug: i.slug,
        titel: i.naam,
        href: `/initiatieven/${i.slug}/`,
        wat: h.wat,
        tijd: h.tijd,
        contact: hasContact(h.contact) ? h.contact : i.contact,
        wijken: i.wijken,
        themas: i.themas ?? [],
      });
    });
  }
  return items.sort((a, b) => a.titel.localeCompare(b.titel, 'nl') || a.id.localeCompare(b.id));
}

/** The vacancies of one thema within one wijk. */
export interface ThemaGroep {
  thema?: string | undefined;
  naam: string;
  items: HulpVraagItem[];
}

/** The vacancies of one wijk, per thema. */
export interface WijkGroep {
  wijk?: string | undefined;
  naam: string;
  themas: ThemaGroep[];
  aantal: number;
}

export const ZONDER_WIJK = 'Voor de hele gemeente';
export const ZONDER_THEMA = 'Overig';

/**
 * Groups vacancies by wijk (an item with several wijken appears under each), then by its first thema.
 * Wijken and themas are sorted by name; items without a wijk or thema come last.
 */
export function groupHulpVragen(
  items: readonly HulpVraagItem[],
  names: { wijk: (slug: string) => string | undefined; thema: (slug: string) => string | undefined },
): WijkGroep[] {
  const byWijk = new Map<string | undefined, HulpVraagItem[]>();
  for (const item of items) {
    const keys = item.wijken.length > 0 ? item.wijken : [undefined];
    for (const key of keys) {
      const list = byWijk.get(key);
      if (list) list.push(item);
      else byWijk.set(key, [item]);
    }
  }
  const sortNamed = <T extends { naam: string; key: string | undefined }>(list: T[]) =>
    list.sort((a, b) => (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0) || a.naam.localeCompare(b.naam, 'nl'));
  const wijken = sortNamed(
    [...byWijk].map(([key, list]) => ({ key, naam: key === undefined ? ZONDER_WIJK : (names.wijk(key) ?? key), list })),
  );
  return wijken.map(({ key, naam, list }) => {
    const byThema = new Map<string | undefined, HulpVraagItem[]>();
    for (const item of list) {
      const thema = item.themas[0];
      const same = byThema.get(thema);
      if (same) same.push(item);
      else byThema.set(thema, [item]);
    }
    const themas = sortNamed(
      [...byThema].map(([t, its]) => ({ key: t, naam: t === undefined ? ZONDER_THEMA : (names.thema(t) ?? t), items: its })),
    ).map(({ key: t, naam: n, items: its }) => ({ thema: t, naam: n, items: its }));
    return { wijk: key, naam, themas, aantal: list.length };
  });
}

/**
 * A `tel:` link for a Dutch phone number, in international form.
 *
 * @example telefoonHref('050 123 4567') // 'tel:+31501234567'
 * @example telefoonHref('14 050') // 'tel:14050'
 */
export function telefoonHref(telefoon: string): string {
  const digits = telefoon.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (/^0[1-9]\d{8}$/.test(digits)) return `tel:+31${digits.slice(1)}`;
  return `tel:${digits}`;
}

/**
 * The count sentence at the top of the page.
 *
 * @example aantalTekst(12) // 'Er zijn nu 12 vragen om hulp.'
 */
export function aantalTekst(aantal: number): string {
  if (aantal === 0) return 'Op dit moment zoekt niemand hulp.';
  return aantal === 1 ? 'Er is nu 1 vraag om hulp.' : `Er zijn nu ${aantal} vragen om hulp.`;
}

/** A wijk group on one page of /help-mee/; `vervolg` when it began on an earlier page. */
export interface WijkGroepOpPagina extends WijkGroep {
  vervolg: boolean;
  themas: (ThemaGroep & { vervolg: boolean })[];
}

/** The pages of /help-mee/ and, per wijk, the page it begins on. */
export interface HulpPaginas {
  paginas: WijkGroepOpPagina[][];
  wijken: { wijk: string | undefined; naam: string; aantal: number; pagina: number }[];
}

/**
 * Splits the grouped vacancies over pages of at most `size` items, keeping their order. A wijk or thema
 * that runs over a page boundary appears on both pages, marked `vervolg` on the second; `aantal` stays the
 * wijk's total. An empty list gives one empty page.
 */
export function pagineerHulpVragen(groups: readonly WijkGroep[], size: number): HulpPaginas {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const paginas: WijkGroepOpPagina[][] = [[]];
  const wijken: HulpPaginas['wijken'] = [];
  let count = 0;
  for (const group of groups) {
    wijken.push({ wijk: group.wijk, naam: group.naam, aantal: group.aantal, pagina: count === size ? paginas.length + 1 : paginas.length });
    let wijkOnPage: WijkGroepOpPagina | undefined;
    for (const thema of group.themas) {
      let themaOnPage: (ThemaGroep & { vervolg: boolean }) | undefined;
      for (const item of thema.items) {
        if (count === size) {
          paginas.push([]);
          count = 0;
          wijkOnPage = undefined;
          themaOnPage = undefined;
        }
        const page = paginas.at(-1)!;
        if (!wijkOnPage) {
          wijkOnPage = { ...group, themas: [], vervolg: wijken.at(-1)!.pagina < paginas.length };
          page.push(wijkOnPage);
        }
        if (!themaOnPage) {
          const begonnen = thema.items[0] !== item;
          themaOnPage = { ...thema, items: [], vervolg: begonnen };
          wijkOnPage.themas.push(themaOnPage);
        }
        themaOnPage.items.push(item);
        count++;
      }
    }
  }
  return { paginas, wijken };
}
