import { choiceLabel, choicesOf, cropLayout, openWarnings, queueAction } from './queue';

const cell = (x1: number, x2: number) => ({ x1, x2, y1: 100, y2: 120 });

describe('the review queue', () => {
  it.each([
    ['j', { kind: 'next' }],
    ['ArrowDown', { kind: 'next' }],
    ['k', { kind: 'previous' }],
    ['ArrowUp', { kind: 'previous' }],
    ['ArrowRight', { kind: 'next-choice' }],
    ['ArrowLeft', { kind: 'previous-choice' }],
    ['Enter', { kind: 'choose-focused' }],
    ['1', { kind: 'choose', index: 0 }],
    ['9', { kind: 'choose', index: 8 }],
    ['0', null],
    ['a', null],
    ['Tab', null],
  ])('key %s → %j', (key, action) => {
    expect(queueAction(key, {})).toEqual(action);
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(queueAction('j', { ctrl: true })).toBeNull();
    expect(queueAction('1', { alt: true })).toBeNull();
    expect(queueAction('Enter', { meta: true })).toBeNull();
  });

  it('walks the open warnings only, in order', () => {
    const w = (path: string, resolvedAt: string | null) => ({ path, candidates: [], cells: [], resolvedAt });
    expect(openWarnings([w('a', null), w('b', '2026-01-01'), w('c', null)]).map((x) => x.path)).toEqual([
      'a',
      'c',
    ]);
  });

  it.each([
    {
      name: 'a cell in doubt offers its candidates, each with its cell',
      warning: {
        path: 'partners[9].frequency',
        candidates: ['structureel', 'regelmatig'],
        cells: [
          { value: 'structureel', box: cell(300, 350) },
          { value: 'regelmatig', box: cell(350, 400) },
          { value: 'incidenteel', box: cell(400, 450) },
        ],
      },
      values: ['structureel', 'regelmatig'],
      boxes: 2,
    },
    {
      name: 'a missing value offers every column of its row',
      warning: {
        path: 'facilities[2].status',
        candidates: [],
        cells: [
          { value: 'aanwezig', box: cell(300, 350) },
          { value: 'niet-van-toepassing', box: cell(350, 400) },
        ],
      },
      values: ['aanwezig', 'niet-van-toepassing'],
      boxes: 2,
    },
    {
      name: 'a ja/nee in doubt offers ja and nee in one cell',
      warning: {
        path: 'expertise[0].available',
        candidates: ['ja', 'nee'],
        cells: [
          { value: 'ja', box: cell(300, 350) },
          { value: 'nee', box: cell(300, 350) },
        ],
      },
      values: ['ja', 'nee'],
      boxes: 2,
    },
    {
      name: 'a warning about a whole row or the document offers nothing',
      warning: { path: 'partners[3]', candidates: [], cells: [] },
      values: [],
      boxes: 0,
    },
  ])('$name', ({ warning, values, boxes }) => {
    const choices = choicesOf(warning);
    expect(choices.map((c) => c.value)).toEqual(values);
    expect(choices.filter((c) => c.boxes.length === 1)).toHaveLength(boxes);
  });

  it('names candidates in the template words', () => {
    expect(choiceLabel('partners[9].frequency', 'niet-van-toepassing')).toBe('Niet van toepassing');
    expect(choiceLabel('hgw[0].status', 'op-orde')).toBe('Op orde');
    expect(choiceLabel('facilities[1].status', 'aanwezig')).toBe('Aanwezig in de school');
    expect(choiceLabel('expertise[1].available', 'ja')).toBe('ja');
  });

  it('crops a page around the box with a margin, scaled to the width, the box and cells placed in the crop', () => {
    const page = { width: 600, height: 800 };
    const layout = cropLayout(page, { x1: 100, y1: 500, x2: 300, y2: 520 }, [cell(200, 250)], {
      margin: 20,
      maxWidth: 480,
      maxScale: 3,
    });
    // 240 points wide (80..320) at 2 px per point.
    expect(layout.scale).toBe(2);
    expect(layout.crop).toEqual({ left: 160, top: (800 - 540) * 2, width: 480, height: 60 * 2 });
    expect(layout.highlight).toEqual({ left: 40, top: 40, width: 400, height: 40 });
    // The cell lies 400 points lower on the page than the crop's top: below the crop.
    expect(layout.cells[0]).toEqual({ left: 240, top: (540 - 120) * 2, width: 100, height: 40 });
  });

  it('keeps a crop on the page at its edges and caps the scale', () => {
    const layout = cropLayout({ width: 600, height: 800 }, { x1: 5, y1: 790, x2: 25, y2: 798 }, [], {
      margin: 20,
      maxWidth: 480,
      maxScale: 3,
    });
    expect(layout.scale).toBe(3);
    expect(layout.crop.left).toBe(0);
    expect(layout.crop.top).toBe(0);
    expect(layout.highlight.left).toBe(15);
    expect(layout.highlight.top).toBe(6);
  });
});
