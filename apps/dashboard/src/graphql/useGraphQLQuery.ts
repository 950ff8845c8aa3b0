import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { GraphQLRequestError } from './client';

export type QueryState<TData> =
  | { readonly status: 'loading'; readonly data: null; readonly error: null }
  | { readonly status: 'error'; readonly data: null; readonly error: GraphQLRequestError }
  | { readonly status: 'success'; readonly data: TData; readonly error: null };

export type QueryResult<TData> = QueryState<TData> & { readonly refetch: () => void };

const LOADING = { status: 'loading', data: null, error: null } as const;

function toRequestError(cause: unknown): GraphQLRequestError {
  if (cause instanceof GraphQLRequestError) return cause;
  return new GraphQLRequestError(cause instanceof Error ? cause.message : String(cause));
}

/**
 * Runs an async loader (one or more typed requests) for a component through the app's TanStack Query cache
 * (graphql/query-client.ts, docs/adr/0012): the answer is cached under `[key]`, so a page you return to shows its
 * last answer at once and refreshes it in the background when older than the stale time; components asking the same
 * key at the same time share one request; a mutation invalidates the keys it changes. The request is cancelled when
 * nobody shows it any more. `keepPrevious` keeps showing the last answer while another key loads (forms keep their
 * state). The operation hooks in `features/<capability>/hooks/` build on it.
 */
export function useGraphQLQuery<TData>(
  key: string,
  load: (signal: AbortSignal) => Promise<TData>,
  options: { readonly keepPrevious?: boolean } = {},
): QueryResult<TData> {
  const query = useQuery({
    queryKey: [key],
    // `load` is identified by `key` on purpose: callers pass inline functions.
    queryFn: ({ signal }) => load(signal),
    placeholderData: options.keepPrevious === true ? keepPreviousData : undefined,
  });
  const { refetch: refetchQuery, status, data, error, fetchStatus } = query;

  const state = useMemo((): QueryState<TData> => {
    // A retry after an error shows "loading" again, as before (not the old error while the new request runs).
    if (status === 'error' && fetchStatus !== 'fetching')
      return { status: 'error', data: null, error: toRequestError(error) };
    if (status === 'success') return { status: 'success', data, error: null };
    return LOADING;
  }, [status, data, error, fetchStatus]);

  // TanStack Query updates through useSyncExternalStore, which renders synchronously. Deferring a new answer keeps
  // the benefit the old hook got from `startTransition`: React renders it at transition priority, in slices, so big
  // pages (the Regio-overzicht) do not block the main thread. Loading and error states (cheap, and what a sign-out
  // must show at once instead of a staff answer) are never deferred; a cached answer on mount renders at once.
  const deferred = useDeferredValue(state);
  const shown = state.status === 'success' ? deferred : state;

  const refetch = useCallback(() => {
    void refetchQuery();
  }, [refetchQuery]);
  return useMemo(() => ({ ...shown, refetch }), [shown, refetch]);
}
