import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/connection';

/** Deepest allowed field nesting (the school detail with SOP rows and provenance needs about 5). */
export const MAX_QUERY_DEPTH = 10;
/** Most aliases in one operation (compare screens alias a handful of queries). */
export const MAX_ALIASES = 30;
/**
 * Most cost units: every field costs 1, a field inside a list costs the list's page size (`first`, default 25)
 * times more. A 200-school page with ~25 nested fields each is allowed; unbounded fan-out is not.
 */
export const MAX_COST = 10_000;
const DEFAULT_LIST_SIZE = DEFAULT_PAGE_SIZE;

function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: code } });
}

interface Walk {
  depth: number;
  aliases: number;
  cost: number;
}

/** Walks the selection sets of one operation (fragments inlined, each at most once per path). */
function walk(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  multiplier: number,
  seen: Set<string>,
  result: Walk,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      visitField(selection, fragments, depth, multiplier, seen, result);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, fragments, depth, multiplier, seen, result);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) {
        walk(fragment.selectionSet, fragments, depth, multiplier, new Set([...seen, name]), result);
      }
    }
  }
}

function visitField(
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  multiplier: number,
  seen: Set<string>,
  result: Walk,
): void {
  if (field.alias) result.aliases += 1;
  result.depth = Math.max(result.depth, depth);
  result.cost += multiplier;
  if (!field.selectionSet) return;
  const first = field.arguments?.find((a) => a.name.value === 'first');
  // A literal page size counts as given; a variable counts as the largest page (variables are not known here).
  const pageSize =
    first === undefined
      ? DEFAULT_LIST_SIZE
      : first.value.kind === Kind.INT
        ? Number(first.value.value)
        : MAX_PAGE_SIZE;
  const isPage = first !== undefined || field.name.value === 'schools';
  walk(
    field.selectionSet,
    fragments,
    depth + 1,
    isPage ? multiplier * Math.max(1, pageSize) : multiplier,
    seen,
    result,
  );
}

/** Depth, alias and cost limits per operation, with a clear message naming the limit. */
export const queryLimitsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation) {
      const result: Walk = { depth: 0, aliases: 0, cost: 0 };
      walk(operation.selectionSet, fragments, 1, 1, new Set(), result);
      if (result.depth > MAX_QUERY_DEPTH) {
        context.reportError(
          limitError(`Query is te diep: ${result.depth} niveaus, maximaal ${MAX_QUERY_DEPTH}`, 'depth'),
        );
      }
      if (result.aliases > MAX_ALIASES) {
        context.reportError(
          limitError(`Te veel aliassen: ${result.aliases}, maximaal ${MAX_ALIASES}`, 'aliases'),
        );
      }
      if (result.cost > MAX_COST) {
        context.reportError(
          limitError(
            `Query is te duur: kosten ${result.cost}, maximaal ${MAX_COST} (vraag kleinere pagina's)`,
            'cost',
          ),
        );
      }
    },
  };
};

/** Extra GraphQL validation rules; the standard rules of graphql-js always run as well. */
export const VALIDATION_RULES: ValidationRule[] = [queryLimitsRule];
