/** Pure parts of the funding parameters form on "Beheer": Dutch input → the mutation's variables, or errors. */
import { parseDutchAmount } from '../../../utils/format';
import type { FundingInput } from './funding-chart';

export interface FundingFormText {
  readonly calendarYear: string;
  readonly basePerLocation: string;
  readonly perPupil: string;
  readonly note: string;
}

export interface FundingFormMessages {
  readonly year: string;
  readonly base: string;
  readonly perPupil: string;
  readonly note: string;
}

export type FundingFormResult =
  | { readonly ok: true; readonly value: FundingInput & { readonly note: string | null } }
  | { readonly ok: false; readonly errors: Partial<Record<keyof FundingFormText, string>> };

/** The API's limits: year 2000–2100, base 0–10,000,000, per pupil 0–100,000, note ≤ 1,000 characters. */
export function parseFundingForm(text: FundingFormText, messages: FundingFormMessages): FundingFormResult {
  const errors: Partial<Record<keyof FundingFormText, string>> = {};
  const year = /^\d{4}$/.test(text.calendarYear.trim()) ? Number(text.calendarYear.trim()) : NaN;
  if (!(year >= 2000 && year <= 2100)) errors.calendarYear = messages.year;
  const base = parseDutchAmount(text.basePerLocation);
  if (base === null || base > 10_000_000) errors.basePerLocation = messages.base;
  const perPupil = parseDutchAmount(text.perPupil);
  if (perPupil === null || perPupil > 100_000) errors.perPupil = messages.perPupil;
  const note = text.note.trim();
  if (note.length > 1000) errors.note = messages.note;
  if (Object.keys(errors).length > 0 || base === null || perPupil === null) return { ok: false, errors };
  return { ok: true, value: { calendarYear: year, basePerLocation: base, perPupil, note: note || null } };
}

/** The form's text for a year: that year's stored figures, else the latest earlier year's (a new year starts from them). */
export function fundingFormFor(
  rows: readonly (FundingInput & { readonly note?: string | null })[],
  calendarYear: number,
): FundingFormText {
  const exact = rows.find((r) => r.calendarYear === calendarYear);
  const earlier = [...rows]
    .filter((r) => r.calendarYear < calendarYear)
    .sort((a, b) => b.calendarYear - a.calendarYear)[0];
  const from = exact ?? earlier;
  const amount = (v: number) => String(v).replace('.', ',');
  return {
    calendarYear: String(calendarYear),
    basePerLocation: from ? amount(from.basePerLocation) : '',
    perPupil: from ? amount(from.perPupil) : '',
    note: exact?.note ?? '',
  };
}
