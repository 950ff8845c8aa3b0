/**
 * A table row that a page break cut in two: the grid reading sees its label cell twice, on the foot of one page and
 * the head of the next. The two parts are one row when the first is an unfinished catalog label that the second
 * continues ("5. Ouders en leerkrachten" / "worden als ervaringsdeskundigen en partners gezien.").
 */
import { type CatalogKind, matchCatalogLabel, normaliseLabel } from '@sop-atlas/sop-model';
import { collapse } from '../text-utils';
import { continuesLabel, isLabelPrefix, joinLabel } from './labels';

interface SplittableRow {
  readonly page: number;
  readonly labelLines: readonly string[];
}

export function labelOf(kind: CatalogKind, lines: readonly string[]): string {
  const [first = '', ...rest] = lines;
  return collapse(rest.reduce((a, b) => joinLabel(kind, a, b), first));
}

export function joinSplitRows<R extends SplittableRow>(
  kind: CatalogKind,
  rows: readonly R[],
  merge: (a: R, b: R) => R,
): R[] {
  const out: R[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && row.page === prev.page + 1) {
      const a = labelOf(kind, prev.labelLines);
      const b = labelOf(kind, row.labelLines);
      const continues =
        b !== '' &&
        matchCatalogLabel(kind, a) === null &&
        (matchCatalogLabel(kind, joinLabel(kind, a, b)) !== null ||
          ((isLabelPrefix(kind, a) || normaliseLabel(a) === '') && continuesLabel(kind, a, b)));
      if (continues) {
        out[out.length - 1] = merge(prev, row);
        continue;
      }
    }
    out.push(row);
  }
  return out;
}
