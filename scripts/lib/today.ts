/** "Today" for builds and checks: TODAY=YYYY-MM-DD when set (reproducible builds), else the date in the site zone. */
import { TZDate } from '@date-fns/tz';

export function resolveToday(tz = 'Europe/Amsterdam'): string {
  const fixed = process.env.TODAY;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) {
      console.error(`TODAY="${fixed}" is geen datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld TODAY=2026-12-01.`);
      process.exit(1);
    }
    return fixed;
  }
  const now = new TZDate(Date.now(), tz);
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
