/**
 * The DOCX path: `word/document.xml` read directly (fflate + fast-xml-parser). Paragraphs become lines; every table
 * row becomes one line whose cells the layout knows exactly. The zip is checked from its central directory before
 * anything is inflated, and inflating stops at a running cap (zip bombs).
 */
import { type Provenance } from '@sop-atlas/sop-model';
import { XMLParser } from 'fast-xml-parser';
import { Inflate } from 'fflate';
import { SopImportError } from './errors';
import { type Layout, type LayoutTable } from './layout';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export interface ZipLimits {
  readonly maxEntries: number;
  /** Sum of all declared uncompressed sizes. */
  readonly maxTotalSize: number;
  /** Cap for the one entry we inflate (declared and actual). */
  readonly maxEntrySize: number;
  readonly fileName?: string;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxTotalSize: 512 * 1024 * 1024,
  maxEntrySize: 64 * 1024 * 1024,
};

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
}

/** Reads the central directory (no inflating). Throws `corrupt` when there is none. */
export function readCentralDirectory(bytes: Uint8Array, fileName?: string): ZipEntry[] {
  const corrupt = (why: string): SopImportError =>
    new SopImportError('corrupt', `het DOCX-bestand (zip) is beschadigd: ${why}`, fileName);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('geen centrale map gevonden');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw corrupt('zip64 wordt niet ondersteund');
  if (cdOffset + cdSize > bytes.length) throw corrupt('centrale map valt buiten het bestand');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k += 1) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw corrupt('ongeldige centrale map');
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Checks a zip's declared sizes and entry count before inflating. */
export function checkZipBomb(entries: readonly ZipEntry[], limits: ZipLimits): void {
  if (entries.length > limits.maxEntries) {
    throw new SopImportError(
      'zip-bomb',
      `het DOCX-bestand bevat ${entries.length} onderdelen (maximum ${limits.maxEntries})`,
      limits.fileName,
    );
  }
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) {
      throw new SopImportError('zip-bomb', `onderdeel '${e.name}' is te groot (zip64)`, limits.fileName);
    }
  }
  if (total > limits.maxTotalSize) {
    throw new SopImportError(
      'zip-bomb',
      `het DOCX-bestand pakt uit tot ${Math.round(total / 1024 / 1024)} MB (maximum ${Math.round(limits.maxTotalSize / 1024 / 1024)} MB)`,
      limits.fileName,
    );
  }
}

/** Inflates one entry with a running cap (the declared size may lie). */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits): Uint8Array {
  const { fileName } = limits;
  if (entry.size > limits.maxEntrySize) {
    throw new SopImportError(
      'zip-bomb',
      `'${entry.name}' pakt uit tot ${entry.size} bytes (maximum ${limits.maxEntrySize})`,
      fileName,
    );
  }
  const p = entry.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) {
    throw new SopImportError('corrupt', `het DOCX-bestand (zip) is beschadigd bij '${entry.name}'`, fileName);
  }
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.slice(0, limits.maxEntrySize);
  if (entry.method !== 8) {
    throw new SopImportError(
      'corrupt',
      `onbekende zip-compressie ${entry.method} in '${entry.name}'`,
      fileName,
    );
  }
  const cap = Math.min(limits.maxEntrySize, Math.max(entry.size, 1) + 1024);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
  });
  try {
    const step = 64 * 1024;
    for (let o = 0; o < data.length && !over; o += step) {
      inflater.push(data.subarray(o, Math.min(data.length, o + step)), o + step >= data.length);
    }
  } catch (error) {
    throw new SopImportError(
      'corrupt',
      `'${entry.name}' is niet uit te pakken (${error instanceof Error ? error.message : String(error)})`,
      fileName,
    );
  }
  if (over) {
    throw new SopImportError(
      'zip-bomb',
      `'${entry.name}' pakt uit tot meer dan de opgegeven ${entry.size} bytes; gestopt`,
      fileName,
    );
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

// --- document.xml -------------------------------------------------------------------------------------------

type XmlNode = Record<string, unknown>;

function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return null;
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  return Array.isArray(value) ? (value.filter((v) => v !== null && typeof v === 'object') as XmlNode[]) : [];
}

/** Text of a paragraph (or any inline container). */
function inlineText(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === null) continue;
    if (tag === '#text') {
      continue;
    }
    if (tag === 'w:t') {
      for (const t of childrenOf(n, 'w:t')) {
        const v = t['#text'];
        if (typeof v === 'string' || typeof v === 'number') out += String(v);
      }
    } else if (tag === 'w:tab') out += ' ';
    else if (tag === 'w:br' || tag === 'w:cr') out += ' ';
    else if (tag === 'w:delText' || tag === 'w:instrText') continue;
    else out += inlineText(childrenOf(n, tag));
  }
  return out;
}

interface CellRange {
  readonly start: number;
  readonly end: number;
  readonly paragraphs: string;
}

