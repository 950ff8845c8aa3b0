import type { QueryClient } from '@tanstack/react-query';
import { request, type RequestOptions, type TypedDocument } from './client';
import { invalidateAfterMutation, queryClient } from './query-client';

export interface MutateOptions extends RequestOptions {
  /** The cache to invalidate (the app's by default). */
  readonly client?: QueryClient;
}

/**
 * Sends a mutation and, when it succeeded, invalidates exactly the cached queries it changes
 * (`MUTATION_INVALIDATES` in query-client.ts): those on screen load again, the others when next shown. A failed
 * mutation changes nothing, so nothing is invalidated.
 */
export async function mutate<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: MutateOptions = {},
): Promise<TResult> {
  const { client = queryClient, ...requestOptions } = options;
  const data = await request(document, variables, requestOptions);
  // Not awaited: the caller goes on (shows "opgeslagen") while the invalidated queries reload.
  void invalidateAfterMutation(client, document.toString());
  return data;
}
