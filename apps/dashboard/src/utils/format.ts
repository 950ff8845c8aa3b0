/**
 * Dutch number, money, percentage and date formatting (Intl, nl-NL). Every figure in the UI goes through here so
 * that `€ 46.130`, `1.234`, `25%` and `28 november 2026` look the same everywhere.
 */

const LOCALE = 'nl-NL';

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const euroFormat = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const euroCentsFormat = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** Shown for a missing value, so "unknown" never looks like zero. */
export const MISSING = '–';

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `1234` → `1.234`. */
export function formatNumber(value: number | null | undefined): string {
  return isNumber(value) ? integerFormat.format(value) : MISSING;
}

/** `46130` → `€ 46.130`; with `cents`, `€ 46.130,50`. Negative amounts keep their sign: `€ -1.200`. */
export function formatEuro(value: number | null | undefined, options: { cents?: boolean } = {}): string {
  if (!isNumber(value)) return MISSING;
  const text = (options.cents ? euroCentsFormat : euroFormat).format(value);
  // Intl writes a no-break space after the euro sign; a plain space copies and searches better.
  return text.replace(/\u00a0/g, ' ');
}

/** A fraction (`0.25`) as a whole percentage (`25%`); `digits` adds decimals (`12,5%`). */
export function formatPercent(fraction: number | null | undefined, digits = 0): string {
  if (!isNumber(fraction)) return MISSING;
  return percentFormat(digits)
    .format(fraction)
    .replace(/\u00a0/g, '');
}

// Building an Intl.NumberFormat costs far more than formatting with one: a heatmap formats hundreds of cells.
const percentFormats = new Map<number, Intl.NumberFormat>();
function percentFormat(digits: number): Intl.NumberFormat {
  let format = percentFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    percentFormats.set(digits, format);
  }
  return format;
}

/** A `Date` or ISO string (`2026-11-28`) as `28 november 2026`; invalid input gives the missing mark. */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return MISSING;
  const date =
    typeof value === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value)
      : value;
  return Number.isNaN(date.getTime()) ? MISSING : dateFormat.format(date);
}

/**
 * A non-negative amount as people type it in Dutch (`46.130`, `46130,50`, `€ 46.130`, `1.234.567,8`) → number;
 * null when it is not one (`46,130.00`, `-5`, `46.13`, text). Dots group thousands, a comma separates cents.
 */
export function parseDutchAmount(text: string): number | null {
  const plain = text.trim().replace(/^€\s*/, '').replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(plain)) return null;
  return Number(plain.replace(/\./g, '').replace(',', '.'));
}
