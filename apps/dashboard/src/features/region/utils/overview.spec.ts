import { describe, expect, it } from '@jest/globals';
import {
  coverageMatrix,
  type CoverageItemView,
  fundingData,
  fundingPoints,
  type FundingStatsView,
  gapRows,
  fallbackNote,
  type FigureState,
  figureSearchUrl,
  latestYearWithData,
  outlierRows,
  searchUrlFor,
  searchUrlForBand,
  sizeBandStart,
  trendData,
  type TrendView,
} from './overview';

const count = (code: string | null, schools: number, withItem: number) => ({
  werkgebiedCode: code,
  werkgebiedName: code === 'laak' ? 'Laak' : code === 'escamp' ? 'Escamp' : null,
  schools,
  withItem,
  share: schools === 0 ? null : withItem / schools,
  pupils: schools * 100,
});

const ITEMS: CoverageItemView[] = [
  {
    kind: 'expertise',
    code: 'autisme',
    label: 'x',
    pupilsInGaps: 300,
    region: count(null, 20, 10),
    werkgebieden: [count('escamp', 10, 10), count('laak', 10, 0)],
    gaps: [count('laak', 3, 0)],
  },
  {
    kind: 'facility',
    code: 'lift',
    label: 'Lift',
    pupilsInGaps: 0,
    region: count(null, 20, 5),
    werkgebieden: [count('laak', 10, 5)],
    gaps: [],
  },
  {
    kind: 'hgw',
    code: 'positief',
    label: 'P',
    pupilsInGaps: 900,
    region: count(null, 0, 0),
    werkgebieden: [],
    gaps: [count('escamp', 1, 0)],
  },
];

describe('coverageMatrix', () => {
  it('puts items of the chosen kinds against the werkgebieden in catalog order', () => {
    const matrix = coverageMatrix(ITEMS, ['expertise', 'facility']);
    expect(matrix.columns.map((c) => c.key)).toEqual(['escamp', 'laak']);
    expect(matrix.rows.map((r) => [r.label, r['escamp'], r['laak'], r['regio']])).toEqual([
      ['Autisme', 1, 0, 0.5],
      ['Lift', null, 0.5, 0.25],
    ]);
  });
});

describe('gapRows', () => {
  it.each([
    [['expertise', 'facility'], ['Autisme']],
    [
      ['expertise', 'hgw'],
      ['Positieve aspecten van belang', 'Autisme'],
    ],
  ])('kinds %j → %j (most pupils first)', (kinds, labels) => {
    expect(gapRows(ITEMS, kinds).map((g) => g.label.toLowerCase())).toEqual(
      labels.map((l) => l.toLowerCase()),
    );
  });
});

const trend = (code: string, points: [string, number, number | null][]): TrendView => ({
  kind: 'hgw',
  code,
  label: code,
  points: points.map(([schoolYear, schools, share]) => ({ schoolYear, schools, withItem: 0, share })),
});

describe('trends', () => {
  it.each<[string, TrendView[], string | null]>([
    [
      'latest year with schools',
      [
        trend('doelgericht', [
          ['2023-2024', 5, 0.1],
          ['2024-2025', 4, 0.2],
          ['2025-2026', 0, null],
        ]),
      ],
      '2024-2025',
    ],
    ['no data at all', [trend('doelgericht', [['2025-2026', 0, null]])], null],
    ['no trends', [], null],
  ])('latestYearWithData: %s', (_case, trends, expected) => {
    expect(latestYearWithData(trends)).toBe(expected);
  });

  it('makes one row per year with one share per item', () => {
    const { data, series } = trendData(
      [
        trend('doelgericht', [
          ['2024-2025', 4, 0.5],
          ['2023-2024', 5, 0.2],
        ]),
        trend('positief', [['2024-2025', 4, 0.75]]),
      ],
      'hgw',
    );
    expect(data).toEqual([
      { schoolYear: '2023-2024', doelgericht: 0.2, positief: null },
      { schoolYear: '2024-2025', doelgericht: 0.5, positief: 0.75 },
    ]);
    expect(series.map((s) => s.label)).toEqual(['Doelgericht werken', 'Positieve aspecten van belang']);
  });
});

const stats = (
  group: string,
  outliers: { id: string; name: string; value: number | null }[],
): FundingStatsView => ({
  group,
  schools: 10,
  min: 100,
  q1: 120,
  median: 130,
  q3: 140,
  max: 300,
  outliers,
});

describe('funding', () => {
  it('puts the overall figures first and names each outlier once, highest first', () => {
    const overall = stats('all', [{ id: 'a', name: 'A', value: 300 }]);
    const bands = [
      stats('<100', [
        { id: 'a', name: 'A', value: 300 },
        { id: 'b', name: 'B', value: 310 },
      ]),
    ];
    expect(fundingData(overall, bands, 'Alle scholen').map((d) => d.group)).toEqual(['Alle scholen', '<100']);
    expect(fundingData(overall, bands, 'Alle scholen')[1]).toEqual({
      group: '<100',
      min: 100,
      q1: 120,
      median: 130,
      q3: 140,
      max: 300,
      schools: 10,
    });
    expect(outlierRows(overall, bands, 'Alle scholen')).toEqual([
      { id: 'b', name: 'B', value: 310, group: '<100' },
      { id: 'a', name: 'A', value: 300, group: 'Alle scholen' },
    ]);
  });
});

