/**
 * Starts the web editor once Sveltia CMS has loaded: registers the custom file formats of the
 * collections whose files need reshaping (see _vormen.ts), then initialises the CMS, which reads
 * /admin/config.yml. Bundled by Astro into a local script; `voorbereiden.js` held the automatic start.
 */
import { parse, stringify } from 'yaml';
import { SVELTIA_YAML_OPTIONS, readForEditor, writeFromEditor, type CmsFormat } from './_vormen.ts';

interface SveltiaApi {
  registerCustomFormat(
    name: string,
    extension: string,
    handlers: { fromFile: (text: string) => unknown; toFile: (value: Record<string, unknown>) => string },
  ): void;
  init(): unknown;
}

const cms = (window as unknown as { CMS?: SveltiaApi }).CMS;
const formats = JSON.parse(document.getElementById('ww-vormen')?.textContent ?? '{}') as Record<string, CmsFormat>;

if (cms) {
  for (const [name, format] of Object.entries(formats)) {
    cms.registerCustomFormat(name, format.extension, {
      fromFile: (text) => readForEditor(text, format, (yaml) => parse(yaml)),
      toFile: (value) => writeFromEditor(value, format, (data, _replacer, options: typeof SVELTIA_YAML_OPTIONS) => stringify(data, null, options)),
    });
  }
  void cms.init();
}
