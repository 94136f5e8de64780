/** Connects the occurrence engine to the content check (unmatched wijzigingen, past-only activities). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ScheduleChecks } from '../../src/lib/check/check-content.ts';
import { findUnmatchedWijzigingen, isEntirelyPast, type ScheduleSource } from '../../src/lib/recurrence.ts';
import type { Regio } from '../../src/lib/school-holidays.ts';

/** The school-holiday region of the site, read leniently (the check reports a broken site.yaml itself). */
function readRegio(contentDir: string): Regio | undefined {
  const file = join(contentDir, 'site.yaml');
  if (!existsSync(file)) return undefined;
  try {
    const regio: unknown = (parse(readFileSync(file, 'utf8')) as { schoolvakantie_regio?: unknown } | null)?.schoolvakantie_regio;
    return regio === 'noord' || regio === 'midden' || regio === 'zuid' ? regio : undefined;
  } catch {
    return undefined;
  }
}

export function scheduleChecks(contentDir: string, today: string): ScheduleChecks {
  const regio = readRegio(contentDir);
  const options = regio ? { schoolvakantieRegio: regio } : {};
  return {
    unmatchedWijzigingen: (slug, value) => findUnmatchedWijzigingen({ ...(value as Omit<ScheduleSource, 'slug'>), slug }, options),
    isEntirelyPast: (slug, value) => isEntirelyPast({ ...(value as Omit<ScheduleSource, 'slug'>), slug }, today, options),
  };
}
