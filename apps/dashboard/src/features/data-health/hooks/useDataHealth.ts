import { request } from '../../../graphql/client';
import { mutate } from '../../../graphql/mutate';
import type {
  SchoolKind,
  SchoolKindConflictsQuery as KindConflictsResult,
  SchoolPlaceIssuesQuery as IssuesResult,
} from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { SetSchoolWerkgebiedMutation } from '../../school/graphql/werkgebied.graphql';
import {
  SchoolKindConflictsQuery,
  SchoolPlaceIssuesQuery,
  SetSchoolKindMutation,
  SetSchoolLocationMutation,
} from '../graphql/data-health.graphql';

export type PlaceIssue = IssuesResult['schoolPlaceIssues'][number];

/** The schools whose place needs a fix; `refreshKey` reloads after a fix. */
export function useSchoolPlaceIssuesQuery(refreshKey: number): QueryResult<readonly PlaceIssue[]> {
  return useGraphQLQuery(`school-place-issues:${refreshKey}`, async (signal) => {
    const data = await request(SchoolPlaceIssuesQuery, {}, { signal });
    return data.schoolPlaceIssues;
  });
}

export async function setSchoolLocation(
  schoolId: string,
  latitude: number,
  longitude: number,
): Promise<void> {
  await mutate(SetSchoolLocationMutation, { schoolId, latitude, longitude });
}

export async function setSchoolWerkgebied(schoolId: string, werkgebied: string): Promise<void> {
  await mutate(SetSchoolWerkgebiedMutation, { schoolId, werkgebied });
}

export type KindConflict = KindConflictsResult['schoolKindConflicts'][number];

/** Schools whose kind is in doubt between DUO files; `refreshKey` reloads after a choice or an upload. */
export function useSchoolKindConflictsQuery(refreshKey: number): QueryResult<readonly KindConflict[]> {
  return useGraphQLQuery(`school-kind-conflicts:${refreshKey}`, async (signal) => {
    const data = await request(SchoolKindConflictsQuery, {}, { signal });
    return data.schoolKindConflicts;
  });
}

export async function setSchoolKind(schoolId: string, kind: SchoolKind): Promise<void> {
  await mutate(SetSchoolKindMutation, { schoolId, kind });
}
