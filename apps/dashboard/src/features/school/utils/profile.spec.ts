import { describe, expect, it } from '@jest/globals';
import {
  apiFundingSummary,
  expertiseRows,
  formatSource,
  historyTable,
  fundingSummary,
  hgwRows,
  pathWithin,
  previousYear,
  pupilSeries,
  pupilsForYear,
  sopDates,
  splitOffers,
  type SopView,
  staleWarning,
  yearChanges,
} from './profile';

function sop(overrides: Partial<SopView> = {}): SopView {
  return {
    id: 's1',
    schoolYear: '2023-2024',
    status: 'PUBLISHED',
    template: 'haaglanden-model-sop-2021-2025',
    version: 1,
    publishedAt: null,
    documentDate: null,
    documentDateKind: null,
    vision: null,
    supportStructure: null,
    extraSupport: null,
    limits: null,
    evaluation: null,
    fundingAmount: null,
    fundingYear: null,
    funding: null,
    extraOfferNote: null,
    hgw: [],
    expertise: [],
    partners: [],
    extraOffers: [],
    facilities: [],
    provenance: [],
    warnings: [],
    sourceDocument: null,
    ...overrides,
  };
}

const NO_PLACE = { page: null, line: null, lineEnd: null, table: null, row: null, cell: null };

describe('pathWithin', () => {
  it.each([
    ['hgw[2]', 'hgw[2]', true],
    ['hgw[2].status', 'hgw[2]', true],
    ['hgw[20].status', 'hgw[2]', false],
    ['partners[9].frequency', 'partners', true],
    ['limitsExtra', 'limits', false],
  ])('%s within %s → %s', (path, base, expected) => {
    expect(pathWithin(path, base)).toBe(expected);
  });
});

describe('formatSource', () => {
  it.each([
    [
      'text with a line range',
      { ...NO_PLACE, source: 'text', page: 3, line: 12, lineEnd: 14 },
      'p. 3, r. 12–14',
    ],
    ['text with one line', { ...NO_PLACE, source: 'text', line: 7, lineEnd: 7 }, 'r. 7'],
    ['docx cell', { ...NO_PLACE, source: 'docx', table: 2, row: 4, cell: 1 }, 'tabel 2, rij 4, cel 1'],
    ['manual correction', { ...NO_PLACE, source: 'manual', page: 1 }, 'handmatig ingevoerd'],
    ['demo data', { ...NO_PLACE, source: 'demo' }, 'demo (verzonnen)'],
    ['nothing known', { ...NO_PLACE, source: 'pdf' }, 'geen bron'],
  ])('%s', (_case, entry, expected) => {
    expect(formatSource(entry)).toBe(expected);
  });
});

describe('SOP rows', () => {
  it('an ambiguous HGW cell shows both candidates and no value', () => {
    const rows = hgwRows(
      sop({
        hgw: [
          {
            code: 'doelgericht',
            label: 'Doelgericht',
            position: 1,
            status: null,
            candidates: ['op-orde', 'in-ontwikkeling'],
          },
          { code: null, label: 'Eigen rij', position: 2, status: 'op-orde', candidates: [] },
        ],
        warnings: [
          {
            code: 'ambiguous-mark',
            message: 'Twee kruisjes',
            path: 'hgw[0].status',
            candidates: [],
            resolvedAt: null,
          },
          {
            code: 'old',
            message: 'Opgelost',
            path: 'hgw[1].status',
            candidates: [],
            resolvedAt: '2026-01-01T00:00:00Z',
          },
        ],
        provenance: [
          {
            ...NO_PLACE,
            path: 'hgw[0].status',
            source: 'text',
            page: 2,
            line: 40,
            lineEnd: 40,
            section: null,
            excerpt: null,
          },
        ],
      }),
    );
    expect(rows[0]).toMatchObject({
      label: 'Doelgericht werken',
      value: null,
      candidates: ['Op orde', 'In ontwikkeling'],
      sources: ['p. 2, r. 40'],
      warnings: ['Twee kruisjes'],
    });
    expect(rows[1]).toMatchObject({ label: 'Eigen rij', value: 'Op orde', candidates: [], warnings: [] });
  });

  it.each([
    ['in the team', 'in-team', 'ja', 'Binnen het team (ja)'],
    ['bought in', 'ingekocht', null, 'Ingekocht wanneer nodig'],
    ['written text equal to label', 'geen', 'Niet aanwezig', 'Niet aanwezig'],
  ])('expertise %s', (_case, kind, written, expected) => {
    const [row] = expertiseRows(
      sop({
        expertise: [
          {
            code: 'autisme',
            label: 'x',
            position: 1,
            available: true,
            availability: written,
            availabilityKind: kind,
          },
        ],
      }),
    );
    expect(row?.value).toBe(expected);
    expect(row?.availabilityKind).toBe(kind);
  });

  it('keeps template hints apart from the school offers', () => {
    const { offers, hints } = splitOffers(
      sop({
        extraOffers: [
          { offer: 'Rots en water', period: 'groep 5', isHint: false, position: 1 },
          { offer: 'Bijvoorbeeld: Kanjertraining', period: null, isHint: true, position: 2 },
        ],
      }),
    );
    expect(offers.map((o) => o.offer)).toEqual(['Rots en water']);
    expect(hints.map((o) => o.offer)).toEqual(['Bijvoorbeeld: Kanjertraining']);
  });
});

