/**
 * The known answers of a corpus document and how a parsed SOP is scored against them. Every value is one of:
 * right (the certain value the document states), flagged (a warning on that value or its row, or the row named in a
 * `missing-row` warning: a person looks), missing (no value and no warning: a silent gap) or silently wrong (a certain
 * value that differs from the document, or a certain row the document does not have). The last must be zero.
 */
import { normaliseLabel, type SopDocument, type SopWarning } from '@sop-atlas/sop-model';

export interface RowAnswer<V> {
  /** Catalog code, or null for a row the school added. */
  readonly code: string | null;
  /** The label as printed (wrapped lines joined by a space). */
  readonly label: string;
  /** The value, or null where the school left the row empty. */
  readonly value: V | null;
}

export interface CorpusAnswers {
  readonly schoolYear: string;
  readonly funding: { readonly amount: number; readonly calendarYear: number };
  readonly hgw: readonly RowAnswer<string>[];
  readonly expertise: readonly RowAnswer<boolean>[];
  readonly partners: readonly RowAnswer<string>[];
  readonly facilities: readonly RowAnswer<string>[];
}

/** A corpus document's answer file (`<name>.answers.json`). */
export interface CorpusEntry {
  readonly producer: string;
  /** How the document was made (for the reader of a failure). */
  readonly variant: Record<string, string | number | boolean>;
  readonly answers: CorpusAnswers;
}

export type Outcome = 'right' | 'flagged' | 'missing' | 'wrong';

export interface ValueScore {
  readonly path: string;
  readonly outcome: Outcome;
  readonly expected: unknown;
  readonly actual: unknown;
}

type TableField = 'hgw' | 'expertise' | 'partners' | 'facilities';
const VALUE_KEY: Record<TableField, string> = {
  hgw: 'status',
  expertise: 'available',
  partners: 'frequency',
  facilities: 'status',
};

/** Warnings about a value: on its path, or on its row (except `unknown-row`, which is about the row's label). */
function warningsAt(warnings: readonly SopWarning[], path: string): SopWarning[] {
  return warnings.filter(
    (w) => w.path === path || (path.startsWith(`${w.path}.`) && w.path !== '' && w.code !== 'unknown-row'),
  );
}

function score(
  path: string,
  expected: unknown,
  actual: unknown,
  warnings: readonly SopWarning[],
): ValueScore {
  const flagged = warningsAt(warnings, path).length > 0;
  let outcome: Outcome;
  if (expected === null) outcome = actual === null ? 'right' : flagged ? 'flagged' : 'wrong';
  else if (flagged) outcome = 'flagged';
  else if (actual === null || actual === undefined) outcome = 'missing';
  else outcome = actual === expected ? 'right' : 'wrong';
  return { path, outcome, expected, actual };
}

/** Scores every value of `answers` in `doc`. */
export function scoreDocument(doc: SopDocument, answers: CorpusAnswers): ValueScore[] {
  const out: ValueScore[] = [];
  out.push(score('schoolYear', answers.schoolYear, doc.schoolYear, doc.warnings));
  out.push(score('funding.amount', answers.funding.amount, doc.funding.amount, doc.warnings));
  out.push(
    score('funding.calendarYear', answers.funding.calendarYear, doc.funding.calendarYear, doc.warnings),
  );
  for (const field of ['hgw', 'expertise', 'partners', 'facilities'] as const) {
    const rows = doc[field] as readonly ({ code: string | null; label: string } & Record<string, unknown>)[];
    const used = new Set<number>();
    for (const answer of answers[field] as readonly RowAnswer<unknown>[]) {
      const index = rows.findIndex(
        (r, i) =>
          !used.has(i) &&
          (answer.code !== null
            ? r.code === answer.code
            : r.code === null && normaliseLabel(r.label) === normaliseLabel(answer.label)),
      );
      const key = VALUE_KEY[field];
      if (index < 0) {
        const named = doc.warnings.some(
          (w) =>
            w.path === field &&
            w.code === 'missing-row' &&
            normaliseLabel(w.message).includes(normaliseLabel(answer.label).slice(0, 12)),
        );
        out.push({
          path: `${field}[${answer.code ?? answer.label}]`,
          outcome: named ? 'flagged' : 'missing',
          expected: answer.value,
          actual: undefined,
        });
        continue;
      }
      used.add(index);
      const row = rows[index];
      out.push(score(`${field}[${index}].${key}`, answer.value, row?.[key] ?? null, doc.warnings));
    }
    // A row the document does not have, stored with a certain value and no warning, is silently wrong too.
    rows.forEach((row, i) => {
      const key = VALUE_KEY[field];
      const value = row[key];
      if (used.has(i) || value === null || value === undefined) return;
      if (warningsAt(doc.warnings, `${field}[${i}].${key}`).length > 0) return;
      out.push({ path: `${field}[${i}].${key}`, outcome: 'wrong', expected: '(geen rij)', actual: value });
    });
  }
  return out;
}

export interface Tally {
  documents: number;
  right: number;
  flagged: number;
  missing: number;
  wrong: number;
}

export function emptyTally(): Tally {
  return { documents: 0, right: 0, flagged: 0, missing: 0, wrong: 0 };
}

export function addScores(tally: Tally, scores: readonly ValueScore[]): void {
  tally.documents += 1;
  for (const s of scores) tally[s.outcome] += 1;
}
