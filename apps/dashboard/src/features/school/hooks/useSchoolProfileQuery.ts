import { request } from '../../../graphql/client';
import type { SchoolProfileQuery as SchoolProfileResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { SchoolProfileQuery } from '../graphql/school.graphql';

export type SchoolProfileData = SchoolProfileResult;

/** The school, its pupil history, its SOP years and the funding formula parameters. */
export function useSchoolProfileQuery(id: string): QueryResult<SchoolProfileData> {
  return useGraphQLQuery(`school-profile:${id}`, (signal) => request(SchoolProfileQuery, { id }, { signal }));
}