const COUNTS = [
  { referenceDate: '2023-10-01', total: 210, suppressed: false },
  { referenceDate: '2021-10-01', total: 190, suppressed: false },
  { referenceDate: '2022-10-01', total: null, suppressed: true },
];

describe('pupils', () => {
  it('orders counts oldest first, dates in Dutch, and keeps suppressed counts unknown', () => {
    expect(pupilSeries(COUNTS)).toEqual([
      { date: '1 oktober 2021', pupils: 190 },
      { date: '1 oktober 2022', pupils: null },
      { date: '1 oktober 2023', pupils: 210 },
    ]);
  });

  it.each([
    ['peildatum 1 oktober', '2024-10-01', '1 oktober 2024'],
    ['end of the year, no shift by time zone', '2024-12-31', '31 december 2024'],
    ['start of the year', '2025-01-01', '1 januari 2025'],
  ])('shows the reference date as people read it: %s', (_case, referenceDate, shown) => {
    expect(pupilSeries([{ referenceDate, total: 1, suppressed: false }])).toEqual([
      { date: shown, pupils: 1 },
    ]);
  });

  it.each([
    ['year with its own peildatum', '2023-2024', '2023-10-01'],
    ['suppressed year falls back to the year before', '2022-2023', '2021-10-01'],
    ['year before all counts takes the oldest', '2019-2020', '2021-10-01'],
    ['invalid year', 'later', null],
  ])('%s', (_case, year, expected) => {
    expect(pupilsForYear(COUNTS, year)?.referenceDate ?? null).toBe(expected);
  });
});

describe('fundingSummary', () => {
  const params = [{ calendarYear: 2024, basePerLocation: 7000, perPupil: 106 }];
  it.each([
    [
      'stated as the formula',
      { fundingAmount: 29260, fundingYear: 2024 },
      { expected: 29260, perPupil: 139.33, deviation: { absolute: 0, relative: 0 } },
    ],
    [
      'no parameters for the year',
      { fundingAmount: 30000, fundingYear: 2019 },
      { expected: null, perPupil: 142.86, deviation: null },
    ],
    [
      'no amount stated',
      { fundingAmount: null, fundingYear: null },
      { expected: null, perPupil: null, deviation: null },
    ],
  ])('%s', (_case, amount, expected) => {
    const summary = fundingSummary({ ...amount, schoolYear: '2023-2024' }, COUNTS, params);
    expect(summary).toMatchObject(expected);
    expect(summary.pupils?.total).toBe(210);
  });
});

describe('apiFundingSummary', () => {
  it.each([
    ['no funding', null, null],
    [
      'API figures',
      {
        calendarYear: 2023,
        statedAmount: 46130,
        expectedAmount: 40000,
        perPupil: 200.57,
        pupils: 230,
        referenceDate: '2023-10-01',
        deviation: { absolute: 6130, relative: 0.1533 },
        parameters: { basePerLocation: 7000, perPupil: 143 },
      },
      {
        stated: 46130,
        year: 2023,
        expected: 40000,
        perPupil: 200.57,
        pupils: { referenceDate: '2023-10-01', total: 230, suppressed: false },
        parameters: { calendarYear: 2023, basePerLocation: 7000, perPupil: 143 },
      },
    ],
  ])('%s', (_case, funding, expected) => {
    const summary = apiFundingSummary(funding);
    if (expected === null) expect(summary).toBeNull();
    else expect(summary).toMatchObject(expected);
  });
});

