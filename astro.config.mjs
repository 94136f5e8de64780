// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriLockdown } from './src/lib/check/remark-lockdown.ts';
import { readSiteUrl } from './scripts/lib/site-url.mjs';

// The site URL comes from SITE_URL or content/site.yaml, so feeds and canonical links are absolute.
export default defineConfig({
  site: readSiteUrl(),
  // OUT_DIR lets tests build the example sites side by side with the demo.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Content is untrusted: the build refuses MDX code, unknown components and dangerous links again,
  // independently of `npm run check` (MDX inherits this Markdown processor).
  markdown: { processor: satteri({ mdastPlugins: [satteriLockdown] }) },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
