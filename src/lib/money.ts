/** Euro amounts in Dutch notation. */

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Formats an amount in euros the Dutch way: thousands with a dot, cents with a comma, only when there are cents.
 * @example formatEuro(42000) // '€ 42.000'
 * @example formatEuro(2.5) // '€ 2,50'
 * @example formatEuro(-800) // '-€ 800'
 */
export function formatEuro(amount: number): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const cents = Math.round(abs * 100) % 100;
  const whole = Math.floor(Math.round(abs * 100) / 100);
  const text = `€ ${String(whole).replace(GROUP, '.')}${cents ? `,${String(cents).padStart(2, '0')}` : ''}`;
  return negative ? `-${text}` : text;
}

/**
 * Formats a number the Dutch way with a decimal comma.
 * @example formatGetal(82.5) // '82,5'
 * @example formatGetal(12000) // '12.000'
 */
export function formatGetal(value: number, maxDecimals = 1): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(value * factor) / factor;
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const text = whole!.replace(GROUP, '.') + (fraction ? `,${fraction}` : '');
  return rounded < 0 ? `-${text}` : text;
}
