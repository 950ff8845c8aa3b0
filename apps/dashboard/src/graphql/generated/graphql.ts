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

export type SchoolProfileQueryVariables = Exact<{
  id: string;
}>;


export type SchoolProfileQuery = { school: { id: string, name: string, isDemo: boolean, kind: SchoolKind, vestigingscode: string | null, boardName: string | null, boardNumber: string | null, denomination: string | null, street: string | null, houseNumber: string | null, postcode: string | null, place: string | null, gemeenteName: string | null, email: string | null, phone: string | null, website: string | null, werkgebied: { code: string, name: string } | null, pupilCounts: Array<{ referenceDate: string, total: number | null, suppressed: boolean, source: string }>, sops: Array<{ id: string, schoolYear: string, status: SopStatus }> }, fundingParameters: Array<{ calendarYear: number, basePerLocation: number, perPupil: number }> };

export type SchoolSopQueryVariables = Exact<{
  schoolId: string;
  schoolYear?: string | null | undefined;
}>;


export type SchoolSopQuery = { sop: { id: string, schoolYear: string, status: SopStatus, template: string | null, version: number, publishedAt: string | null, vision: string | null, supportStructure: string | null, extraSupport: string | null, limits: string | null, evaluation: string | null, fundingAmount: number | null, fundingYear: number | null, extraOfferNote: string | null, hgw: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, expertise: Array<{ code: string | null, label: string, position: number, available: boolean | null, availability: string | null, availabilityKind: string }>, partners: Array<{ code: string | null, label: string, position: number, frequency: string | null, candidates: Array<string> }>, extraOffers: Array<{ offer: string, period: string | null, isHint: boolean, position: number }>, facilities: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, provenance: Array<{ path: string, source: string, page: number | null, line: number | null, lineEnd: number | null, table: number | null, row: number | null, cell: number | null, section: string | null, excerpt: string | null }>, warnings: Array<{ code: string, message: string, path: string, candidates: Array<string>, resolvedAt: string | null }>, sourceDocument: { id: string, fileName: string, url: string, sourceKind: string, mediaType: string, importedAt: string } | null } };

export type SopFieldsFragment = { id: string, schoolYear: string, status: SopStatus, template: string | null, version: number, publishedAt: string | null, vision: string | null, supportStructure: string | null, extraSupport: string | null, limits: string | null, evaluation: string | null, fundingAmount: number | null, fundingYear: number | null, extraOfferNote: string | null, hgw: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, expertise: Array<{ code: string | null, label: string, position: number, available: boolean | null, availability: string | null, availabilityKind: string }>, partners: Array<{ code: string | null, label: string, position: number, frequency: string | null, candidates: Array<string> }>, extraOffers: Array<{ offer: string, period: string | null, isHint: boolean, position: number }>, facilities: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, provenance: Array<{ path: string, source: string, page: number | null, line: number | null, lineEnd: number | null, table: number | null, row: number | null, cell: number | null, section: string | null, excerpt: string | null }>, warnings: Array<{ code: string, message: string, path: string, candidates: Array<string>, resolvedAt: string | null }>, sourceDocument: { id: string, fileName: string, url: string, sourceKind: string, mediaType: string, importedAt: string } | null };

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
export const SopFieldsFragmentDoc = new TypedDocumentString(`
    fragment SopFields on Sop {
  id
  schoolYear
  status
  template
  version
  publishedAt
  vision
  supportStructure
  extraSupport
  limits
  evaluation
  fundingAmount
  fundingYear
  extraOfferNote
  hgw {
    code
    label
    position
    status
    candidates
  }
  expertise {
    code
    label
    position
    available
    availability
    availabilityKind
  }
  partners {
    code
    label
    position
    frequency
    candidates
  }
  extraOffers {
    offer
    period
    isHint
    position
  }
  facilities {
    code
    label
    position
    status
    candidates
  }
  provenance {
    path
    source
    page
    line
    lineEnd
    table
    row
    cell
    section
    excerpt
  }
  warnings {
    code
    message
    path
    candidates
    resolvedAt
  }
  sourceDocument {
    id
    fileName
    url
    sourceKind
    mediaType
    importedAt
  }
}
    `, {"fragmentName":"SopFields"}) as unknown as TypedDocumentString<SopFieldsFragment, unknown>;
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
export const SchoolProfileDocument = new TypedDocumentString(`
    query SchoolProfile($id: ID!) {
  school(id: $id) {
    id
    name
    isDemo
    kind
    vestigingscode
    boardName
    boardNumber
    denomination
    street
    houseNumber
    postcode
    place
    gemeenteName
    email
    phone
    website
    werkgebied {
      code
      name
    }
    pupilCounts {
      referenceDate
      total
      suppressed
      source
    }
    sops {
      id
      schoolYear
      status
    }
  }
  fundingParameters {
    calendarYear
    basePerLocation
    perPupil
  }
}
    `) as unknown as TypedDocumentString<SchoolProfileQuery, SchoolProfileQueryVariables>;
export const SchoolSopDocument = new TypedDocumentString(`
    query SchoolSop($schoolId: ID!, $schoolYear: String) {
  sop(schoolId: $schoolId, schoolYear: $schoolYear) {
    ...SopFields
  }
}
    fragment SopFields on Sop {
  id
  schoolYear
  status
  template
  version
  publishedAt
  vision
  supportStructure
  extraSupport
  limits
  evaluation
  fundingAmount
  fundingYear
  extraOfferNote
  hgw {
    code
    label
    position
    status
    candidates
  }
  expertise {
    code
    label
    position
    available
    availability
    availabilityKind
  }
  partners {
    code
    label
    position
    frequency
    candidates
  }
  extraOffers {
    offer
    period
    isHint
    position
  }
  facilities {
    code
    label
    position
    status
    candidates
  }
  provenance {
    path
    source
    page
    line
    lineEnd
    table
    row
    cell
    section
    excerpt
  }
  warnings {
    code
    message
    path
    candidates
    resolvedAt
  }
  sourceDocument {
    id
    fileName
    url
    sourceKind
    mediaType
    importedAt
  }
}`) as unknown as TypedDocumentString<SchoolSopQuery, SchoolSopQueryVariables>;
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