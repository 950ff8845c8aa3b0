/**
 * Parses one document in the current process (the worker calls this): sniff, extract lines and layout per kind,
 * run the template parser. Limits that need the content (pages, zip sizes) are checked here.
 */
import { type SopDocument } from '@sop-atlas/sop-model';
import { DEFAULT_ZIP_LIMITS, DocxLayout, readDocxLines } from './docx';
import { SopImportError } from './errors';
import { type SourceKind, TEXT_LAYOUT } from './layout';
import { parseSopLines } from './parse';
import { extractPdfRuns, PdfLayout, reconstructLines } from './pdf';
import { decodeText, MEDIA_TYPES, sniffSourceKind } from './sniff';
import { splitLines } from './text-utils';

export const IMPORTER_VERSION = 'sop-import/1';

export interface InProcessOptions {
  readonly fileName?: string;
  readonly maxPages: number;
}

export interface InProcessResult {
  readonly document: SopDocument;
  readonly sourceKind: SourceKind;
  readonly mediaType: string;
  readonly sourceLines: string[];
  readonly importer: string;
}

function withFileName<T>(fileName: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SopImportError && fileName !== undefined && error.fileName === undefined) {
      throw new SopImportError(error.code, error.reason, fileName);
    }
    throw error;
  }
}

export async function parseBytesInProcess(
  bytes: Uint8Array,
  options: InProcessOptions,
): Promise<InProcessResult> {
  const { fileName } = options;
  const kind = sniffSourceKind(bytes, fileName);
  const base = { sourceKind: kind, mediaType: MEDIA_TYPES[kind], importer: `${IMPORTER_VERSION} ${kind}` };
  if (kind === 'text') {
    const text = decodeText(bytes);
    if (text.trim() === '') throw new SopImportError('empty', 'het bestand bevat geen tekst', fileName);
    const lines = splitLines(text);
    const document = withFileName(fileName, () => parseSopLines(lines, TEXT_LAYOUT));
    return { ...base, document, sourceLines: lines };
  }
  if (kind === 'pdf') {
    const extraction = await extractPdfRuns(bytes, {
      maxPages: options.maxPages,
      ...(fileName ? { fileName } : {}),
    });
    const lines = reconstructLines(extraction.runs);
    const sourceLines = lines.map((l) => l.text);
    const document = withFileName(fileName, () =>
      parseSopLines(sourceLines, new PdfLayout(lines, extraction.rules)),
    );
    return { ...base, document, sourceLines };
  }
  const lines = readDocxLines(bytes, { ...DEFAULT_ZIP_LIMITS, ...(fileName ? { fileName } : {}) });
  const sourceLines = lines.map((l) => l.text);
  if (sourceLines.every((l) => l.trim() === ''))
    throw new SopImportError('empty', 'het Word-document bevat geen tekst', fileName);
  const document = withFileName(fileName, () => parseSopLines(sourceLines, new DocxLayout(lines)));
  return { ...base, document, sourceLines };
}
