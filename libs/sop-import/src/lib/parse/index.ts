/**
 * The template parser: turns text lines (from a text file, reconstructed from a PDF, or flattened from a DOCX)
 * into the canonical SOP document. What the lines cannot tell (which column a mark belongs to, where a cell ends)
 * is asked from the `Layout`; where neither can tell, the parser reports the doubt instead of guessing.
 */
import { CURRENT_TEMPLATE, type SopDocument } from '@sop-atlas/sop-model';
import { type Layout } from '../layout';
import { ParseContext } from './context';
import { parseExpertise } from './expertise';
import { parseEvaluation, parseExtraSupport, parseStructure, parseVision } from './free-text';
import { parseFunding } from './funding';
import { parseGeneral } from './general';
import { FACILITY_SPEC, HGW_SPEC, PARTNER_SPEC, parseMarkTable } from './mark-tables';
import { parseOffers } from './offers';
import { detectTemplate, findSections, generalRange, recordSections } from './sections';

export { findMark, spacingColumns, type MarkHit, type MarkTableSpec } from './mark-tables';
export { joinText } from './free-text';
export { parseAmount } from './funding';

export interface ParseLinesOutput {
  readonly document: SopDocument;
}

/** Parses template lines with the given layout knowledge. Throws `SopImportError('not-an-sop')`. */
export function parseSopLines(lines: readonly string[], layout: Layout): SopDocument {
  const ctx = new ParseContext(lines, layout);
  ctx.sections = findSections(ctx);
  const general = generalRange(ctx);
  const recognised = detectTemplate(ctx);
  ctx.doc.template = recognised ? CURRENT_TEMPLATE : null;
  parseGeneral(ctx, general);
  parseVision(ctx);
  parseStructure(ctx);
  if (recognised) {
    parseMarkTable(ctx, ctx.section('hgw'), HGW_SPEC);
    parseExpertise(ctx);
    parseMarkTable(ctx, ctx.section('partners'), PARTNER_SPEC);
    parseOffers(ctx);
    parseMarkTable(ctx, ctx.section('facilities'), FACILITY_SPEC);
  }
  parseExtraSupport(ctx);
  parseFunding(ctx);
  parseEvaluation(ctx);
  recordSections(ctx, recognised);
  return ctx.doc;
}
