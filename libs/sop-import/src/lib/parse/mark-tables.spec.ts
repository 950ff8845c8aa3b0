import { findMark } from './mark-tables';

describe('findMark: the mark at the end of a table line', () => {
  it.each([
    ['CJG  X   ', { index: 5, count: 1, before: 2, after: 3, labelPart: 'CJG', boxes: null }],
    ['Logopedie ✓', { index: 10, count: 1, before: 1, after: null, labelPart: 'Logopedie', boxes: null }],
    // A Word form: a box in every cell, so the mark's place among them is its column.
    [
      'Speciaal Onderwijs ☐ ☐ ☒ ☐',
      { index: 23, count: 1, labelPart: 'Speciaal Onderwijs', boxes: { cells: 4, column: 3 } },
    ],
    ['Lift ☒ ☐', { index: 5, count: 1, labelPart: 'Lift', boxes: { cells: 2, column: 1 } }],
    // Word's Wingdings check mark and box, as PDFs carry them (private use area).
    ['Lift \uF0A8 \uF0FC', { index: 7, count: 1, labelPart: 'Lift', boxes: { cells: 2, column: 2 } }],
    [
      'Gespreksruimte X x',
      { index: 15, count: 2, before: null, after: null, labelPart: 'Gespreksruimte', boxes: null },
    ],
  ])('%j', (line, expected) => {
    expect(findMark(line)).toMatchObject(expected);
  });

  it.each(['Rolstoelvriendelijk', 'Speciaal Onderwijs ☐ ☐ ☐ ☐', ''])('finds no mark in %j', (line) => {
    expect(findMark(line)).toBeNull();
  });
});
