/**
 * The parse context: the lines being read, what the parsers have learnt about them (folded text, lines removed as
 * page artefacts, the sections found) and the document being built, with its provenance and warnings.
 */
import { emptySopDocument, type Provenance, type SopDocument, type WarningCode } from '@sop-atlas/sop-model';
import { type Layout, type LayoutTable } from '../layout';
import { collapse, fold, truncate } from '../text-utils';
import { PAGE_HEADER, type Section, type SectionKey } from './sections';

/** One line of a section as the parsers see it: template text may have been cut out of it. */
export interface Entry {
  readonly index: number;
  readonly text: string;
  /** Offset of `text` in the original line (for provenance columns). */
  readonly offset: number;
}

export class ParseContext {
  readonly doc: SopDocument = emptySopDocument();
  /** The lines folded for matching (lower case, no accents, collapsed spaces). */
  readonly folded: readonly string[];
  /** Lines that are page artefacts (page headers, lone URLs): no parser reads them. */
  readonly removed: boolean[];
  sections: readonly Section[] = [];

  constructor(
    readonly lines: readonly string[],
    readonly layout: Layout,
  ) {
    this.folded = lines.map((l) => fold(l));
    this.removed = lines.map((l) => PAGE_HEADER.test(collapse(l)));
  }

  /** The raw line `i` ('' past the end). */
  line(i: number): string {
    return this.lines[i] ?? '';
  }

  /** Records where the value at `path` was read: 0-based line and character, as 1-based provenance. */
  prov(
    path: string,
    section: Section | string | undefined,
    line: number,
    char: number,
    excerpt: string,
    lineEnd?: number,
  ): void {
    const p: Provenance = { source: this.layout.source };
    const title = typeof section === 'string' ? section : (section?.title ?? section?.key);
    if (title) p.section = title;
    p.line = line + 1;
    if (lineEnd !== undefined && lineEnd > line) p.lineEnd = lineEnd + 1;
    p.column = Math.max(0, char) + 1;
    const ex = truncate(excerpt, 300);
    if (ex !== '') p.excerpt = ex;
    Object.assign(p, this.layout.locate(line, Math.max(0, char), lineEnd));
    this.doc.provenance[path] = p;
  }

  warn(path: string, code: WarningCode, message: string, candidates?: string[]): void {
    this.doc.warnings.push(candidates ? { path, code, message, candidates } : { path, code, message });
  }

  /** The lines of a section (or of a part of it) that are not removed. */
  entries(section: Section | undefined, from?: number, to?: number): Entry[] {
    if (!section) return [];
    const out: Entry[] = [];
    for (let i = from ?? section.start; i < (to ?? section.end); i += 1) {
      if (this.removed[i]) continue;
      out.push({ index: i, text: this.line(i), offset: 0 });
    }
    return out;
  }

  section(key: SectionKey): Section | undefined {
    return this.sections.find((s) => s.key === key);
  }

  /** The lines `first` to `last` (inclusive) joined with spaces, removed lines left out. */
  excerptOf(first: number, last: number): string {
    const parts: string[] = [];
    for (let i = first; i <= last && i < this.lines.length; i += 1)
      if (!this.removed[i]) parts.push(this.line(i));
    return parts.join(' ');
  }

  /**
   * The body lines of a table that may be rows: up to where the layout says the table ends, without a header row
   * repeated on the next page (`isHeader`) and its wrapped lines (`isContinuation`).
   */
  tableRows(
    table: LayoutTable,
    headerLine: number,
    body: readonly Entry[],
    isHeader: (e: Entry) => boolean,
    isContinuation: (e: Entry) => boolean,
  ): Entry[] {
    const out: Entry[] = [];
    let repeatedHeader = false;
    for (const e of body) {
      if (this.layout.inTable?.(table, headerLine, e.index) === false) break;
      if (isHeader(e)) {
        repeatedHeader = true;
        continue;
      }
      if (repeatedHeader && collapse(e.text) !== '' && isContinuation(e)) continue;
      repeatedHeader = false;
      out.push(e);
    }
    return out;
  }

  /** The line of the table header found among `entries` (else `fallback`) and the entries after it. */
  tableBody(
    entries: readonly Entry[],
    isHeader: (e: Entry) => boolean,
    fallback: number,
  ): { headerLine: number; headerAt: number; body: Entry[] } {
    const headerAt = entries.findIndex(isHeader);
    const header = headerAt < 0 ? undefined : entries[headerAt];
    return {
      headerLine: header ? header.index : fallback,
      headerAt,
      body: entries.slice(headerAt < 0 ? 0 : headerAt + 1),
    };
  }
}
