import { type DuoFileKind, type DuoProblem } from '@sop-atlas/region-data';
import { AppError } from '../common/errors/app-error';

/** What a DUO import found and did; the CLI prints it and `POST /api/uploads/duo` returns it as JSON. */
export interface DuoImportReport {
  fileName: string;
  kind: DuoFileKind;
  /** The source_document row holding the file (null when nothing was written). */
  sourceDocumentId: string | null;
  /** Canonical column ← the file's header. */
  columnsFound: { canonical: string; header: string }[];
  columnsMissing: string[];
  schoolsInserted: number;
  schoolsUpdated: number;
  schoolsUnchanged: number;
  pupilCountsInserted: number;
  pupilCountsUpdated: number;
  pupilCountsUnchanged: number;
  /** True when the import changed no school and no pupil count (e.g. the same file again). */
  unchanged: boolean;
  skippedOtherSwv: number;
  /** Rows left out (only with `allowPartial`): line, column and a Dutch sentence naming the file. */
  rejected: DuoProblem[];
  warnings: string[];
}

/** The file was not imported (nothing written): every problem with line and column. */
export class DuoImportError extends AppError {
  constructor(
    readonly fileName: string,
    readonly problems: readonly DuoProblem[],
  ) {
    super(
      'BAD_USER_INPUT',
      null,
      problems.length === 1
        ? (problems[0] as DuoProblem).message
        : `${fileName}: ${problems.length} problemen; niets ingelezen`,
      { problems },
    );
  }
}