describe('fundingData: size bands in numeric order', () => {
  it('puts <100 first and 400+ last, whatever order the API sends (it sorts them as text)', () => {
    const asText = ['100-199', '200-399', '400+', '<100'].map((g) => stats(g, []));
    expect(fundingData(stats('all', []), asText, 'Alle scholen').map((d) => d.group)).toEqual([
      'Alle scholen',
      '<100',
      '100-199',
      '200-399',
      '400+',
    ]);
  });

  it.each([
    ['<100', 0],
    ['100-199', 100],
    ['400+', 400],
    ['onbekend', Number.POSITIVE_INFINITY],
  ])('sizeBandStart(%s) = %s', (group, start) => {
    expect(sizeBandStart(group)).toBe(start);
  });
});

describe('searchUrlFor', () => {
  it.each([
    ['expertise', 'autisme', 'laak', '/scholen?werkgebied=laak&expertise=autisme'],
    ['facility', 'lift', null, '/scholen?voorziening=lift'],
    ['partner', 'logopedie', 'escamp', '/scholen?werkgebied=escamp&partner=logopedie'],
    ['hgw', 'positief', null, '/scholen?hgw=positief'],
  ])('%s %s in %s', (kind, code, werkgebied, url) => {
    expect(searchUrlFor(kind, code, werkgebied)).toBe(url);
  });
});

describe('fundingPoints', () => {
  it.each([
    ['known size and amount', { perPupil: 150, pupils: 200 }, 1],
    ['no funding', null, 0],
    ['suppressed pupils', { perPupil: 150, pupils: null }, 0],
    ['no amount', { perPupil: null, pupils: 200 }, 0],
  ])('%s', (_case, funding, count) => {
    expect(fundingPoints([{ id: 'a', name: 'A', funding }])).toHaveLength(count);
  });
});

describe('searchUrlForBand', () => {
  it.each([
    ['<100', '/scholen?max-leerlingen=99&sortering=FUNDING_PER_PUPIL'],
    ['100-199', '/scholen?min-leerlingen=100&max-leerlingen=199&sortering=FUNDING_PER_PUPIL'],
    ['400+', '/scholen?min-leerlingen=400&sortering=FUNDING_PER_PUPIL'],
    ['Alle scholen', '/scholen?sortering=FUNDING_PER_PUPIL'],
  ])('%s → %s', (group, url) => {
    expect(searchUrlForBand(group)).toBe(url);
  });
});

describe('fallbackNote: why another year is shown, without skipping one silently', () => {
  it.each([
    ['the year asked is shown', '2024-2025', '2024-2025', null],
    [
      'the year before has SOPs',
      '2026-2027',
      '2025-2026',
      'Voor 2026-2027 zijn nog geen SOPs gepubliceerd; u ziet 2025-2026, het nieuwste schooljaar met gepubliceerde SOPs.',
    ],
    [
      'one year between is named too',
      '2026-2027',
      '2024-2025',
      'Voor 2025-2026 en 2026-2027 zijn nog geen SOPs gepubliceerd; u ziet 2024-2025, het nieuwste schooljaar met gepubliceerde SOPs.',
    ],
    [
      'two years between',
      '2026-2027',
      '2023-2024',
      'Voor 2024-2025, 2025-2026 en 2026-2027 zijn nog geen SOPs gepubliceerd; u ziet 2023-2024, het nieuwste schooljaar met gepubliceerde SOPs.',
    ],
    [
      'the coming year already has SOPs',
      '2026-2027',
      '2027-2028',
      'Voor 2026-2027 zijn nog geen SOPs gepubliceerd; u ziet 2027-2028, het nieuwste schooljaar met gepubliceerde SOPs.',
    ],
  ])('%s', (_case, wanted, shown, note) => {
    expect(fallbackNote(wanted, shown)).toBe(note);
  });
});

describe('figureSearchUrl: the list behind a headline figure has its scope, year and SOP state', () => {
  it.each<[FigureState, string | null, string]>([
    ['', null, '/scholen?werkgebied=sppoh'],
    ['zonder', null, '/scholen?werkgebied=sppoh&sop=zonder&jaar=2025-2026'],
    ['verouderd', 'laak', '/scholen?werkgebied=laak&sop=verouderd&jaar=2025-2026'],
    ['gepubliceerd', null, '/scholen?werkgebied=sppoh&sop=gepubliceerd&jaar=2025-2026'],
  ])('%s in %s', (state, werkgebied, url) => {
    expect(figureSearchUrl(state, '2025-2026', werkgebied)).toBe(url);
  });
});
