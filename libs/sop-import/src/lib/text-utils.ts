/** Small text helpers shared by the parsers. */

/** Collapses runs of whitespace and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower-case, accents removed, whitespace collapsed: for comparing template phrases. */
export function fold(text: string): string {
  return collapse(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
}

/** Splits text into lines, dropping form feeds (page breaks of pdftotext). */
export function splitLines(text: string): string[] {
  return text.replace(/\f/g, '\n').split(/\r\n|\r|\n/);
}

export function truncate(text: string, max = 200): string {
  const t = collapse(text);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

export function countWords(text: string): number {
  const t = collapse(text);
  return t === '' ? 0 : t.split(' ').length;
}

export function countSentences(text: string): number {
  return (collapse(text).match(/[.!?](?=\s+[A-Z0-9À-Ý]|$)/g) ?? []).length;
}

/**
 * A table mark that says "this column": x, X, ✓, ✔, ☒, ☑, ×, ✗, and the same symbols from Word's Wingdings font,
 * which PDFs carry in the private use area (U+F0FC ✓, U+F0FB ✗, U+F0FD ☒, U+F0FE ☑, U+F078 ⌧).
 */
export const MARK_TOKEN = /^[xX✓✔☒☑×✗\uF0FC\uF0FB\uF0FD\uF0FE\uF078]$/u;
/** What a Word form puts in an unmarked cell (☐, or Wingdings' U+F0A8 / U+F06F box): no mark. */
export const EMPTY_TOKEN = /^[☐□\uF0A8\uF06F]$/u;
