/**
 * What decides whether a bench run passes: the budgets of issue 13 and the figures of the committed run for this
 * machine. Only figures that do not depend on the machine's speed are gated — statements per operation and the
 * ratio of the API to its raw-SQL floor measured in the same run — and only when they are more than
 * `REGRESSION_FACTOR` times worse than their reference, so a slow or busy machine does not fail the bench. Absolute
 * times (p50 in ms, req/s) are compared with their budgets in the report, never gated. Pure functions: unit-tested.
 */

/** How much worse than its reference a gated figure may get before the bench fails. */
export const REGRESSION_FACTOR = 2;

/** The figures of one operation in the query phase. */
export interface OperationFigures {
  /** `region` (SPPOH demo) or `national` (6,500 schools × 4 years). */
  readonly set: string;
  readonly operation: string;
  readonly runs: number;
  readonly statements: number;
  readonly apiP50: number;
  readonly apiP99: number;
  readonly sqlP50: number;
  readonly sqlP99: number;
  /** apiP50 / sqlP50: the cost of everything that is not the database. */
  readonly ratio: number;
}

/** A budget of the issue for one operation (in one set, or `*` for every set). */
export interface OperationBudget {
  /** A set, or `*` for every set. */
  readonly set: string;
  readonly operation: string;
  readonly maxStatements?: number;
  /** API p50 at most this many times its SQL floor. */
  readonly maxRatio?: number;
  /** Absolute p50 in ms: reported against, never gated (it depends on the machine). */
  readonly maxP50Ms?: number;
}

/** Issue 13, "Budgets": school detail p50 ≤ 3 ms and ≤ 3 statements; find/compare within 2× of their SQL. */
export const OPERATION_BUDGETS: readonly OperationBudget[] = [
  { set: '*', operation: 'school detail', maxStatements: 3, maxP50Ms: 3 },
  { set: '*', operation: 'search', maxRatio: 2 },
  { set: '*', operation: 'compare', maxRatio: 2 },
];

export type GatedMetric = 'statements' | 'ratio';

export interface Verdict {
  readonly set: string;
  readonly operation: string;
  readonly metric: GatedMetric;
  readonly value: number;
  /** The larger of the budget and the committed figure: what the value may not exceed `REGRESSION_FACTOR` times. */
  readonly reference: number;
  readonly referenceFrom: 'budget' | 'committed' | 'budget+committed';
  readonly limit: number;
  readonly ok: boolean;
}

export function budgetFor(
  budgets: readonly OperationBudget[],
  set: string,
  operation: string,
): OperationBudget | undefined {
  return (
    budgets.find((b) => b.set === set && b.operation === operation) ??
    budgets.find((b) => b.set === '*' && b.operation === operation)
  );
}

function verdict(
  figures: OperationFigures,
  metric: GatedMetric,
  budget: number | undefined,
  committed: number | undefined,
  factor: number,
): Verdict | null {
  const known = [budget, committed].filter(
    (v): v is number => v !== undefined && Number.isFinite(v) && v > 0,
  );
  if (known.length === 0) return null;
  const reference = Math.max(...known);
  const referenceFrom =
    budget !== undefined && committed !== undefined
      ? 'budget+committed'
      : budget !== undefined
        ? 'budget'
        : 'committed';
  const value = figures[metric];
  const limit = reference * factor;
  return {
    set: figures.set,
    operation: figures.operation,
    metric,
    value,
    reference,
    referenceFrom,
    limit,
    // a value that could not be measured (NaN) fails: the operation broke
    ok: Number.isFinite(value) && value <= limit,
  };
}

/**
 * One verdict per gated figure that has a reference (a budget, a committed figure of the same set and operation,
 * or both). Operations without any reference are new: reported, not gated.
 */
/** Operations timed as visitors get them from the kept answers (GET after the first request). */
export const KEPT_ANSWER = '(kept answer)';

export function isKeptAnswer(operation: string): boolean {
  return operation.endsWith(KEPT_ANSWER);
}

export function judgeOperations(
  current: readonly OperationFigures[],
  committed: readonly OperationFigures[] | null,
  budgets: readonly OperationBudget[] = OPERATION_BUDGETS,
  factor: number = REGRESSION_FACTOR,
): Verdict[] {
  const verdicts: Verdict[] = [];
  // a kept answer's time is a hash lookup against a floor it never runs: reported, not gated (noise would double it)
  for (const figures of current.filter((f) => !isKeptAnswer(f.operation))) {
    const budget = budgetFor(budgets, figures.set, figures.operation);
    const before = committed?.find((c) => c.set === figures.set && c.operation === figures.operation);
    for (const [metric, fromBudget] of [
      ['statements', budget?.maxStatements],
      ['ratio', budget?.maxRatio],
    ] as const) {
      const v = verdict(figures, metric, fromBudget, before?.[metric], factor);
      if (v) verdicts.push(v);
    }
  }
  return verdicts;
}

/**
 * A timing-based verdict that failed is measured again before it counts (`remeasure`); the better of the two
 * measurements is kept, so a failure needs the regression to show twice, not one unlucky stretch of noise.
 * Statement counts do not vary between runs and are not remeasured.
 */
export function betterOf(first: OperationFigures, second: OperationFigures): OperationFigures {
  return second.ratio < first.ratio ? { ...second, statements: first.statements } : first;
}

/** Whether the load phase showed faults: answers that were not 2xx, or GraphQL answers with `errors`. */
export interface LoadOutcome {
  readonly name: string;
  readonly non2xx: number;
  readonly graphqlErrors: number;
}

export function judgeLoad(runs: readonly LoadOutcome[]): { name: string; ok: boolean; detail: string }[] {
  return runs.map((r) => ({
    name: r.name,
    ok: r.non2xx === 0 && r.graphqlErrors === 0,
    detail: `${r.non2xx} non-2xx, ${r.graphqlErrors} with GraphQL errors`,
  }));
}
