import { HEADER_SPECS } from '../table-headers';
import { bandEdges, bandHeader } from './header';
import { cellAt, crossesRule, mergeRules, NO_RULES, type PageRules, rulesOf } from './rules';
import { type Token, tokensOf } from './tokens';

/** pdf.js operator ids, as `OPS` numbers them (only the ones rules.ts reads). */
const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  setFillRGBColor: 59,
  setStrokeRGBColor: 58,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
const endPath = 28;

/** A path buffer: pdf.js DrawOPS (0 moveTo, 1 lineTo, 4 closePath). */
function path(paint: number, ...coords: number[][]): { fn: number; args: unknown } {
  const buffer: number[] = [];
  coords.forEach(([x = 0, y = 0], i) => buffer.push(i === 0 ? 0 : 1, x, y));
  return { fn: OPS.constructPath, args: [paint, [Float32Array.from(buffer)], null] };
}
function rect(paint: number, x: number, y: number, w: number, h: number): { fn: number; args: unknown } {
  return {
    fn: OPS.constructPath,
    args: [paint, [Float32Array.from([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4])], null],
  };
}
function list(...ops: { fn: number; args: unknown }[]): { fnArray: number[]; argsArray: unknown[] } {
  return { fnArray: ops.map((o) => o.fn), argsArray: ops.map((o) => o.args) };
}

describe('rulesOf: the drawn rules of a page', () => {
  it('takes stroked lines (LibreOffice) under the current transform', () => {
    const rules = rulesOf(
      list(
        { fn: OPS.save, args: null },
        { fn: OPS.transform, args: [1, 0, 0, 1, 10, 20] },
        path(OPS.stroke, [0, 100], [200, 100]),
        { fn: OPS.restore, args: null },
        path(OPS.stroke, [50, 0], [50, 300]),
      ),
      OPS,
    );
    expect(rules.horizontal).toEqual([{ pos: 120, from: 10, to: 210 }]);
    expect(rules.vertical).toEqual([{ pos: 50, from: 0, to: 300 }]);
  });

  it('takes thin filled rectangles (Word) as rules, and no clip path, white paint or large fill', () => {
    const rules = rulesOf(
      list(
        rect(OPS.fill, 0, 99.75, 200, 0.5),
        rect(OPS.fill, 99.75, 0, 0.5, 100),
        rect(endPath, 0, 0, 595, 842),
        { fn: OPS.setStrokeRGBColor, args: ['#ffffff'] },
        path(OPS.stroke, [0, 50], [200, 50]),
        { fn: OPS.setFillRGBColor, args: ['#d9d9d9'] },
        rect(OPS.fill, 0, 0, 200, 30),
      ),
      OPS,
    );
    expect(rules.horizontal).toEqual([{ pos: 100, from: 0, to: 200 }]);
    expect(rules.vertical).toEqual([{ pos: 100, from: 0, to: 100 }]);
  });

  it('joins pieces of one rule and keeps apart rules with a gap', () => {
    expect(
      mergeRules([
        { pos: 10, from: 0, to: 50 },
        { pos: 10.5, from: 50.5, to: 90 },
        { pos: 10, from: 120, to: 150 },
        { pos: 10.5, from: 150, to: 160 },
      ]),
    ).toEqual([
      { pos: 10.25, from: 0, to: 90 },
      { pos: 10.25, from: 120, to: 160 },
    ]);
  });
});

describe('cellAt and crossesRule', () => {
  // Two columns (x 0–100, 100–160), two rows (y 0–20, 20–40).
  const grid: PageRules = {
    horizontal: [0, 20, 40].map((pos) => ({ pos, from: 0, to: 160 })),
    vertical: [0, 100, 160].map((pos) => ({ pos, from: 0, to: 40 })),
  };
  it.each([
    ['inside the upper right cell', 130, 30, { x1: 100, x2: 160, y1: 20, y2: 40 }],
    ['inside the lower left cell', 10, 5, { x1: 0, x2: 100, y1: 0, y2: 20 }],
    ['outside the table', 200, 30, null],
  ])('%s', (_name, x, y, box) => {
    expect(cellAt(grid, x, y)).toEqual(box);
  });
  it('has no cell without rules', () => {
    expect(cellAt(NO_RULES, 10, 10)).toBeNull();
  });
  it('sees a glyph drawn across a border', () => {
    expect(crossesRule(grid, { x1: 97, x2: 104, y1: 22, y2: 30 })).toBe(true);
    expect(crossesRule(grid, { x1: 104, x2: 111, y1: 22, y2: 30 })).toBe(false);
  });
});

function run(line: number, x: number, y: number, str: string, width = str.length * 5): Token[] {
  return tokensOf({ page: 1, x, y, width, size: 10, str }, line);
}

describe('bandHeader: the header row from whole header cells', () => {
  it('reads a header whose cells wrap and break inside a word (Struct/ureel, Niet/van/toepa/ssing)', () => {
    const lines: Token[][] = [
      [
        ...run(0, 78, 440, 'Betrokken experts'),
        ...run(0, 226, 440, 'Struct'),
        ...run(0, 271, 440, 'Regel'),
        ...run(0, 313, 440, 'Incident'),
        ...run(0, 372, 440, 'Niet'),
      ],
      [
        ...run(1, 226, 428, 'ureel'),
        ...run(1, 271, 428, 'matig'),
        ...run(1, 313, 428, 'eel'),
        ...run(1, 372, 428, 'van'),
      ],
      run(2, 372, 415, 'toepa'),
      run(3, 372, 402, 'ssing'),
      [...run(4, 78, 389, 'Speciaal Basisonderwijs'), ...run(4, 282, 389, 'X')],
    ];
    const header = bandHeader(
      { tokens: (i) => lines[i] ?? [], headerLine: 0, endLine: 5, rules: () => NO_RULES },
      HEADER_SPECS.partner,
    );
    expect(header?.lines).toEqual([0, 1, 2, 3]);
    expect(header?.columns.map((c) => c.x1)).toEqual([78, 226, 271, 313, 372]);
    expect(bandEdges(header ?? { page: 1, columns: [], lines: [], bottom: 0 })).toHaveLength(4);
  });

  it('has no header when the cells do not spell the template columns', () => {
    const lines: Token[][] = [[...run(0, 78, 440, 'Betrokken experts'), ...run(0, 226, 440, 'Soms')]];
    expect(
      bandHeader(
        { tokens: (i) => lines[i] ?? [], headerLine: 0, endLine: 1, rules: () => NO_RULES },
        HEADER_SPECS.partner,
      ),
    ).toBeNull();
  });
});
