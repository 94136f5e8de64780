/**
 * Runs the static checks over every built site in a process of its own and prints the result as JSON, so the
 * quality test can drive Chromium meanwhile. Usage: node --import tsx tests/quality/run-static-checks.ts
 */
import { SITES } from '../sites.ts';
import { checkBuiltSite, type StaticResult } from './static-checks.ts';

const results: Record<string, StaticResult> = {};
for (const site of SITES) results[site.name] = await checkBuiltSite(site.outDir);
process.stdout.write(JSON.stringify(results));
