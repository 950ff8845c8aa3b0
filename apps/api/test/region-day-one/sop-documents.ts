/**
 * SOP documents of fictional schools in the Haaglanden template, as text, DOCX and PDF: the sop-import library's
 * own fixture generators (the blocks of the template, pdfkit and docx) filled with a school's name and address as
 * the school wrote them.
 */
// The import library's own fixture generators (test code, not part of its public API): the same template blocks
// its specs read back. Kept in one file so a move of those fixtures is one change here.
/* eslint-disable @nx/enforce-module-boundaries */
import { renderDocx } from '../../../../libs/sop-import/test/fixtures/generate-docx';
import { renderPdf } from '../../../../libs/sop-import/test/fixtures/generate-pdf';
import { SAMPLE, type SampleSop } from '../../../../libs/sop-import/test/fixtures/sample-sop';
import { type Block, sopBlocks } from '../../../../libs/sop-import/test/fixtures/sop-blocks';
/* eslint-enable @nx/enforce-module-boundaries */

export type SopFormat = 'txt' | 'docx' | 'pdf';

export interface SopSchool {
  name: string;
  /** The address line exactly as the school writes it after `Adres:`. */
  addressLine: string;
  schoolYear?: string;
  /** Make the document clean of warnings where the sample has some (`true`) or keep them. */
  clean?: boolean;
  /** A partner row (its label) marked in a second column too: a cell in doubt ('multiple-marks'). */
  markTwice?: string;
}

/** The row `label` of a mark table with a second mark in the cell before (or else after) its mark. */
function withSecondMark(rows: readonly string[][], label: string): string[][] {
  return rows.map((row) => {
    if (row[0] !== label) return row;
    const k = row.findIndex((cell, i) => i > 0 && cell.trim() !== '');
    const other = k > 1 ? k - 1 : k + 1;
    return row.map((cell, i) => (i === other ? 'X' : cell));
  });
}

function blocksOf(school: SopSchool): Block[] {
  const sample: SampleSop = {
    ...SAMPLE,
    name: school.name,
    schoolYear: school.schoolYear ?? SAMPLE.schoolYear,
    // The sample's rows that match no catalog code give `unknown-row` warnings: a clean document leaves them out.
    ...(school.clean === true
      ? {
          expertise: SAMPLE.expertise.filter((e) => e.label !== 'Expertise executieve functies'),
          partners: SAMPLE.partners.filter((p) => p.label !== 'Dyslexiecentrum Haaglanden'),
        }
      : {}),
  };
  const twice = school.markTwice;
  return sopBlocks(sample).map((block) =>
    block.kind === 'para' && block.text.startsWith('Adres:')
      ? { ...block, text: `Adres: ${school.addressLine}` }
      : block.kind === 'table' && twice !== undefined
        ? { ...block, rows: withSecondMark(block.rows, twice) }
        : block,
  );
}

/** Text as a PDF-to-text tool gives it: paragraphs as lines, table cells separated by wide spacing. */
function renderText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') {
      lines.push(block.text, '');
      continue;
    }
    // Columns at fixed positions (first 64 characters wide, then 18 each), as pdftotext -layout keeps them.
    for (const row of block.rows) {
      const cells = row.map((cell) => cell.replace(/\n/g, ' '));
      const first = (cells[0] ?? '').padEnd(64);
      lines.push(
        `${first}${cells
          .slice(1)
          .map((c) => c.padEnd(18))
          .join('')}`.trimEnd(),
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export async function renderSop(school: SopSchool, format: SopFormat): Promise<Uint8Array> {
  const blocks = blocksOf(school);
  if (format === 'pdf') return renderPdf(blocks);
  if (format === 'docx') return renderDocx(blocks);
  return new TextEncoder().encode(renderText(blocks));
}

/** A scanned document: a PDF with shapes and no text at all. */
export function renderImageOnlyPdf(): Promise<Uint8Array> {
  return renderPdf(sopBlocks(SAMPLE), { noText: true });
}
