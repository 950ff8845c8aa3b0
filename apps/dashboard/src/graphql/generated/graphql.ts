/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ANY: at least one of the codes; ALL: every code. */
export type CodeMatch =
  | 'ALL'
  | 'ANY';

/** Expertise areas of the chosen SOP. */
export type ExpertiseFilter = {
  /** Expertise codes, e.g. `["autisme"]`. */
  codes: Array<string>;
  /** Only expertise in the team itself (`in-team`); false also counts bought-in ('ingekocht'). */
  inTeamOnly?: boolean;
  match?: CodeMatch;
};

/** An HGW principle with a status. */
export type HgwFilter = {
  code: string;
  /** `op-orde`, `in-ontwikkeling`, `nog-op-te-starten`. */
  status?: string;
};

/** Inclusive range; either bound may be left out. */
export type IntRange = {
  max?: number | null | undefined;
  min?: number | null | undefined;
};

/** Where a school's point on the map comes from. */
export type LocationSource =
  /** Fictional coordinates of the demo data. */
  | 'DEMO'
  /** An estimate made without PDOK (postcode centre, centre of known schools): shown as "locatie bij benadering". */
  | 'GESCHAT'
  /** A pin SWV staff dropped on the map (data health); geocoding never replaces it. */
  | 'MANUAL'
  /** PDOK Locatieserver's point for the school's address. */
  | 'PDOK';

/** A place to search around: latitude + longitude, or a postcode, or an address (geocoded). Exactly one form. */
export type NearInput = {
  /** Free address, e.g. `Laan van Meerdervoort 1, Den Haag`. */
  address?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** Dutch postcode, e.g. `2524 CK` or `2524CK`. */
  postcode?: string | null | undefined;
  /** Radius in km, more than 0 and at most 50. */
  radiusKm?: number;
};

/** An external partner at least this often. */
export type PartnerFilter = {
  /** Partner code, e.g. `logopedie`. */
  code: string;
  /** `structureel`, `regelmatig`, `incidenteel` or `niet-van-toepassing`; this or more often. */
  minimumFrequency?: string;
};

/** Why a school needs a fix: no werkgebied (left out of the overview), no coordinates (not found by distance) or a werkgebied estimated from the postcode table. */
export type PlaceProblem =
  | 'ESTIMATED_WERKGEBIED'
  | 'NO_COORDINATES'
  | 'NO_WERKGEBIED';

/** Narrows the school list; every field is optional and they combine with AND. */
export type SchoolFilter = {
  /** Denominations as DUO writes them. */
  denominations?: Array<string> | null | undefined;
  expertise?: ExpertiseFilter | null | undefined;
  /** Facility codes that must all be present (`aanwezig`). */
  facilities?: Array<string> | null | undefined;
  /** CBS gemeente codes, e.g. `["0518", "0603"]`. */
  gemeenten?: Array<string> | null | undefined;
  hgw?: HgwFilter | null | undefined;
  /** Only demo (true) or only real (false) schools. */
  isDemo?: boolean | null | undefined;
  kinds?: Array<SchoolKind> | null | undefined;
  partner?: PartnerFilter | null | undefined;
  /** Pupils on the latest reference date. */
  pupils?: IntRange | null | undefined;
  /** SOP school year the SOP filters look at; default each school's latest published SOP. */
  schoolYear?: string | null | undefined;
  /** SOP state in `schoolYear` (default the running school year), counted as the region overview counts it. */
  status?: SopStateFilter | null | undefined;
  /** Full-text search (Dutch, web search syntax) over the SOP texts and the school's name and place. */
  text?: string | null | undefined;
  /** Werkgebied codes, e.g. `["escamp", "laak"]`. */
  werkgebieden?: Array<string> | null | undefined;
};

/** BAO: basisonderwijs, SBO: speciaal basisonderwijs, SO: speciaal onderwijs. */
export type SchoolKind =
  | 'BAO'
  | 'SBO'
  | 'SO';

export type SchoolSort = {
  direction?: SortDirection;
  field?: SchoolSortField;
};

/** DISTANCE needs `near`; PUPILS and FUNDING_PER_PUPIL put unknown values last. */
export type SchoolSortField =
  | 'DISTANCE'
  | 'FUNDING_PER_PUPIL'
  | 'NAME'
  | 'PUPILS';

/** ADOPTED: vastgesteld door het bestuur; MR_ADVICE: advies/instemming MR; DRAFTED: opgesteld. */
export type SopDateKind =
  | 'ADOPTED'
  | 'DRAFTED'
  | 'MR_ADVICE';

/** DOCUMENT: the SOP's own date, as the document states it; PUBLISHED: the day it was published in SOP Atlas. */
export type SopDateSource =
  | 'DOCUMENT'
  | 'PUBLISHED';

