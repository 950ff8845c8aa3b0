/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type SchoolKind =
  | 'BAO'
  | 'SBO'
  | 'SO';

export type SchoolsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SchoolsPageQuery = { schools: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, place: string | null, gemeenteName: string | null, kind: SchoolKind, isDemo: boolean, pupilCount: number | null, werkgebied: { code: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SchoolsPageDocument = new TypedDocumentString(`
    query SchoolsPage($first: Int!, $after: String) {
  schools(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        place
        gemeenteName
        kind
        isDemo
        pupilCount
        werkgebied {
          code
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolsPageQuery, SchoolsPageQueryVariables>;