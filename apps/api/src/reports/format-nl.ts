const INTEGER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const EURO_CENTS = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
});

/** `1.234` */
export const fmtInt = (n: number): string => INTEGER.format(n).replace(/\u00a0/g, ' ');
/** `€ 1.234` (whole euros) */
export const fmtEuro = (n: number | null): string =>
  n === null ? '–' : EURO.format(n).replace(/\u00a0/g, ' ');
/** `€ 123,45` */
export const fmtEuroCents = (n: number | null): string =>
  n === null ? '–' : EURO_CENTS.format(n).replace(/\u00a0/g, ' ');
/** A fraction as a whole percentage: `0.456` → `46%`; null → `–`. */
export const fmtShare = (share: number | null): string =>
  share === null ? '–' : `${Math.round(share * 100)}%`;
/** `28-11-2026` */
export const fmtDate = (d: Date | string | null): string => {
  if (d === null) return '–';
  const date = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) return typeof d === 'string' ? d : '–';
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${date.getUTCFullYear()}`;
};