/** The SOP state of a school in the school year of the filter (default the running one), as the region overview counts it. PUBLISHED: a published SOP of that year; MISSING: none; STALE: the latest published SOP up to that year is older than STALE_SOP_YEARS; DRAFT: a concept or one awaiting review (SWV staff only). */
export type SopStateFilter =
  /** concept of ter beoordeling */
  | 'DRAFT'
  /** zonder gepubliceerd SOP */
  | 'MISSING'
  /** gepubliceerd */
  | 'PUBLISHED'
  /** verouderd */
  | 'STALE';

export type SopStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, roles: Array<string>, schoolIds: Array<string> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, email: string, roles: Array<string>, schoolIds: Array<string> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type AuthProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProvidersQuery = { authProviders: Array<{ id: string, label: string, loginUrl: string }> };

export type UserAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserAccountsQuery = { userAccounts: Array<{ id: string, email: string, displayName: string, roles: Array<string>, schoolIds: Array<string>, failedLoginCount: number, lockedUntil: string | null, createdAt: string, disabledAt: string | null, schools: Array<{ id: string, name: string }> }> };

export type UserAccountRowFragment = { id: string, email: string, displayName: string, roles: Array<string>, schoolIds: Array<string>, failedLoginCount: number, lockedUntil: string | null, createdAt: string, disabledAt: string | null, schools: Array<{ id: string, name: string }> };

export type CreateUserAccountMutationVariables = Exact<{
  email: string;
  displayName: string;
  password: string;
  roles: Array<string> | string;
  schoolIds: Array<string> | string;
}>;


export type CreateUserAccountMutation = { createUserAccount: { id: string, email: string, displayName: string, roles: Array<string>, schoolIds: Array<string>, failedLoginCount: number, lockedUntil: string | null, createdAt: string, disabledAt: string | null, schools: Array<{ id: string, name: string }> } };

export type SetUserAccountDisabledMutationVariables = Exact<{
  userId: string;
  disabled: boolean;
}>;


export type SetUserAccountDisabledMutation = { setUserAccountDisabled: { id: string, email: string, displayName: string, roles: Array<string>, schoolIds: Array<string>, failedLoginCount: number, lockedUntil: string | null, createdAt: string, disabledAt: string | null, schools: Array<{ id: string, name: string }> } };

export type UnlockUserAccountMutationVariables = Exact<{
  userId: string;
}>;


export type UnlockUserAccountMutation = { unlockUserAccount: { id: string, email: string, displayName: string, roles: Array<string>, schoolIds: Array<string>, failedLoginCount: number, lockedUntil: string | null, createdAt: string, disabledAt: string | null, schools: Array<{ id: string, name: string }> } };

export type SchoolOptionsQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type SchoolOptionsQuery = { schools: { totalCount: number, edges: Array<{ node: { id: string, name: string, place: string | null, isDemo: boolean } }> } };

export type FundingParametersQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingParametersQuery = { fundingParameters: Array<{ calendarYear: number, basePerLocation: number, perPupil: number, note: string | null, source: string | null }> };

export type SetFundingParametersMutationVariables = Exact<{
  calendarYear: number;
  basePerLocation: number;
  perPupil: number;
  note?: string | null | undefined;
}>;


export type SetFundingParametersMutation = { setFundingParameters: { calendarYear: number, basePerLocation: number, perPupil: number, note: string | null, source: string | null } };

export type CompareSchoolsQueryVariables = Exact<{
  ids: Array<string> | string;
  schoolYear?: string | null | undefined;
}>;


export type CompareSchoolsQuery = { compareSchools: { schoolYear: string | null, shareSchoolYear: string, shareSchools: number, schools: Array<{ schoolYear: string | null, sopId: string | null, pupils: number | null, pupilsSuppressed: boolean, pupilsReferenceDate: string | null, fundingPerPupil: number | null, fundingCalendarYear: number | null, sopDate: string | null, sopDateSource: SopDateSource | null, sopDateKind: SopDateKind | null, school: { id: string, name: string, isDemo: boolean, werkgebied: { code: string, name: string } | null } }>, rows: Array<{ kind: string, code: string, label: string, differs: boolean, regionShare: number | null, values: Array<{ schoolId: string, has: boolean, value: string | null, werkgebiedShare: number | null }> }> } };

export type SchoolSopsQueryVariables = Exact<{
  id: string;
}>;


export type SchoolSopsQuery = { school: { id: string, name: string, isDemo: boolean, sops: Array<{ id: string, schoolYear: string, status: SopStatus, expertise: Array<{ code: string | null, label: string, availabilityKind: string }>, facilities: Array<{ code: string | null, label: string, status: string | null }>, partners: Array<{ code: string | null, label: string, frequency: string | null }> }> } };

export type SchoolPlaceIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolPlaceIssuesQuery = { schoolPlaceIssues: Array<{ schoolId: string, name: string, address: string | null, postcode: string | null, werkgebiedCode: string | null, werkgebiedSource: string | null, latitude: number | null, longitude: number | null, problems: Array<PlaceProblem> }> };

export type SetSchoolLocationMutationVariables = Exact<{
  schoolId: string;
  latitude: number;
  longitude: number;
}>;


export type SetSchoolLocationMutation = { setSchoolLocation: { id: string, latitude: number | null, longitude: number | null } };

