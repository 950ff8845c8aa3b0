import { decodeUtf8OrWindows1252, type TextEncodingName } from '@sop-atlas/sop-model';
/**
 * The text layer of DUO files: bytes to text (UTF-8 with or without byte-order mark, or Windows-1252), the
 * delimiter sniffed from the header line, and records split with quotes respected.
 */

export type DuoEncoding = TextEncodingName;
export type DuoDelimiter = ',' | ';';

/** DUO files in the one text rule of the project (`decodeUtf8OrWindows1252` in sop-model). */
export function decodeDuoBytes(bytes: Uint8Array): { text: string; encoding: DuoEncoding; bom: boolean } {
  return decodeUtf8OrWindows1252(bytes);
}

/** Counts `;` and `,` outside quotes on the first line; the more frequent wins (a tie, also 0–0, gives `;`). */
export function sniffDelimiter(text: string): DuoDelimiter {
  let inQuotes = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch === ';') semicolons += 1;
    else if (!inQuotes && ch === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  readonly line: number;
  readonly fields: string[];
  /** Set when the record is broken (unterminated quote, text after a closing quote). */
  readonly error?: string;
}

/**
 * Splits text into records (RFC 4180 style: `"` quotes fields, `""` is a quote inside, quoted fields may hold
 * delimiters and line breaks; CRLF, LF and CR end lines). Blank lines are skipped. An unterminated quote breaks
 * only its own line: the record is reported with an error and reading resumes on the next physical line.
 */
export function splitCsvRecords(text: string, delimiter: DuoDelimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let pos = 0;
  let line = 1;

  while (pos < length) {
    const startPos = pos;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let error: string | undefined;
    let quoted = false; // the current field started with a quote
    let inQuotes = false;
    let afterQuote = false; // a quoted field was closed; only a delimiter or line end may follow
    let ended = false;

    while (pos < length && !ended) {
      const ch = text[pos] as string;
      if (inQuotes) {
        if (ch === '"') {
          if (text[pos + 1] === '"') {
            field += '"';
            pos += 2;
            continue;
          }
          inQuotes = false;
          afterQuote = true;
          pos += 1;
          continue;
        }
        if (ch === '\n' || (ch === '\r' && text[pos + 1] !== '\n')) line += 1;
        field += ch;
        pos += 1;
        continue;
      }
      if (ch === delimiter) {
        fields.push(field);
        field = '';
        quoted = false;
        afterQuote = false;
        pos += 1;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        pos += ch === '\r' && text[pos + 1] === '\n' ? 2 : 1;
        line += 1;
        ended = true;
        continue;
      }
      if (afterQuote && (ch === ' ' || ch === '\t')) {
        pos += 1;
        continue;
      }
      if (afterQuote) {
        error ??= 'tekst na een afsluitend aanhalingsteken';
        field += ch;
        pos += 1;
        continue;
      }
      if (ch === '"' && field.trim().length === 0 && !quoted) {
        quoted = true;
        inQuotes = true;
        field = '';
        pos += 1;
        continue;
      }
      field += ch;
      pos += 1;
    }

    if (inQuotes) {
      // Unterminated quote: report the starting line and resume after it.
      const lineEnd = /\r\n|\r|\n/g;
      lineEnd.lastIndex = startPos;
      const match = lineEnd.exec(text);
      pos = match ? match.index + match[0].length : length;
      line = startLine + 1;
      const raw = text.slice(startPos, match ? match.index : length);
      records.push({
        line: startLine,
        fields: raw.split(delimiter),
        error: 'aanhalingsteken niet afgesloten',
      });
      continue;
    }
    fields.push(field);
    const blank = fields.length === 1 && (fields[0] as string).trim().length === 0;
    if (!blank)
      records.push(error === undefined ? { line: startLine, fields } : { line: startLine, fields, error });
  }
  return records;
}
