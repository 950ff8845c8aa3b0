/**
 * The dashboard's data cache (TanStack Query, see docs/adr/0012): one `QueryClient` for the app, the cache policy,
 * and which cached answers each write makes stale. Query keys are `[key]`, the string key of `useGraphQLQuery`
 * (`school-profile:<id>`, `find:<params>` …); a write invalidates by key prefix.
 */
import { type Query, QueryClient } from '@tanstack/react-query';

/** An answer younger than this is shown without asking again (the browser revalidates public GETs by ETag). */
export const STALE_TIME_MS = 30_000;
/** A page nobody shows any more keeps its answer this long (return to it: it shows at once, then refreshes). */
export const GC_TIME_MS = 10 * 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_TIME_MS,
        gcTime: GC_TIME_MS,
        // Like the hand-written hook before: an error shows at once (with "Opnieuw proberen"), no silent retries.
        retry: false,
        // A refetch when the window regains focus would redraw big pages (Regio-overzicht) unasked.
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** The app's client (App.tsx provides it; writes outside React invalidate through it). */
export const queryClient = createQueryClient();

/** The string key of a cached query (`useGraphQLQuery` keys are `[key]`). */
export function keyOf(query: Query): string {
  const first = query.queryKey[0];
  return typeof first === 'string' ? first : '';
}

// Key prefixes per kind of data (each hook's key starts with one of these).
/** What shows a school's SOPs including drafts (staff and the school's editors). */
const DRAFT_VIEWS = [
  'editor-school:',
  'my-schools:',
  'drafts:',
  'sop-review:',
  'audit:',
  'import-queue-',
  'school-profile:',
  'school-sop:',
  'school-sops:',
] as const;
/** What shows published SOPs or figures computed from them. */
const PUBLISHED_VIEWS = [
  ...DRAFT_VIEWS,
  'region-overview:',
  'compare:',
  'find:',
  'schools',
  'shortlist:',
  'funding-scatter',
] as const;
/** What shows a school's place (location, werkgebied) or figures grouped by it. */
const PLACE_VIEWS = [
  'school-place-issues:',
  'school-profile:',
  'find:',
  'schools',
  'shortlist:',
  'region-overview:',
  'compare:',
  'editor-school:',
] as const;
/** What shows the funding formula or funding computed from it. */
const FUNDING_VIEWS = [
  'funding-parameters',
  'funding-scatter',
  'region-overview:',
  'compare:',
  'school-profile:',
] as const;

/** The key prefixes each mutation (by operation name) makes stale. A mutation not listed invalidates nothing. */
export const MUTATION_INVALIDATES: Readonly<Record<string, readonly string[]>> = {
  StartDraft: DRAFT_VIEWS,
  UpdateDraftField: DRAFT_VIEWS,
  SubmitSopForReview: DRAFT_VIEWS,
  SendBackSop: DRAFT_VIEWS,
  CorrectSopField: DRAFT_VIEWS,
  PublishSop: PUBLISHED_VIEWS,
  PublishAllReady: PUBLISHED_VIEWS,
  ResolveSchoolMatch: [...PUBLISHED_VIEWS, 'school-options:'],
  SetPublishingPolicy: ['import-queue-'],
  SetFundingParameters: FUNDING_VIEWS,
  SetSchoolWerkgebied: PLACE_VIEWS,
  SetSchoolLocation: PLACE_VIEWS,
  // A kind changes the lists filtered by kind and every figure per kind.
  SetSchoolKind: [...new Set([...PLACE_VIEWS, ...FUNDING_VIEWS, 'school-kind-conflicts:'])],
  CreateUserAccount: ['user-accounts:'],
  SetUserAccountDisabled: ['user-accounts:'],
  UnlockUserAccount: ['user-accounts:'],
};

/**
 * What an upload (SOP documents single or in a batch, the DUO school list) can change: drafts, published SOPs, new
 * schools, their places, pupil counts and funding. Accounts and sign-in methods stay.
 */
export const UPLOAD_INVALIDATES: readonly string[] = [
  ...new Set([...PUBLISHED_VIEWS, ...PLACE_VIEWS, ...FUNDING_VIEWS, 'school-options:']),
];

/** Marks the cached answers whose key starts with one of `prefixes` stale; those on screen load again at once. */
export function invalidatePrefixes(client: QueryClient, prefixes: readonly string[]): Promise<void> {
  if (prefixes.length === 0) return Promise.resolve();
  return client.invalidateQueries({
    predicate: (query) => {
      const key = keyOf(query);
      return prefixes.some((prefix) => key.startsWith(prefix));
    },
  });
}

/** The operation name of a GraphQL document (`mutation PublishSop(…)` → `PublishSop`), or null. */
export function operationName(text: string): string | null {
  const code = text.replace(/#[^\n]*/g, '');
  return /\b(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/.exec(code)?.[1] ?? null;
}

/** After a successful mutation: invalidates exactly the queries its `MUTATION_INVALIDATES` entry names. */
export function invalidateAfterMutation(client: QueryClient, documentText: string): Promise<void> {
  const name = operationName(documentText);
  return invalidatePrefixes(client, name === null ? [] : (MUTATION_INVALIDATES[name] ?? []));
}

/**
 * The caller changed (sign-in, sign-out): every cached answer may depend on who asked (drafts are shown to staff
 * only), so all are dropped and what is on screen loads again as the new caller. In-flight requests are cancelled.
 */
export function resetForNewSession(client: QueryClient): Promise<void> {
  return client.resetQueries();
}