export type SchoolKindConflictsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolKindConflictsQuery = { schoolKindConflicts: Array<{ schoolId: string, name: string, vestigingscode: string | null, kind: SchoolKind, kindSource: string | null, openedAt: string, candidates: Array<{ kind: SchoolKind, source: string, fileName: string | null, fileKind: string | null, referenceDate: string | null, importedAt: string | null }> }> };

export type SetSchoolKindMutationVariables = Exact<{
  schoolId: string;
  kind: SchoolKind;
}>;


export type SetSchoolKindMutation = { setSchoolKind: { id: string, kind: SchoolKind } };

export type EditorSchoolQueryVariables = Exact<{
  id: string;
}>;


export type EditorSchoolQuery = { school: { id: string, name: string, place: string | null, isDemo: boolean, sops: Array<{ id: string, schoolYear: string, status: SopStatus, version: number, updatedAt: string, document: unknown, warnings: Array<{ path: string, code: string, message: string, candidates: Array<string>, resolvedAt: string | null }> }> } };

export type StartDraftMutationVariables = Exact<{
  schoolId: string;
  schoolYear: string;
}>;


export type StartDraftMutation = { startDraft: { id: string, version: number, status: SopStatus } };

export type UpdateDraftFieldMutationVariables = Exact<{
  sopId: string;
  path: string;
  value?: unknown;
  expectedVersion: number;
  reason?: string | null | undefined;
}>;


export type UpdateDraftFieldMutation = { updateDraftField: { id: string, version: number, status: SopStatus } };

export type SubmitSopForReviewMutationVariables = Exact<{
  sopId: string;
  expectedVersion: number;
}>;


export type SubmitSopForReviewMutation = { submitSopForReview: { id: string, version: number, status: SopStatus } };

export type SendBackSopMutationVariables = Exact<{
  sopId: string;
  comment: string;
  expectedVersion: number;
}>;


export type SendBackSopMutation = { sendBackSop: { id: string, version: number, status: SopStatus } };

export type MySchoolQueryVariables = Exact<{
  id: string;
}>;


export type MySchoolQuery = { school: { id: string, name: string, place: string | null, isDemo: boolean, sops: Array<{ id: string, schoolYear: string, status: SopStatus, version: number }> } };

export type ImportQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportQueueQuery = { importQueueSummary: { ready: number, needsReview: number, toMatch: number }, publishingPolicy: { publishCleanImports: boolean }, schoolMatches: Array<{ id: string, fileName: string, documentSchoolName: string | null, documentAddress: string | null, schoolYear: string | null, reason: string, suggestions: Array<{ schoolId: string, name: string, postcode: string | null, score: number, reason: string }> }> };

export type PublishAllReadyMutationVariables = Exact<{ [key: string]: never; }>;


export type PublishAllReadyMutation = { publishAllReady: { publishedCount: number, waitingCount: number } };

export type SetPublishingPolicyMutationVariables = Exact<{
  publishCleanImports: boolean;
}>;


export type SetPublishingPolicyMutation = { setPublishingPolicy: { publishCleanImports: boolean } };

export type ResolveSchoolMatchMutationVariables = Exact<{
  id: string;
  schoolId?: string | null | undefined;
  newSchool?: boolean | null | undefined;
}>;


export type ResolveSchoolMatchMutation = { resolveSchoolMatch: { id: string, schoolId: string | null, sopId: string | null } };

