/** The sites the build tests run on, and the fixed "today" of every test build. */
export const TEST_TODAY = '2026-11-25';

export const SITES = [
  { name: 'demo', contentDir: 'content', outDir: 'dist' },
  { name: 'uden-melle', contentDir: 'examples/uden-melle', outDir: '.test-dist/uden-melle', outsideRepo: true },
  { name: 'heerhugowaard', contentDir: 'examples/heerhugowaard', outDir: '.test-dist/heerhugowaard' },
] as const;
