import { startTransition, useCallback, useEffect, useState } from 'react';
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
 * Runs an async loader (one or more typed requests) for a component: loading/error/success state, cancellation on
 * unmount or when `key` changes, and `refetch`; `keepPrevious` keeps showing the last answer while reloading. The operation hooks in `features/<capability>/hooks/` build on it.
 */
export function useGraphQLQuery<TData>(
  key: string,
  load: (signal: AbortSignal) => Promise<TData>,
  options: { readonly keepPrevious?: boolean } = {},
): QueryResult<TData> {
  const [state, setState] = useState<QueryState<TData>>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const keepPrevious = options.keepPrevious === true;

  useEffect(() => {
    const controller = new AbortController();
    // With `keepPrevious`, a reload shows the last answer until the new one arrives (forms keep their state).
    setState((previous) => (keepPrevious && previous.status === 'success' ? previous : LOADING));
    load(controller.signal).then(
      (data) => {
        // A transition: React renders what the answer shows in slices and keeps the page responsive (big pages
        // such as the Regio-overzicht would otherwise block the main thread for hundreds of milliseconds).
        if (!controller.signal.aborted)
          startTransition(() => setState({ status: 'success', data, error: null }));
      },
      (cause: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', data: null, error: toRequestError(cause) });
      },
    );
    return () => controller.abort();
    // `load` is identified by `key` on purpose: callers pass inline functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, keepPrevious]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, refetch };
}
