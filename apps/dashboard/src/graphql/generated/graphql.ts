/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** BAO: basisonderwijs, SBO: speciaal basisonderwijs, SO: speciaal onderwijs. */
export type SchoolKind =
  | 'BAO'
  | 'SBO'
  | 'SO';

export type SopStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type FundingParametersQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingParametersQuery = { fundingParameters: Array<{ calendarYear: number, basePerLocation: number, perPupil: number, note: string | null, source: string | null }> };

export type SchoolSopsQueryVariables = Exact<{
  id: string;
}>;


export type SchoolSopsQuery = { school: { id: string, name: string, isDemo: boolean, sops: Array<{ id: string, schoolYear: string, status: SopStatus, expertise: Array<{ code: string | null, label: string, availabilityKind: string }>, facilities: Array<{ code: string | null, label: string, status: string | null }>, partners: Array<{ code: string | null, label: string, frequency: string | null }> }> } };

export type SchoolsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SchoolsPageQuery = { schools: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, place: string | null, gemeenteName: string | null, kind: SchoolKind, isDemo: boolean, latestPupilCount: { total: number | null, suppressed: boolean, referenceDate: string } | null, werkgebied: { code: string, name: string } | null, sops: Array<{ schoolYear: string, status: SopStatus }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export const FundingParametersDocument = new TypedDocumentString(`
    query FundingParameters {
  fundingParameters {
    calendarYear
    basePerLocation
    perPupil
    note
    source
  }
}
    `) as unknown as TypedDocumentString<FundingParametersQuery, FundingParametersQueryVariables>;
export const SchoolSopsDocument = new TypedDocumentString(`
    query SchoolSops($id: ID!) {
  school(id: $id) {
    id
    name
    isDemo
    sops {
      id
      schoolYear
      status
      expertise {
        code
        label
        availabilityKind
      }
      facilities {
        code
        label
        status
      }
      partners {
        code
        label
        frequency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolSopsQuery, SchoolSopsQueryVariables>;
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
        latestPupilCount {
          total
          suppressed
          referenceDate
        }
        werkgebied {
          code
          name
        }
        sops {
          schoolYear
          status
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