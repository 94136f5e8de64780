/**
 * html-validate settings for the built sites: the `recommended`, `a11y` and `document` presets, with only the
 * rules changed that clash with what Astro writes. Each change says why.
 */
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:a11y', 'html-validate:document'],
  rules: {
    // Astro links its bundled stylesheet as <link rel="stylesheet" href="/_astro/…css"> without an integrity
    // hash. Subresource Integrity protects a page against a changed file on someone else's server (a CDN);
    // these files come from the site's own server, like the page itself, and the suite proves that no page
    // loads anything from another origin. So SRI is required only for cross-origin resources (of which there
    // are none).
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
