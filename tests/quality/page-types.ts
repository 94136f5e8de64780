/**
 * One page of every kind the product makes (DESIGN §5), on the site that has it. The axe sweep, the 200 % zoom
 * check, the script check and the request log run on these; the 320 px reflow check and html-validate run on
 * every page. Chosen pages: koffieochtend-wiershoeck repeats weekly (with a cancelled date), kerstmarkt-oude-bieb
 * is cancelled, selwerd-festival lasts two days; the NPG project, the Melle subproject and the Heerhugowaard
 * programme are the three project shapes.
 */
import type { SiteName } from './browser.ts';

export interface PageType {
  /** What kind of page, in Dutch, as the accessibility statement names it. */
  soort: string;
  site: SiteName;
  path: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { soort: 'voorpagina', site: 'demo', path: '/' },
  { soort: 'agenda', site: 'demo', path: '/agenda/' },
  { soort: 'agenda met filter', site: 'demo', path: '/agenda/filter/wijk/selwerd/' },
  { soort: 'agenda per maand', site: 'demo', path: '/agenda/2026/12/' },
  { soort: 'agenda per maand, tweede pagina', site: 'demo', path: '/agenda/2026/12/2/' },
  { soort: 'activiteit (elke week)', site: 'demo', path: '/agenda/koffieochtend-wiershoeck/' },
  { soort: 'activiteit (gaat niet door)', site: 'demo', path: '/agenda/kerstmarkt-oude-bieb/' },
  { soort: 'activiteit (meer dagen)', site: 'demo', path: '/agenda/selwerd-festival/' },
  { soort: 'agenda om te printen', site: 'demo', path: '/agenda/print/' },
  { soort: 'agenda als tekst', site: 'demo', path: '/agenda/tekst/' },
  { soort: 'agenda voor andere websites (embed)', site: 'demo', path: '/embed/agenda/' },
  { soort: 'wijkagenda voor andere websites (embed)', site: 'demo', path: '/embed/wijken/beijum/' },
  { soort: 'initiatieven', site: 'demo', path: '/initiatieven/' },
  { soort: 'initiatief', site: 'demo', path: '/initiatieven/de-vlinder/' },
  { soort: 'help mee', site: 'demo', path: '/help-mee/' },
  { soort: 'projecten', site: 'demo', path: '/projecten/' },
  { soort: 'projecten met filter', site: 'demo', path: '/projecten/status/uitvoering/' },
  { soort: 'project', site: 'demo', path: '/projecten/wijkondersteuner-beijum-lewenborg/' },
  { soort: 'deelproject', site: 'uden-melle', path: '/projecten/deelproject-melle/' },
  { soort: 'programma', site: 'heerhugowaard', path: '/projecten/meedoen-is-winnen/' },
  { soort: 'wijken', site: 'demo', path: '/wijken/' },
  { soort: 'wijk', site: 'demo', path: '/wijken/beijum/' },
  { soort: 'locatie', site: 'demo', path: '/locaties/de-oude-bieb/' },
  { soort: 'organisatie', site: 'demo', path: '/organisaties/wij-groningen/' },
  { soort: 'thema', site: 'demo', path: '/themas/ontmoeting/' },
  { soort: 'nieuws', site: 'demo', path: '/nieuws/' },
  { soort: 'nieuwsbericht', site: 'demo', path: '/nieuws/2026-11-02-netwerk-lewenborg-gestart/' },
  { soort: 'zoeken', site: 'demo', path: '/zoeken/' },
  { soort: 'pagina niet gevonden (404)', site: 'demo', path: '/deze-pagina-bestaat-niet/' },
  { soort: 'toegankelijkheidsverklaring', site: 'demo', path: '/toegankelijkheid/' },
  { soort: 'privacyverklaring', site: 'demo', path: '/privacy/' },
  { soort: 'voorpagina', site: 'uden-melle', path: '/' },
  { soort: 'voorpagina', site: 'heerhugowaard', path: '/' },
];
