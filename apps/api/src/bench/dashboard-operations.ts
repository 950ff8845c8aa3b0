/**
 * The dashboard's real GraphQL operations, read from its generated client (`apps/dashboard/src/graphql/generated/
 * graphql.ts`, written by codegen from the documents the dashboard sends) so the bench never drifts from what
 * browsers ask. Read as a file, not imported: the API does not depend on the dashboard.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';

/** apps/api/{src,dist}/bench → apps/dashboard/src/graphql/generated/graphql.ts */
export const GENERATED_DOCUMENTS = path.resolve(
  __dirname,
  '../../../dashboard/src/graphql/generated/graphql.ts',
);

/** `export const FooDocument = new TypedDocumentString(`…`)`: codegen's `documentMode: 'string'` output. */
const DOCUMENT = /export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`\)/g;

/** Every operation of the generated file by name (e.g. `RegionOverview`), checked to parse as that operation. */
export function readDashboardOperations(file: string = GENERATED_DOCUMENTS): Map<string, string> {
  if (!existsSync(file)) {
    throw new Error(`${file} ontbreekt: draai eerst \`npm run codegen -w apps/dashboard\``);
  }
  return parseDashboardOperations(readFileSync(file, 'utf8'), file);
}

export function parseDashboardOperations(source: string, file = 'graphql.ts'): Map<string, string> {
  const operations = new Map<string, string>();
  for (const match of source.matchAll(DOCUMENT)) {
    const [, name = '', text = ''] = match;
    const document = parse(text);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operation?.name?.value !== name) {
      throw new Error(`${file}: document ${name}Document bevat geen operatie met de naam ${name}`);
    }
    operations.set(name, text.trim());
  }
  if (operations.size === 0) throw new Error(`${file}: geen GraphQL-documenten gevonden`);
  return operations;
}

/** The operations the bench needs; a missing one (renamed in the dashboard) is an error naming it. */
export function requireOperations<const N extends string>(
  operations: Map<string, string>,
  names: readonly N[],
): Record<N, string> {
  const picked = {} as Record<N, string>;
  for (const name of names) {
    const text = operations.get(name);
    if (text === undefined) {
      throw new Error(
        `het dashboard verstuurt geen operatie ${name} meer (apps/dashboard/src/graphql/generated/graphql.ts): ` +
          'pas de bench aan (apps/api/src/bench)',
      );
    }
    picked[name] = text;
  }
  return picked;
}

/** The dashboard operations the bench sends. */
export const BENCH_OPERATIONS = [
  'RegionOverview',
  'SchoolsPage',
  'FundingScatter',
  'FindSchools',
  'SchoolProfile',
  'SchoolSop',
  'CompareSchools',
  'SchoolSops',
] as const;

export type BenchOperation = (typeof BENCH_OPERATIONS)[number];
export type DashboardDocuments = Record<BenchOperation, string>;

export function dashboardDocuments(file?: string): DashboardDocuments {
  return requireOperations(readDashboardOperations(file), BENCH_OPERATIONS);
}