describe('yearChanges', () => {
  const hgw = (status: string | null) => [
    { code: 'doelgericht', label: 'Doelgericht', position: 1, status, candidates: [] },
  ];
  it.each([
    ['no change', sop({ hgw: hgw('op-orde') }), sop({ hgw: hgw('op-orde') }), []],
    [
      'status improved',
      sop({ hgw: hgw('in-ontwikkeling') }),
      sop({ hgw: hgw('op-orde') }),
      [{ label: 'Doelgericht werken', before: 'In ontwikkeling', after: 'Op orde' }],
    ],
    [
      'row dropped',
      sop({ hgw: hgw('op-orde') }),
      sop({ hgw: [] }),
      [{ label: 'Doelgericht werken', before: 'Op orde', after: null }],
    ],
    [
      'funding changed',
      sop({ fundingAmount: 1000 }),
      sop({ fundingAmount: 2000 }),
      [{ label: 'Basisondersteuning volgens het SOP', before: '€ 1.000', after: '€ 2.000' }],
    ],
  ])('%s', (_case, before, after, expected) => {
    expect(
      yearChanges(before, after).map(({ label, before: b, after: a }) => ({ label, before: b, after: a })),
    ).toEqual(expected);
  });
});

describe('previousYear', () => {
  it.each([
    [['2024-2025', '2023-2024', '2021-2022'], '2024-2025', '2023-2024'],
    [['2024-2025', '2021-2022'], '2024-2025', '2021-2022'],
    [['2024-2025'], '2024-2025', null],
  ])('%j before %s → %s', (years, year, expected) => {
    expect(previousYear(years, year)).toBe(expected);
  });
});

describe('historyTable', () => {
  it('puts items in template order against the years, oldest first, and marks changes', () => {
    const { years, rows } = historyTable([
      {
        kind: 'facility',
        code: 'lift',
        label: 'Lift',
        values: [
          { schoolYear: '2023-2024', value: 'aanwezig' },
          { schoolYear: '2022-2023', value: 'aanwezig' },
        ],
      },
      {
        kind: 'hgw',
        code: 'doelgericht',
        label: 'x',
        values: [
          { schoolYear: '2022-2023', value: 'in-ontwikkeling' },
          { schoolYear: '2023-2024', value: 'op-orde' },
        ],
      },
      {
        kind: 'expertise',
        code: 'autisme',
        label: 'Autisme',
        values: [{ schoolYear: '2023-2024', value: null }],
      },
    ]);
    expect(years).toEqual(['2022-2023', '2023-2024']);
    expect(rows.map((r) => [r.label, r.values, r.changed])).toEqual([
      ['Doelgericht werken', ['In ontwikkeling', 'Op orde'], true],
      ['Autisme', [null, null], false],
      ['Lift', ['Aanwezig in de school', 'Aanwezig in de school'], false],
    ]);
  });
});

describe("sopDates: the document's own date beside the day it was published here", () => {
  it.each([
    [
      { documentDate: '2024-03-12', documentDateKind: 'ADOPTED' as const },
      'vastgesteld op 12 maart 2024 (volgens het document)',
    ],
    [
      { documentDate: '2023-10-15', documentDateKind: 'MR_ADVICE' as const },
      'MR-advies op 15 oktober 2023 (volgens het document)',
    ],
    [
      { documentDate: '2023-10-01', documentDateKind: 'DRAFTED' as const },
      'opgesteld op 1 oktober 2023 (volgens het document)',
    ],
    [
      { documentDate: '2023-10-01', documentDateKind: null },
      'gedateerd 1 oktober 2023 (volgens het document)',
    ],
    [{ documentDate: null, documentDateKind: null }, 'het document noemt geen datum; schooljaar 2023-2024'],
  ])('%j → %s', (dates, own) => {
    expect(sopDates({ schoolYear: '2023-2024', publishedAt: '2026-12-05T08:00:00Z', ...dates })).toEqual({
      own,
      published: 'in SOP Atlas gepubliceerd op 5 december 2026',
    });
  });

  it('says nothing of publication for a draft', () => {
    expect(sopDates({ schoolYear: '2025-2026', publishedAt: null }).published).toBeNull();
  });
});

describe("staleWarning: the API's School.staleSop in words", () => {
  const base = {
    schoolYear: '2023-2024',
    documentDate: null,
    documentDateKind: null,
    asOfYear: 2023,
    staleYears: 2,
  };
  it('is null when the API says the SOP is not stale', () => {
    expect(staleWarning(null)).toBeNull();
  });
  it('names the school year when that is what makes it stale', () => {
    expect(staleWarning(base)).toMatch(
      /^Verouderd: het nieuwste gepubliceerde SOP van deze school is van 2023-2024, meer dan 2 schooljaren/,
    );
  });
  it("names the document's own date when that is earlier", () => {
    expect(
      staleWarning({ ...base, documentDate: '2020-06-15', documentDateKind: 'ADOPTED', asOfYear: 2020 }),
    ).toMatch(
      /\(2023-2024\) is vastgesteld op 15 juni 2020 \(volgens het document\), meer dan 2 schooljaren/,
    );
  });
});
