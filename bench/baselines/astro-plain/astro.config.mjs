// @ts-check
// The bare Astro baseline of `npm run bench`: no integrations, the same output format as Wijkwijzer.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
