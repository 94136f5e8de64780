/** UI strings of the site shell, flat dot-namespaced keys, read through t(). */
const nl = {
  'skiplink': 'Direct naar de inhoud',
  'header.home': 'naar de voorpagina',
  'header.menu': 'Hoofdmenu',
  'header.wijken': 'Wijken',
  'header.search.label': 'Zoeken op de site',
  'header.search.button': 'Zoek',
  'footer.contact': 'Contact',
  'footer.about': 'Over deze site',
  'footer.toegankelijkheid': 'Toegankelijkheid',
  'footer.privacy': 'Privacy',
  'footer.feeds': 'Agenda in je eigen agenda-app (iCal)',
  'footer.rss': 'Agenda als RSS',
  'footer.data': 'Agenda als open data (JSON)',
  'footer.news': 'Nieuws als RSS',
  'footer.editors': 'Voor redacteuren',
} as const;

export type UiKey = keyof typeof nl;

/** The Dutch text for a UI key. */
export function t(key: UiKey): string {
  return nl[key];
}
