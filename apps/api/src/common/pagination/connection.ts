import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BadInputError } from '../errors/app-error';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

@ObjectType({ description: 'Relay-style page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `<Name>Edge` and `<Name>Connection` object types of a node type. */
export function connectionTypes<T>(
  node: Type<T>,
  name: string,
): { Edge: Type<Edge<T>>; Connection: Type<Connection<T>> } {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All items matching the filter, over all pages.' })
    totalCount!: number;
  }

  return { Edge: EdgeType, Connection: ConnectionType };
}

/**
 * A page of rows as a connection: each row's cursor is its encoded sort key (`cursorKey`), `endCursor` the last.
 */
export function toConnection<R, T>(
  page: { rows: readonly R[]; hasNextPage: boolean; totalCount: number },
  cursorKey: (row: R) => readonly (string | number)[],
  toNode: (row: R) => T,
): Connection<T> {
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(cursorKey(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}

/** Validates `first` (default 25, 1..200). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen, niet ${first}`, 'first');
  }
  return first;
}

/** Opaque cursors: base64url of the JSON sort key of an edge. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw new BadInputError(`ongeldige cursor '${cursor}'`, argument);
  }
  return parsed;
}
