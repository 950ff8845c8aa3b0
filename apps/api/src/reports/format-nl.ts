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

/**
 * A date as a school wrote it in its SOP ("Datum: ..."), in the report's one date format where it can be read
 * unambiguously: `2023-09-15`, `15-9-2023` and `15/09/2023` → `15-09-2023`. Anything else ("september 2023") is
 * shown as written rather than guessed at.
 */
export const fmtWrittenDate = (written: string): string => {
  const text = written.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2], dutch[1]]
      : [undefined, undefined, undefined];
  if (year === undefined || month === undefined || day === undefined) return text;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return text;
  return `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${year}`;
};
