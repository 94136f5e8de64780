/**
 * /admin/voorbereiden.js: runs before the editor. It asks Sveltia CMS to wait for the page's own
 * start-up code (custom file formats, see _editor.ts), and makes the editor Dutch without loading
 * its texts from a CDN. Sveltia CMS keeps the
 * texts of the chosen language in localStorage ("sveltia-cms.locale", stamped with its version) and
 * only downloads them when that copy is missing; this script puts the Dutch texts from the npm
 * package there first, and picks Dutch unless the editor chose another language in the settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { sveltiaRoot, sveltiaVersion } from './_cms.ts';

export const GET: APIRoute = () => {
  const strings = readFileSync(join(sveltiaRoot(), 'locales', 'nl.json'), 'utf8').trim();
  const code = `// Voorbereiding van de webeditor: starten na de eigen bestandsvormen, en Nederlandse teksten zonder die van een andere website te laden.
window.CMS_MANUAL_INIT = true;
(function () {
  var VERSION = ${JSON.stringify(sveltiaVersion())};
  var STRINGS = ${strings};
  try {
    var prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') || '{}') || {};
    if (!prefs.locale) {
      prefs.locale = 'nl';
      localStorage.setItem('sveltia-cms.prefs', JSON.stringify(prefs));
    }
    if (prefs.locale !== 'nl') return;
    var cached = JSON.parse(localStorage.getItem('sveltia-cms.locale') || 'null');
    if (!cached || cached._locale !== 'nl' || cached._version !== VERSION) {
      var value = { _locale: 'nl', _version: VERSION };
      for (var key in STRINGS) value[key] = STRINGS[key];
      localStorage.setItem('sveltia-cms.locale', JSON.stringify(value));
    }
  } catch (error) {
    // Without localStorage the editor falls back to its own language choice.
  }
})();
`;
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
