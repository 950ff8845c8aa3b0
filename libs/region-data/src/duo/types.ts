import { type SchoolKind } from '@sop-atlas/sop-model';
import { type DuoDelimiter, type DuoEncoding } from './text';

export type DuoFileKind = 'register' | 'pupils';

/** One school location (vestiging) as a DUO file describes it. */
export interface DuoSchool {
  /** BRIN + 2 digits, e.g. `09QA00`. */
  vestigingscode: string;
  /** Instelling (BRIN), e.g. `09QA`. */
  brin: string;
  name: string;
  street: string | null;
  houseNumber: string | null;
  /** Normalised `2524 CK`. */
  postcode: string | null;
  place: string | null;
  /** Four digits, e.g. `0518`. */
  gemeenteCode: string | null;
  gemeenteName: string | null;
  kind: SchoolKind | null;
  denomination: string | null;
  boardNumber: string | null;
  phone: string | null;
  /** With `https://` added when the file leaves the scheme out. */
  website: string | null;
  /** Normalised SWV code, e.g. `PO2815`; null when the file has no SWV column or leaves it empty. */
  swv: string | null;
}

/** Pupils of one location on one reference date. */
export interface DuoPupilCount {
  vestigingscode: string;
  /** `YYYY-MM-DD`, from DUO's peildatum `yyyymmdd`. */
  referenceDate: string;
  /** Null only when suppressed. */
  total: number | null;
  /** DUO wrote `<5` (or a part of the sum was `<5`): the count is unknown but small, never 0 or 5. */
  suppressed: boolean;
}

/** A problem with a line of the file (header = line 1); `message` is a complete Dutch sentence naming the file. */
export interface DuoProblem {
  line: number;
  column?: string;
  message: string;
}

export interface DuoParseResult {
  kind: DuoFileKind;
  fileName: string;
  delimiter: DuoDelimiter;
  encoding: DuoEncoding;
  columnsFound: { canonical: string; header: string }[];
  /** Canonical names expected for this kind but absent (required and optional ones). */
  columnsMissing: string[];
  /**
   * Register: every selected location. Pupils: each selected location once, as far as the pupil file describes it
   * (no street, house number, phone or website there: those are null).
   */
  schools: DuoSchool[];
  /** Empty for a register file. */
  pupilCounts: DuoPupilCount[];
  /** Rows of other SWVs (or without an SWV value) left out. */
  skippedOtherSwv: number;
  /** Rows left out as invalid (only non-empty with `allowPartial`; otherwise they make `parseDuoFile` throw). */
  rejected: DuoProblem[];
  /** Things worth telling the user that did not reject a row (e.g. no SWV column: all rows kept). */
  warnings: string[];
}

export interface DuoParseOptions {
  /** Used in messages; default `DUO-bestand`. */
  fileName?: string;
  /** SWV whose locations are kept (default `PO2815`); `null` keeps every row. */
  swv?: string | null;
  /** Return valid rows and list the rejected ones instead of throwing when some rows are invalid. */
  allowPartial?: boolean;
}

/** The file is unusable, or has rejected rows and `allowPartial` was not set. */
export class DuoFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: readonly DuoProblem[],
  ) {
    super(
      problems.length === 1
        ? (problems[0] as DuoProblem).message
        : `${fileName}: ${problems.length} problemen:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`,
    );
    this.name = 'DuoFileError';
  }
}