export interface DocxLine {
  readonly text: string;
  /** For table rows: 0-based table, row and cell ranges. */
  readonly table?: number;
  readonly row?: number;
  readonly cells?: readonly CellRange[];
}

/** Flattens document.xml into lines: paragraphs, and one line per table row with its cells. */
export function docxLines(xml: string): DocxLine[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
  });
  const root = parser.parse(xml) as unknown;
  if (!Array.isArray(root)) return [];
  const lines: DocxLine[] = [];
  let tableCount = 0;

  const cellText = (cell: XmlNode): string[] => {
    const paras: string[] = [];
    const walk = (nodes: readonly XmlNode[]): void => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === 'w:p') paras.push(inlineText(childrenOf(n, 'w:p')).replace(/\s+/g, ' ').trim());
        else if (tag === 'w:tbl') {
          for (const tr of childrenOf(n, 'w:tbl'))
            if (tagOf(tr) === 'w:tr')
              for (const tc of childrenOf(tr, 'w:tr')) if (tagOf(tc) === 'w:tc') paras.push(...cellText(tc));
        } else if (tag && tag !== '#text' && tag !== 'w:tcPr') walk(childrenOf(n, tag));
      }
    };
    walk(childrenOf(cell, 'w:tc'));
    return paras.filter((p) => p !== '');
  };

  const walkBody = (nodes: readonly XmlNode[]): void => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === null || tag === '#text') continue;
      if (tag === 'w:p') {
        // A paragraph is a real paragraph: the blank line after it tells the text parser so.
        const text = inlineText(childrenOf(n, 'w:p'));
        if (text.trim() !== '') lines.push({ text }, { text: '' });
      } else if (tag === 'w:tbl') {
        const table = tableCount;
        tableCount += 1;
        let row = 0;
        for (const tr of childrenOf(n, 'w:tbl')) {
          if (tagOf(tr) !== 'w:tr') continue;
          const cells: CellRange[] = [];
          let text = '';
          for (const tc of childrenOf(tr, 'w:tr')) {
            if (tagOf(tc) !== 'w:tc') continue;
            const paras = cellText(tc);
            if (cells.length > 0) text += ' ';
            const start = text.length;
            text += paras.join(' ');
            cells.push({ start, end: text.length, paragraphs: paras.join('\n') });
          }
          lines.push({ text, table, row, cells });
          row += 1;
        }
        lines.push({ text: '' });
      } else if (tag !== 'w:sectPr') walkBody(childrenOf(n, tag));
    }
  };
  walkBody(root.filter((v): v is XmlNode => v !== null && typeof v === 'object'));
  return lines;
}

export function readDocxLines(bytes: Uint8Array, limits: ZipLimits): DocxLine[] {
  const entries = readCentralDirectory(bytes, limits.fileName);
  checkZipBomb(entries, limits);
  const entry = entries.find((e) => e.name === 'word/document.xml');
  if (!entry)
    throw new SopImportError(
      'unsupported-type',
      'dit zip-bestand is geen Word-document (geen word/document.xml)',
      limits.fileName,
    );
  const xmlBytes = inflateEntry(bytes, entry, limits);
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(xmlBytes);
  } catch {
    throw new SopImportError('corrupt', 'word/document.xml is geen geldige UTF-8', limits.fileName);
  }
  try {
    return docxLines(xml);
  } catch (error) {
    throw new SopImportError(
      'corrupt',
      `word/document.xml is onleesbaar (${error instanceof Error ? error.message : String(error)})`,
      limits.fileName,
    );
  }
}

export class DocxLayout implements Layout {
  readonly source = 'docx' as const;
  constructor(private readonly lines: readonly DocxLine[]) {}

  private cellIndex(lineIndex: number, charIndex: number): number | null {
    const cells = this.lines[lineIndex]?.cells;
    if (!cells) return null;
    const k = cells.findIndex((c) => charIndex >= c.start && charIndex < Math.max(c.end, c.start + 1));
    return k < 0 ? null : k;
  }

  columnOf(_table: LayoutTable, _headerLine: number, lineIndex: number, charIndex: number): number | null {
    return this.cellIndex(lineIndex, charIndex);
  }

  cellsOf(_table: LayoutTable, _headerLine: number, lineIndex: number): string[] | null {
    const cells = this.lines[lineIndex]?.cells;
    return cells ? cells.map((c) => c.paragraphs) : null;
  }

  rowStart(lineIndex: number): boolean | null {
    return this.lines[lineIndex]?.cells ? true : null;
  }

  locate(lineIndex: number, charIndex: number): Partial<Provenance> {
    const line = this.lines[lineIndex];
    if (!line || line.table === undefined || line.row === undefined) return {};
    const cell = this.cellIndex(lineIndex, charIndex) ?? 0;
    return { table: line.table, row: line.row, cell };
  }
}
