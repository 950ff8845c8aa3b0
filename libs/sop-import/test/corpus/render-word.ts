/**
 * Renders template blocks as a DOCX the way schools make them in Word: fixed narrow table columns (so header cells
 * like "Niet van toepassing" and row labels wrap), drawn cell borders or none, text top-aligned in its cell, marks
 * left or centred, a chosen font and size, sometimes a landscape page and a repeated header row. LibreOffice turns it
 * into the PDF a school would publish.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { type Block } from '../fixtures/sop-blocks';
import { type Dice } from './random-sop';

export interface WordStyle {
  readonly font: string;
  /** Font size in points. */
  readonly size: number;
  readonly borders: boolean;
  readonly markAlign: 'left' | 'center';
  /** Vertical place of marks in their cell: top (Word's default) or centred on a label that wraps. */
  readonly markVAlign: 'top' | 'center';
  /** A grey header row, as many schools' tables have. */
  readonly shadedHeader: boolean;
  readonly landscape: boolean;
  readonly repeatHeader: boolean;
  /** Column widths in twips for each table, in document order. */
  readonly widths: readonly (readonly number[])[];
  /** Filler paragraphs before the partner table (moves page breaks through the tables). */
  readonly filler: number;
}

const FONTS = ['Liberation Sans', 'Liberation Serif', 'DejaVu Sans', 'Liberation Sans Narrow'];

/** Narrow, varied columns: value columns of 0.45–0.9 inch wrap their header words, labels wrap too. */
export function randomWordStyle(d: Dice): WordStyle {
  const landscape = d.chance(0.12);
  const value = (): number => d.int(650, 1300);
  const label = (): number => d.int(2200, landscape ? 6000 : 4200);
  return {
    font: d.pick(FONTS),
    size: d.pick([9, 10, 10, 11, 11, 12]),
    borders: d.chance(0.85),
    markAlign: d.chance(0.5) ? 'left' : 'center',
    markVAlign: d.chance(0.25) ? 'center' : 'top',
    shadedHeader: d.chance(0.4),
    landscape,
    repeatHeader: d.chance(0.5),
    widths: [
      [label(), value(), value(), value()], // HGW
      [d.int(1800, 3200), d.int(700, 1200), d.int(2400, 4200)], // expertise
      [label(), value(), value(), value(), value()], // partners
      [d.int(2400, 4000), d.int(2400, 3600)], // extra aanbod
      [d.int(1600, 3600), value(), value()], // facilities
    ],
    filler: d.int(0, 9),
  };
}

const MARKS = new Set(['X', 'x', '✓', '☒', '☐']);

function runs(text: string, style: WordStyle, bold: boolean): TextRun[] {
  return [new TextRun({ text, bold, font: style.font, size: style.size * 2 })];
}

function paragraphs(text: string, style: WordStyle, bold = false): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: runs(line, style, bold) }));
}

function cellParagraphs(text: string, style: WordStyle, header: boolean): Paragraph[] {
  if (MARKS.has(text)) {
    return [
      new Paragraph({
        alignment: style.markAlign === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: runs(text, style, false),
      }),
    ];
  }
  // A label with a forced break ("Voorzieningen\ndoven/slechthorenden") stays one paragraph with a line break.
  const [first = '', ...rest] = text.split('\n');
  return [
    new Paragraph({
      children: [
        ...runs(first, style, header),
        ...rest.flatMap((r) => [new TextRun({ break: 1 }), ...runs(r, style, header)]),
      ],
    }),
  ];
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export async function renderWordDocx(blocks: readonly Block[], style: WordStyle): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let tableIndex = 0;
  for (const block of blocks) {
    if (block.kind === 'title')
      children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text, style, true) }));
    else if (block.kind === 'heading') {
      if (/externe deskundigen/i.test(block.text)) {
        for (let k = 0; k < style.filler; k += 1)
          children.push(
            ...paragraphs(
              'Wij werken samen met de partners in de wijk; de intern begeleider onderhoudt de contacten en bespreekt de ondersteuning van leerlingen in het MDO.',
              style,
            ),
          );
      }
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(block.text, style, true) }),
      );
    } else if (block.kind === 'para') children.push(...paragraphs(block.text, style));
    else {
      const widths = style.widths[tableIndex] ?? block.widths.map(() => 1500);
      tableIndex += 1;
      const border = style.borders ? LINE : NO_BORDER;
      children.push(
        new Table({
          layout: TableLayoutType.FIXED,
          columnWidths: [...widths],
          width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
          borders: {
            top: border,
            bottom: border,
            left: border,
            right: border,
            insideHorizontal: border,
            insideVertical: border,
          },
          rows: block.rows.map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0 && style.repeatHeader,
                children: row.map(
                  (cell, k) =>
                    new TableCell({
                      width: { size: widths[k] ?? 1500, type: WidthType.DXA },
                      verticalAlign:
                        k > 0 && MARKS.has(cell) && style.markVAlign === 'center'
                          ? VerticalAlign.CENTER
                          : VerticalAlign.TOP,
                      ...(r === 0 && style.shadedHeader ? { shading: { fill: 'D9D9D9' } } : {}),
                      children: cellParagraphs(cell, style, r === 0),
                    }),
                ),
              }),
          ),
        }),
      );
      children.push(new Paragraph({ children: [] }));
    }
  }
  const doc = new Document({
    creator: 'sop-import corpus',
    styles: { default: { document: { run: { font: style.font, size: style.size * 2 } } } },
    sections: [
      {
        properties: style.landscape
          ? { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } } }
          : {},
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
