// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriLockdown } from './src/lib/check/remark-lockdown.ts';
import { readSiteUrl } from './scripts/lib/site-url.mjs';
import { SITE_DIRECTIVES, siteThemeHashes } from './src/lib/csp.ts';
import { trimmedPolicies } from './src/integrations/csp-trim.ts';

// The site URL comes from SITE_URL or content/site.yaml, so feeds and canonical links are absolute.
export default defineConfig({
  site: readSiteUrl(),
  // OUT_DIR lets tests build the example sites side by side with the demo.
  outDir: process.env.OUT_DIR ?? './dist',
  // WW_CACHE_DIR gives a test build its own content-layer cache, so builds running side by side in the test
  // suite never read each other's data store (node_modules/.astro by default).
  ...(process.env.WW_CACHE_DIR ? { cacheDir: process.env.WW_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // trimmedPolicies(): see security below.
  integrations: [mdx(), trimmedPolicies()],
  // Content is untrusted: the build refuses MDX code, unknown components and dangerous links again,
  // independently of `npm run check` (MDX inherits this Markdown processor).
  // No syntax highlighting: Shiki colours code with inline style attributes, which the Content-Security-Policy
  // blocks, and a neighbourhood site has no need for coloured code.
  markdown: { processor: satteri({ mdastPlugins: [satteriLockdown] }), syntaxHighlight: false },
  // Component CSS goes into cached files, not into every page: the activity page drops from ~5 to ~4 KB
  // gzipped at no build-time cost (measured with `npm run bench`, see bench/results/README.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy as a meta tag in every page: Astro adds script-src and style-src with a
  // sha256 hash of each inline script and style it writes, plus the theme colours of site.yaml (our one inline
  // style); src/lib/csp.ts has the other directives and what /zoeken/ and /admin/ add. Astro lists every hash
  // of the build in every page; trimmedPolicies() then leaves each page only the hashes it uses, and
  // `script-src 'none'` on pages without scripts (about 0.4 KB gzipped less per page).
  security: { csp: { algorithm: 'SHA-256', directives: [...SITE_DIRECTIVES], styleDirective: { hashes: siteThemeHashes() } } },
});
