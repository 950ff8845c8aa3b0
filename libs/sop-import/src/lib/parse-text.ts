/** The pure, in-process text path: text as extracted from a PDF (pdftotext) in the Haaglanden template. */
import { type SopDocument } from '@sop-atlas/sop-model';
import { TEXT_LAYOUT } from './layout';
import { parseSopLines } from './parse';
import { splitLines } from './text-utils';

export function parseSopText(text: string, _options?: { source?: 'text' }): SopDocument {
  return parseSopLines(splitLines(text), TEXT_LAYOUT);
}
