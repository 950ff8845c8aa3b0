import { request } from '../../../graphql/client';
import { mutate } from '../../../graphql/mutate';
import type { ImportQueueQuery as ImportQueueResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import {
  ImportQueueQuery,
  PublishAllReadyMutation,
  ResolveSchoolMatchMutation,
  SetPublishingPolicyMutation,
} from '../graphql/import-queue.graphql';

export type ImportQueue = ImportQueueResult;
export type WaitingDocument = ImportQueueResult['schoolMatches'][number];

/** `refreshKey` changes after uploads and actions: the queue is asked again. */
export function useImportQueueQuery(refreshKey: string): QueryResult<ImportQueue> {
  return useGraphQLQuery(
    `import-queue-${refreshKey}`,
    async (signal) => request(ImportQueueQuery, {}, { signal }),
    { keepPrevious: true },
  );
}

export async function publishAllReady(): Promise<{ publishedCount: number; waitingCount: number }> {
  return (await mutate(PublishAllReadyMutation, {})).publishAllReady;
}

export async function setPublishingPolicy(publishCleanImports: boolean): Promise<boolean> {
  return (await mutate(SetPublishingPolicyMutation, { publishCleanImports })).setPublishingPolicy
    .publishCleanImports;
}

/** Links a waiting document to a known school, or (the explicit choice) to a new school made from it. */
export async function resolveSchoolMatch(
  id: string,
  choice: { schoolId: string } | { newSchool: true },
): Promise<void> {
  await mutate(ResolveSchoolMatchMutation, {
    id,
    schoolId: 'schoolId' in choice ? choice.schoolId : null,
    newSchool: 'newSchool' in choice ? true : null,
  });
}
