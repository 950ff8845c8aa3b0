/** Pure parts of "Soort school onzeker": a kind and a candidate in users' words. */
import { formatDate } from '../../../utils/format';
import { dataHealthStrings } from '../strings.nl';

const t = dataHealthStrings.kinds;

export interface KindCandidateView {
  readonly kind: string;
  readonly source: string;
  readonly fileName: string | null;
  readonly fileKind: string | null;
  readonly referenceDate: string | null;
  readonly importedAt: string | null;
}

/** `SBO` → `Speciaal basisonderwijs`; an unknown code stays as it is. */
export function kindLabel(kind: string): string {
  return t.labels[kind] ?? kind;
}

/** Where a candidate comes from: the file with its peildatum (or, for a register, when it was read), or staff. */
export function candidateSource(candidate: KindCandidateView): string {
  if (candidate.source === 'manual') return t.manual;
  const file = candidate.fileName ?? t.unknownFile;
  const details = [
    candidate.fileKind === 'pupils' ? t.pupils : candidate.fileKind === 'register' ? t.register : null,
    candidate.referenceDate !== null
      ? t.peildatum(formatDate(candidate.referenceDate))
      : candidate.importedAt !== null
        ? t.imported(formatDate(candidate.importedAt))
        : null,
  ].filter((part): part is string => part !== null);
  return details.length === 0 ? file : `${file} (${details.join(', ')})`;
}

/** One line per candidate: `Speciaal onderwijs — leerlingen-2024.csv (leerlingenbestand, peildatum 1 oktober 2024)`. */
export function candidateLine(candidate: KindCandidateView): string {
  return `${kindLabel(candidate.kind)} — ${candidateSource(candidate)}`;
}

/** The kinds staff can choose, the candidates' first (in the order they came), then the others. */
export function kindChoices(candidates: readonly KindCandidateView[]): string[] {
  const named = [...new Set(candidates.map((c) => c.kind))];
  return [...named, ...Object.keys(t.labels).filter((k) => !named.includes(k))];
}