export type FundingScatterQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type FundingScatterQuery = { schools: { edges: Array<{ node: { id: string, name: string, kind: SchoolKind, funding: { calendarYear: number, perPupil: number | null, pupils: number | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegionOverviewQueryVariables = Exact<{
  schoolYear: string;
  werkgebied?: string | null | undefined;
}>;


export type RegionOverviewQuery = { regionOverview: { schoolYear: string, werkgebied: string | null, schools: number, schoolsWithSop: number, schoolsLeftOut: number, items: Array<{ kind: string, code: string, label: string, pupilsInGaps: number, region: { schools: number, withItem: number, share: number | null }, werkgebieden: Array<{ werkgebiedCode: string | null, werkgebiedName: string | null, schools: number, withItem: number, share: number | null }>, gaps: Array<{ werkgebiedCode: string | null, werkgebiedName: string | null, schools: number, withItem: number, pupils: number }> }>, funding: { overall: { group: string, schools: number, min: number | null, q1: number | null, median: number | null, q3: number | null, max: number | null, outliers: Array<{ id: string, name: string, value: number | null }> }, bySize: Array<{ group: string, schools: number, min: number | null, q1: number | null, median: number | null, q3: number | null, max: number | null, outliers: Array<{ id: string, name: string, value: number | null }> }>, byKind: Array<{ group: string, schools: number, median: number | null }> }, dataHealth: { withoutPublishedSop: { count: number }, staleSops: { count: number }, unresolvedWarnings: { count: number }, awaitingReview: { count: number }, withoutWerkgebied: { count: number, schools: Array<{ id: string, name: string, detail: string | null }> } }, trends: Array<{ kind: string, code: string, label: string, points: Array<{ schoolYear: string, schools: number, withItem: number, share: number | null }> }> } };

export type DraftsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DraftsQuery = { drafts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ cursor: string, node: { schoolId: string, schoolYear: string, warningCount: number, unresolvedWarningCount: number, school: { id: string, name: string }, sop: { id: string, version: number, status: SopStatus, updatedAt: string, sourceDocument: { fileName: string } | null } } }> } };

export type SopReviewQueryVariables = Exact<{
  sopId: string;
}>;


export type SopReviewQuery = { sopReview: { sop: { id: string, version: number, status: SopStatus, schoolId: string, schoolYear: string, school: { id: string, name: string }, sourceDocument: { id: string, fileName: string, mediaType: string, url: string } | null }, warnings: Array<{ id: string, path: string, code: string, message: string, candidates: Array<string>, section: string | null, excerpt: string | null, resolvedAt: string | null, resolvedBy: string | null, page: number | null, sourceLines: Array<{ number: number, text: string, marked: boolean }>, box: { x1: number, y1: number, x2: number, y2: number } | null, cells: Array<{ value: string, box: { x1: number, y1: number, x2: number, y2: number } }> }> } };

export type CorrectSopFieldMutationVariables = Exact<{
  sopId: string;
  path: string;
  value?: unknown;
  expectedVersion: number;
}>;


export type CorrectSopFieldMutation = { correctSopField: { id: string, version: number, status: SopStatus } };

export type PublishSopMutationVariables = Exact<{
  sopId: string;
  expectedVersion: number;
  force: boolean;
}>;


export type PublishSopMutation = { publishSop: { id: string, version: number, status: SopStatus, publishedAt: string | null } };

export type AuditTrailQueryVariables = Exact<{
  schoolId: string;
  path?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: Array<{ id: string, occurredAt: string, actor: string, action: string, path: string | null, oldValue: string | null, newValue: string | null, reason: string | null, sopId: string | null }> };

export type SchoolProfileQueryVariables = Exact<{
  id: string;
}>;


export type SchoolProfileQuery = { school: { id: string, name: string, isDemo: boolean, demoNotice: string | null, kind: SchoolKind, vestigingscode: string | null, boardName: string | null, boardNumber: string | null, denomination: string | null, street: string | null, houseNumber: string | null, postcode: string | null, place: string | null, gemeenteName: string | null, email: string | null, phone: string | null, website: string | null, werkgebiedSource: string | null, locationSource: LocationSource | null, werkgebied: { code: string, name: string } | null, pupilCounts: Array<{ referenceDate: string, total: number | null, suppressed: boolean, source: string }>, sops: Array<{ id: string, schoolYear: string, status: SopStatus }>, staleSop: { schoolYear: string, documentDate: string | null, documentDateKind: SopDateKind | null, asOfYear: number, staleYears: number } | null, history: Array<{ kind: string, code: string, label: string, values: Array<{ schoolYear: string, value: string | null }> }> }, fundingParameters: Array<{ calendarYear: number, basePerLocation: number, perPupil: number }> };

export type SchoolSopQueryVariables = Exact<{
  schoolId: string;
  schoolYear?: string | null | undefined;
}>;


export type SchoolSopQuery = { sop: { id: string, schoolYear: string, status: SopStatus, template: string | null, version: number, publishedAt: string | null, documentDate: string | null, documentDateKind: SopDateKind | null, vision: string | null, supportStructure: string | null, extraSupport: string | null, limits: string | null, evaluation: string | null, fundingAmount: number | null, fundingYear: number | null, extraOfferNote: string | null, funding: { calendarYear: number, statedAmount: number | null, expectedAmount: number | null, perPupil: number | null, pupils: number | null, referenceDate: string | null, deviation: { absolute: number, relative: number | null } | null, parameters: { basePerLocation: number, perPupil: number } | null } | null, hgw: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, expertise: Array<{ code: string | null, label: string, position: number, available: boolean | null, availability: string | null, availabilityKind: string }>, partners: Array<{ code: string | null, label: string, position: number, frequency: string | null, candidates: Array<string> }>, extraOffers: Array<{ offer: string, period: string | null, isHint: boolean, position: number }>, facilities: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, provenance: Array<{ path: string, source: string, page: number | null, line: number | null, lineEnd: number | null, table: number | null, row: number | null, cell: number | null, section: string | null, excerpt: string | null }>, warnings: Array<{ code: string, message: string, path: string, candidates: Array<string>, resolvedAt: string | null }>, sourceDocument: { id: string, fileName: string, url: string, sourceKind: string, mediaType: string, importedAt: string } | null } };

export type SopFieldsFragment = { id: string, schoolYear: string, status: SopStatus, template: string | null, version: number, publishedAt: string | null, documentDate: string | null, documentDateKind: SopDateKind | null, vision: string | null, supportStructure: string | null, extraSupport: string | null, limits: string | null, evaluation: string | null, fundingAmount: number | null, fundingYear: number | null, extraOfferNote: string | null, funding: { calendarYear: number, statedAmount: number | null, expectedAmount: number | null, perPupil: number | null, pupils: number | null, referenceDate: string | null, deviation: { absolute: number, relative: number | null } | null, parameters: { basePerLocation: number, perPupil: number } | null } | null, hgw: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, expertise: Array<{ code: string | null, label: string, position: number, available: boolean | null, availability: string | null, availabilityKind: string }>, partners: Array<{ code: string | null, label: string, position: number, frequency: string | null, candidates: Array<string> }>, extraOffers: Array<{ offer: string, period: string | null, isHint: boolean, position: number }>, facilities: Array<{ code: string | null, label: string, position: number, status: string | null, candidates: Array<string> }>, provenance: Array<{ path: string, source: string, page: number | null, line: number | null, lineEnd: number | null, table: number | null, row: number | null, cell: number | null, section: string | null, excerpt: string | null }>, warnings: Array<{ code: string, message: string, path: string, candidates: Array<string>, resolvedAt: string | null }>, sourceDocument: { id: string, fileName: string, url: string, sourceKind: string, mediaType: string, importedAt: string } | null };

export type SetSchoolWerkgebiedMutationVariables = Exact<{
  schoolId: string;
  werkgebied?: string | null | undefined;
}>;


export type SetSchoolWerkgebiedMutation = { setSchoolWerkgebied: { id: string, werkgebiedSource: string | null, werkgebied: { code: string, name: string } | null } };

export type FindSchoolsQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  near?: NearInput | null | undefined;
  sort?: SchoolSort | null | undefined;
  first: number;
  after?: string | null | undefined;
  withItems: boolean;
}>;


export type FindSchoolsQuery = { schools: { totalCount: number, centre: { latitude: number, longitude: number, radiusKm: number, label: string | null, approximate: boolean } | null, edges: Array<{ cursor: string, distanceKm: number | null, node: { id: string, name: string, place: string | null, gemeenteName: string | null, kind: SchoolKind, isDemo: boolean, latitude: number | null, longitude: number | null, locationApproximate: boolean, locationSource: LocationSource | null, latestPupilCount: { total: number | null, suppressed: boolean, referenceDate: string } | null, werkgebied: { code: string, name: string } | null, staleSop: { schoolYear: string } | null, sops: Array<{ schoolYear: string, status: SopStatus } & { expertise?: Array<{ code: string | null, availabilityKind: string }>, facilities?: Array<{ code: string | null, status: string | null }>, partners?: Array<{ code: string | null, frequency: string | null }>, hgw?: Array<{ code: string | null, status: string | null }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SchoolsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SchoolsPageQuery = { schools: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, place: string | null, gemeenteName: string | null, kind: SchoolKind, isDemo: boolean, latestPupilCount: { total: number | null, suppressed: boolean, referenceDate: string } | null, werkgebied: { code: string, name: string } | null, sops: Array<{ schoolYear: string, status: SopStatus }>, staleSop: { schoolYear: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ShortlistSchoolQueryVariables = Exact<{
  id: string;
}>;


export type ShortlistSchoolQuery = { school: { id: string, name: string, isDemo: boolean, kind: SchoolKind, street: string | null, houseNumber: string | null, postcode: string | null, place: string | null, gemeenteName: string | null, phone: string | null, email: string | null, website: string | null, latitude: number | null, longitude: number | null, werkgebied: { code: string, name: string } | null, latestPupilCount: { total: number | null, suppressed: boolean, referenceDate: string } | null, staleSop: { schoolYear: string } | null, sops: Array<{ schoolYear: string, status: SopStatus }> } };

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
export const UserAccountRowFragmentDoc = new TypedDocumentString(`
    fragment UserAccountRow on UserAccount {
  id
  email
  displayName
  roles
  schoolIds
  schools {
    id
    name
  }
  failedLoginCount
  lockedUntil
  createdAt
  disabledAt
}
    `, {"fragmentName":"UserAccountRow"}) as unknown as TypedDocumentString<UserAccountRowFragment, unknown>;
export const SopFieldsFragmentDoc = new TypedDocumentString(`
    fragment SopFields on Sop {
  id
  schoolYear
  status
  template
  version
  publishedAt
  documentDate
  documentDateKind
  vision
  supportStructure
  extraSupport
  limits
  evaluation
  fundingAmount
  fundingYear
  funding {
    calendarYear
    statedAmount
    expectedAmount
    perPupil
    pupils
    referenceDate
    deviation {
      absolute
      relative
    }
    parameters {
      basePerLocation
      perPupil
    }
  }
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
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    roles
    schoolIds
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    id
    email
    roles
    schoolIds
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const AuthProvidersDocument = new TypedDocumentString(`
    query AuthProviders {
  authProviders {
    id
    label
    loginUrl
  }
}
    `) as unknown as TypedDocumentString<AuthProvidersQuery, AuthProvidersQueryVariables>;
export const UserAccountsDocument = new TypedDocumentString(`
    query UserAccounts {
  userAccounts {
    ...UserAccountRow
  }
}
    fragment UserAccountRow on UserAccount {
  id
  email
  displayName
  roles
  schoolIds
  schools {
    id
    name
  }
  failedLoginCount
  lockedUntil
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<UserAccountsQuery, UserAccountsQueryVariables>;
export const CreateUserAccountDocument = new TypedDocumentString(`
    mutation CreateUserAccount($email: String!, $displayName: String!, $password: String!, $roles: [String!]!, $schoolIds: [ID!]!) {
  createUserAccount(
    email: $email
    displayName: $displayName
    password: $password
    roles: $roles
    schoolIds: $schoolIds
  ) {
    ...UserAccountRow
  }
}
    fragment UserAccountRow on UserAccount {
  id
  email
  displayName
  roles
  schoolIds
  schools {
    id
    name
  }
  failedLoginCount
  lockedUntil
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<CreateUserAccountMutation, CreateUserAccountMutationVariables>;
export const SetUserAccountDisabledDocument = new TypedDocumentString(`
    mutation SetUserAccountDisabled($userId: ID!, $disabled: Boolean!) {
  setUserAccountDisabled(userId: $userId, disabled: $disabled) {
    ...UserAccountRow
  }
}
    fragment UserAccountRow on UserAccount {
  id
  email
  displayName
  roles
  schoolIds
  schools {
    id
    name
  }
  failedLoginCount
  lockedUntil
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<SetUserAccountDisabledMutation, SetUserAccountDisabledMutationVariables>;
export const UnlockUserAccountDocument = new TypedDocumentString(`
    mutation UnlockUserAccount($userId: ID!) {
  unlockUserAccount(userId: $userId) {
    ...UserAccountRow
  }
}
    fragment UserAccountRow on UserAccount {
  id
  email
  displayName
  roles
  schoolIds
  schools {
    id
    name
  }
  failedLoginCount
  lockedUntil
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<UnlockUserAccountMutation, UnlockUserAccountMutationVariables>;
export const SchoolOptionsDocument = new TypedDocumentString(`
    query SchoolOptions($text: String!, $first: Int!) {
  schools(filter: {text: $text}, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        place
        isDemo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolOptionsQuery, SchoolOptionsQueryVariables>;
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
export const SetFundingParametersDocument = new TypedDocumentString(`
    mutation SetFundingParameters($calendarYear: Int!, $basePerLocation: Float!, $perPupil: Float!, $note: String) {
  setFundingParameters(
    calendarYear: $calendarYear
    basePerLocation: $basePerLocation
    perPupil: $perPupil
    note: $note
  ) {
    calendarYear
    basePerLocation
    perPupil
    note
    source
  }
}
    `) as unknown as TypedDocumentString<SetFundingParametersMutation, SetFundingParametersMutationVariables>;
export const CompareSchoolsDocument = new TypedDocumentString(`
    query CompareSchools($ids: [ID!]!, $schoolYear: String) {
  compareSchools(ids: $ids, schoolYear: $schoolYear) {
    schoolYear
    shareSchoolYear
    shareSchools
    schools {
      schoolYear
      sopId
      pupils
      pupilsSuppressed
      pupilsReferenceDate
      fundingPerPupil
      fundingCalendarYear
      sopDate
      sopDateSource
      sopDateKind
      school {
        id
        name
        isDemo
        werkgebied {
          code
          name
        }
      }
    }
    rows {
      kind
      code
      label
      differs
      regionShare
      values {
        schoolId
        has
        value
        werkgebiedShare
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareSchoolsQuery, CompareSchoolsQueryVariables>;
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
export const SchoolPlaceIssuesDocument = new TypedDocumentString(`
    query SchoolPlaceIssues {
  schoolPlaceIssues {
    schoolId
    name
    address
    postcode
    werkgebiedCode
    werkgebiedSource
    latitude
    longitude
    problems
  }
}
    `) as unknown as TypedDocumentString<SchoolPlaceIssuesQuery, SchoolPlaceIssuesQueryVariables>;
export const SetSchoolLocationDocument = new TypedDocumentString(`
    mutation SetSchoolLocation($schoolId: ID!, $latitude: Float!, $longitude: Float!) {
  setSchoolLocation(
    schoolId: $schoolId
    latitude: $latitude
    longitude: $longitude
  ) {
    id
    latitude
    longitude
  }
}
    `) as unknown as TypedDocumentString<SetSchoolLocationMutation, SetSchoolLocationMutationVariables>;
export const SchoolKindConflictsDocument = new TypedDocumentString(`
    query SchoolKindConflicts {
  schoolKindConflicts {
    schoolId
    name
    vestigingscode
    kind
    kindSource
    openedAt
    candidates {
      kind
      source
      fileName
      fileKind
      referenceDate
      importedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolKindConflictsQuery, SchoolKindConflictsQueryVariables>;
export const SetSchoolKindDocument = new TypedDocumentString(`
    mutation SetSchoolKind($schoolId: ID!, $kind: SchoolKind!) {
  setSchoolKind(schoolId: $schoolId, kind: $kind) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<SetSchoolKindMutation, SetSchoolKindMutationVariables>;
export const EditorSchoolDocument = new TypedDocumentString(`
    query EditorSchool($id: ID!) {
  school(id: $id) {
    id
    name
    place
    isDemo
    sops {
      id
      schoolYear
      status
      version
      updatedAt
      document
      warnings {
        path
        code
        message
        candidates
        resolvedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditorSchoolQuery, EditorSchoolQueryVariables>;
export const StartDraftDocument = new TypedDocumentString(`
    mutation StartDraft($schoolId: ID!, $schoolYear: String!) {
  startDraft(schoolId: $schoolId, schoolYear: $schoolYear) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<StartDraftMutation, StartDraftMutationVariables>;
export const UpdateDraftFieldDocument = new TypedDocumentString(`
    mutation UpdateDraftField($sopId: ID!, $path: String!, $value: JSON, $expectedVersion: Int!, $reason: String) {
  updateDraftField(
    sopId: $sopId
    path: $path
    value: $value
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateDraftFieldMutation, UpdateDraftFieldMutationVariables>;
export const SubmitSopForReviewDocument = new TypedDocumentString(`
    mutation SubmitSopForReview($sopId: ID!, $expectedVersion: Int!) {
  submitSopForReview(sopId: $sopId, expectedVersion: $expectedVersion) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitSopForReviewMutation, SubmitSopForReviewMutationVariables>;
export const SendBackSopDocument = new TypedDocumentString(`
    mutation SendBackSop($sopId: ID!, $comment: String!, $expectedVersion: Int!) {
  sendBackSop(sopId: $sopId, comment: $comment, expectedVersion: $expectedVersion) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<SendBackSopMutation, SendBackSopMutationVariables>;
export const MySchoolDocument = new TypedDocumentString(`
    query MySchool($id: ID!) {
  school(id: $id) {
    id
    name
    place
    isDemo
    sops {
      id
      schoolYear
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<MySchoolQuery, MySchoolQueryVariables>;
export const ImportQueueDocument = new TypedDocumentString(`
    query ImportQueue {
  importQueueSummary {
    ready
    needsReview
    toMatch
  }
  publishingPolicy {
    publishCleanImports
  }
  schoolMatches {
    id
    fileName
    documentSchoolName
    documentAddress
    schoolYear
    reason
    suggestions {
      schoolId
      name
      postcode
      score
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportQueueQuery, ImportQueueQueryVariables>;
export const PublishAllReadyDocument = new TypedDocumentString(`
    mutation PublishAllReady {
  publishAllReady {
    publishedCount
    waitingCount
  }
}
    `) as unknown as TypedDocumentString<PublishAllReadyMutation, PublishAllReadyMutationVariables>;
export const SetPublishingPolicyDocument = new TypedDocumentString(`
    mutation SetPublishingPolicy($publishCleanImports: Boolean!) {
  setPublishingPolicy(publishCleanImports: $publishCleanImports) {
    publishCleanImports
  }
}
    `) as unknown as TypedDocumentString<SetPublishingPolicyMutation, SetPublishingPolicyMutationVariables>;
export const ResolveSchoolMatchDocument = new TypedDocumentString(`
    mutation ResolveSchoolMatch($id: ID!, $schoolId: ID, $newSchool: Boolean) {
  resolveSchoolMatch(id: $id, schoolId: $schoolId, newSchool: $newSchool) {
    id
    schoolId
    sopId
  }
}
    `) as unknown as TypedDocumentString<ResolveSchoolMatchMutation, ResolveSchoolMatchMutationVariables>;
export const FundingScatterDocument = new TypedDocumentString(`
    query FundingScatter($first: Int!, $after: String) {
  schools(first: $first, after: $after) {
    edges {
      node {
        id
        name
        kind
        funding {
          calendarYear
          perPupil
          pupils
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FundingScatterQuery, FundingScatterQueryVariables>;
export const RegionOverviewDocument = new TypedDocumentString(`
    query RegionOverview($schoolYear: String!, $werkgebied: String) {
  regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied) {
    schoolYear
    werkgebied
    schools
    schoolsWithSop
    schoolsLeftOut
    items {
      kind
      code
      label
      pupilsInGaps
      region {
        schools
        withItem
        share
      }
      werkgebieden {
        werkgebiedCode
        werkgebiedName
        schools
        withItem
        share
      }
      gaps {
        werkgebiedCode
        werkgebiedName
        schools
        withItem
        pupils
      }
    }
    funding {
      overall {
        group
        schools
        min
        q1
        median
        q3
        max
        outliers {
          id
          name
          value
        }
      }
      bySize {
        group
        schools
        min
        q1
        median
        q3
        max
        outliers {
          id
          name
          value
        }
      }
      byKind {
        group
        schools
        median
      }
    }
    dataHealth {
      withoutPublishedSop {
        count
      }
      staleSops {
        count
      }
      unresolvedWarnings {
        count
      }
      awaitingReview {
        count
      }
      withoutWerkgebied {
        count
        schools {
          id
          name
          detail
        }
      }
    }
    trends {
      kind
      code
      label
      points {
        schoolYear
        schools
        withItem
        share
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionOverviewQuery, RegionOverviewQueryVariables>;
export const DraftsDocument = new TypedDocumentString(`
    query Drafts($first: Int, $after: String) {
  drafts(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        schoolId
        schoolYear
        warningCount
        unresolvedWarningCount
        school {
          id
          name
        }
        sop {
          id
          version
          status
          updatedAt
          sourceDocument {
            fileName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsQuery, DraftsQueryVariables>;
export const SopReviewDocument = new TypedDocumentString(`
    query SopReview($sopId: ID!) {
  sopReview(sopId: $sopId) {
    sop {
      id
      version
      status
      schoolId
      schoolYear
      school {
        id
        name
      }
      sourceDocument {
        id
        fileName
        mediaType
        url
      }
    }
    warnings {
      id
      path
      code
      message
      candidates
      section
      excerpt
      resolvedAt
      resolvedBy
      sourceLines {
        number
        text
        marked
      }
      page
      box {
        x1
        y1
        x2
        y2
      }
      cells {
        value
        box {
          x1
          y1
          x2
          y2
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SopReviewQuery, SopReviewQueryVariables>;
export const CorrectSopFieldDocument = new TypedDocumentString(`
    mutation CorrectSopField($sopId: ID!, $path: String!, $value: JSON, $expectedVersion: Int!) {
  correctSopField(
    sopId: $sopId
    path: $path
    value: $value
    expectedVersion: $expectedVersion
    resolveWarning: true
  ) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CorrectSopFieldMutation, CorrectSopFieldMutationVariables>;
export const PublishSopDocument = new TypedDocumentString(`
    mutation PublishSop($sopId: ID!, $expectedVersion: Int!, $force: Boolean!) {
  publishSop(sopId: $sopId, expectedVersion: $expectedVersion, force: $force) {
    id
    version
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishSopMutation, PublishSopMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($schoolId: ID!, $path: String) {
  auditTrail(schoolId: $schoolId, path: $path) {
    id
    occurredAt
    actor
    action
    path
    oldValue
    newValue
    reason
    sopId
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const SchoolProfileDocument = new TypedDocumentString(`
    query SchoolProfile($id: ID!) {
  school(id: $id) {
    id
    name
    isDemo
    demoNotice
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
    werkgebiedSource
    locationSource
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
    staleSop {
      schoolYear
      documentDate
      documentDateKind
      asOfYear
      staleYears
    }
    history {
      kind
      code
      label
      values {
        schoolYear
        value
      }
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
  documentDate
  documentDateKind
  vision
  supportStructure
  extraSupport
  limits
  evaluation
  fundingAmount
  fundingYear
  funding {
    calendarYear
    statedAmount
    expectedAmount
    perPupil
    pupils
    referenceDate
    deviation {
      absolute
      relative
    }
    parameters {
      basePerLocation
      perPupil
    }
  }
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
export const SetSchoolWerkgebiedDocument = new TypedDocumentString(`
    mutation SetSchoolWerkgebied($schoolId: ID!, $werkgebied: String) {
  setSchoolWerkgebied(schoolId: $schoolId, werkgebied: $werkgebied) {
    id
    werkgebiedSource
    werkgebied {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SetSchoolWerkgebiedMutation, SetSchoolWerkgebiedMutationVariables>;
export const FindSchoolsDocument = new TypedDocumentString(`
    query FindSchools($filter: SchoolFilter, $near: NearInput, $sort: SchoolSort, $first: Int!, $after: String, $withItems: Boolean!) {
  schools(filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {
    totalCount
    centre {
      latitude
      longitude
      radiusKm
      label
      approximate
    }
    edges {
      cursor
      distanceKm
      node {
        id
        name
        place
        gemeenteName
        kind
        isDemo
        latitude
        longitude
        locationApproximate
        locationSource
        latestPupilCount {
          total
          suppressed
          referenceDate
        }
        werkgebied {
          code
          name
        }
        staleSop {
          schoolYear
        }
        sops {
          schoolYear
          status
          ... @include(if: $withItems) {
            expertise {
              code
              availabilityKind
            }
            facilities {
              code
              status
            }
            partners {
              code
              frequency
            }
            hgw {
              code
              status
            }
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FindSchoolsQuery, FindSchoolsQueryVariables>;
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
        staleSop {
          schoolYear
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
export const ShortlistSchoolDocument = new TypedDocumentString(`
    query ShortlistSchool($id: ID!) {
  school(id: $id) {
    id
    name
    isDemo
    kind
    street
    houseNumber
    postcode
    place
    gemeenteName
    phone
    email
    website
    latitude
    longitude
    werkgebied {
      code
      name
    }
    latestPupilCount {
      total
      suppressed
      referenceDate
    }
    staleSop {
      schoolYear
    }
    sops {
      schoolYear
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ShortlistSchoolQuery, ShortlistSchoolQueryVariables>;