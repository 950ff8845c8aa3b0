/** 5 Financiën basisondersteuning: the amount and its calendar year. */
import { FUNDING_TEXT } from '../template-texts';
import { truncate } from '../text-utils';
import { type Entry, type ParseContext } from './context';
import { stripTemplate } from './free-text';

const AMOUNT = /(?:€|\beur(?:o)?\b)\s*((?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?:[.,]\d{1,2}|,-{1,2}|,—)?)/i;

/** "46.130,-", "46130,00", "46 130", "46.130" → 46130; null when the text is no amount. */
export function parseAmount(text: string): number | null {
  let t = text.replace(/\s+/g, '').replace(/,[-—]+$/, '');
  let decimals = '';
  const comma = /,(\d{1,2})$/.exec(t);
  if (comma) {
    decimals = comma[1] ?? '';
    t = t.slice(0, comma.index);
  } else if (/\.\d{1,2}$/.test(t) && !/^\d{1,3}(\.\d{3})+$/.test(t)) {
    const dot = t.lastIndexOf('.');
    decimals = t.slice(dot + 1);
    t = t.slice(0, dot);
  }
  if (!/^\d{1,3}(?:\.\d{3})+$|^\d+$/.test(t)) return null;
  const value = Number(t.replace(/\./g, '') + (decimals ? `.${decimals}` : ''));
  return Number.isFinite(value) ? value : null;
}

/** The first readable amount; a money line that cannot be read is warned about when no amount is found. */
export function parseFunding(ctx: ParseContext): void {
  const s = ctx.section('funding');
  if (!s) return;
  const entries = stripTemplate(ctx.entries(s), FUNDING_TEXT);
  let sawMoney: Entry | null = null;
  for (const e of entries) {
    const m = AMOUNT.exec(e.text);
    if (!m || m[1] === undefined) {
      if (/€|\beur(?:o)?\b/i.test(e.text) && !sawMoney) sawMoney = e;
      continue;
    }
    const amount = parseAmount(m[1]);
    if (amount === null || amount > 100_000_000) {
      sawMoney = e;
      continue;
    }
    ctx.doc.funding.amount = amount;
    const raw = ctx.line(e.index);
    ctx.prov('funding.amount', s, e.index, e.offset + e.text.indexOf(m[0]), raw);
    const yearHit =
      /\b(?:in|kalenderjaar|jaar|voor)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)/i.exec(e.text) ??
      /\b((?:20|19)\d{2})\b(?!\s*[-–/]\s*\d)/.exec(e.text.replace(m[0], ' '.repeat(m[0].length)));
    if (yearHit && yearHit[1]) {
      const year = Number(yearHit[1]);
      if (year >= 2000 && year <= 2100) {
        ctx.doc.funding.calendarYear = year;
        ctx.prov('funding.calendarYear', s, e.index, e.offset + e.text.indexOf(yearHit[1]), raw);
      }
    }
    return;
  }
  if (sawMoney) {
    ctx.warn('funding.amount', 'unparsed-amount', `Bedrag niet te lezen: '${truncate(sawMoney.text, 120)}'.`);
  }
}
