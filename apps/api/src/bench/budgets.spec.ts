import {
  betterOf,
  judgeLoad,
  judgeOperations,
  type OperationBudget,
  type OperationFigures,
  OPERATION_BUDGETS,
} from './budgets';

function figures(
  over: Partial<OperationFigures> & Pick<OperationFigures, 'set' | 'operation'>,
): OperationFigures {
  return {
    runs: 100,
    statements: 2,
    apiP50: 4,
    apiP99: 9,
    sqlP50: 2,
    sqlP99: 4,
    ratio: 2,
    ...over,
  };
}

const budgets: OperationBudget[] = [
  { set: '*', operation: 'school detail', maxStatements: 3, maxP50Ms: 3 },
  { set: '*', operation: 'search', maxRatio: 2 },
  { set: 'national', operation: 'search', maxRatio: 3 },
];

describe('the bench gate (budgets × 2, committed figures × 2)', () => {
  it.each([
    // [case, statements, committed statements, ok]
    ['within the budget', 3, undefined, true],
    ['twice the budget still passes (noise margin)', 6, undefined, true],
    ['more than twice the budget fails', 7, undefined, false],
    ['the committed figure above the budget is the reference', 8, 4, true],
    ['more than twice the committed figure fails', 9, 4, false],
  ] as const)('school detail statements: %s', (_case, statements, before, ok) => {
    const current = [figures({ set: 'region', operation: 'school detail', statements })];
    const committed =
      before === undefined
        ? null
        : [figures({ set: 'region', operation: 'school detail', statements: before })];
    const [verdict] = judgeOperations(current, committed, budgets).filter((v) => v.metric === 'statements');
    expect(verdict?.ok).toBe(ok);
  });

  it.each([
    // [case, ratio now, committed ratio, limit, ok]
    ['search at 4× its SQL is exactly twice its 2× budget', 4, undefined, 4, true],
    ['search at 4.1× its SQL is a regression', 4.1, undefined, 4, false],
    ['a committed 3× makes 6× the limit', 5.9, 3, 6, true],
    ['a committed 3× and 6.5× now fails', 6.5, 3, 6, false],
  ] as const)('ratio to the SQL floor: %s', (_case, ratio, before, limit, ok) => {
    const current = [figures({ set: 'region', operation: 'search', ratio })];
    const committed =
      before === undefined ? null : [figures({ set: 'region', operation: 'search', ratio: before })];
    const [verdict] = judgeOperations(current, committed, budgets).filter((v) => v.metric === 'ratio');
    expect(verdict?.limit).toBeCloseTo(limit);
    expect(verdict?.ok).toBe(ok);
  });

  it('an operation timed from the kept answers is reported, never gated', () => {
    const kept = figures({ set: 'region', operation: 'school detail (kept answer)', ratio: 0.9 });
    const before = figures({ set: 'region', operation: 'school detail (kept answer)', ratio: 0.1 });
    expect(judgeOperations([kept], [before], budgets)).toEqual([]);
  });

  it('a budget of the set wins over the budget for every set', () => {
    const [verdict] = judgeOperations(
      [figures({ set: 'national', operation: 'search', ratio: 5.5 })],
      null,
      budgets,
    );
    expect(verdict).toMatchObject({ reference: 3, limit: 6, referenceFrom: 'budget', ok: true });
  });

  it('compares with the committed figure of the same set and operation only', () => {
    const current = [figures({ set: 'region', operation: 'compare', ratio: 3, statements: 4 })];
    const committed = [
      figures({ set: 'national', operation: 'compare', ratio: 1, statements: 1 }),
      figures({ set: 'region', operation: 'search', ratio: 1, statements: 1 }),
    ];
    expect(judgeOperations(current, committed, budgets)).toEqual([]);
  });

  it('an operation with neither budget nor committed figure is reported, not gated', () => {
    expect(
      judgeOperations([figures({ set: 'region', operation: 'school list page' })], null, budgets),
    ).toEqual([]);
  });

  it('an operation that broke (no timings) fails instead of passing silently', () => {
    const [verdict] = judgeOperations(
      [figures({ set: 'region', operation: 'search', ratio: Number.NaN })],
      null,
      budgets,
    );
    expect(verdict?.ok).toBe(false);
  });

  it('the issue budgets gate school detail statements and the find/compare ratios', () => {
    const gated = OPERATION_BUDGETS.map((b) => [b.operation, b.maxStatements ?? null, b.maxRatio ?? null]);
    expect(gated).toEqual([
      ['school detail', 3, null],
      ['search', null, 2],
      ['compare', null, 2],
    ]);
  });

  it('a remeasured ratio keeps the better of the two measurements and the statement count', () => {
    const first = figures({ set: 'region', operation: 'search', ratio: 5, statements: 3 });
    expect(betterOf(first, { ...first, ratio: 2.5, statements: 99 })).toMatchObject({
      ratio: 2.5,
      statements: 3,
    });
    expect(betterOf(first, { ...first, ratio: 6 })).toBe(first);
  });

  it('the load phase fails on answers that are not 2xx or carry GraphQL errors, not on speed', () => {
    expect(
      judgeLoad([
        { name: 'clean', non2xx: 0, graphqlErrors: 0 },
        { name: '503s', non2xx: 3, graphqlErrors: 0 },
        { name: 'errors', non2xx: 0, graphqlErrors: 1 },
      ]).map((v) => v.ok),
    ).toEqual([true, false, false]);
  });
});
