/** Decides the kind of a document by its content (magic bytes), never by its file name. */
import { decodeUtf8OrWindows1252 } from '@sop-atlas/sop-model';
import { SopImportError } from './errors';
import { type SourceKind } from './layout';

export const MEDIA_TYPES: Record<SourceKind, string> = {
  text: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

/** True when the zip names `word/document.xml` (local headers or central directory). */
function zipHasWordDocument(bytes: Uint8Array): boolean {
  const needle = new TextEncoder().encode('word/document.xml');
  outer: for (let i = 0; i <= bytes.length - needle.length; i += 1) {
    if (bytes[i] !== needle[0]) continue;
    for (let k = 1; k < needle.length; k += 1) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function sniffSourceKind(bytes: Uint8Array, fileName?: string): SourceKind {
  if (bytes.length === 0) throw new SopImportError('empty', 'het bestand is leeg', fileName);
  // A PDF may carry a few bytes of junk before its header; readers accept it within the first kilobyte.
  const head = Math.min(bytes.length, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head; i += 1) if (startsWith(bytes, PDF_MAGIC, i)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (zipHasWordDocument(bytes)) return 'docx';
    throw new SopImportError(
      'unsupported-type',
      'dit is een zip-bestand maar geen Word-document (.docx)',
      fileName,
    );
  }
  if (bytes.includes(0)) {
    throw new SopImportError(
      'unsupported-type',
      'onbekend bestandstype: geen PDF, DOCX of tekst (binaire inhoud)',
      fileName,
    );
  }
  if (!isUtf8(bytes) && hasControlCharacters(decodeText(bytes))) {
    throw new SopImportError(
      'unsupported-type',
      'onbekend bestandstype: geen PDF, DOCX of tekst (UTF-8 of Windows-1252/Latin-1)',
      fileName,
    );
  }
  return 'text';
}

/** Control characters no text file holds (tab, line breaks and form feed aside). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f)
      return true;
  }
  return false;
}

function isUtf8(bytes: Uint8Array): boolean {
  return decodeUtf8OrWindows1252(bytes).encoding === 'utf-8';
}

/**
 * Decodes text bytes: UTF-8 (optional byte-order mark) when they are valid UTF-8, else Windows-1252 — the
 * superset of Latin-1 that Word's "save as plain text" writes on Dutch Windows — the rule DUO files are read by.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeUtf8OrWindows1252(bytes).text;
}
