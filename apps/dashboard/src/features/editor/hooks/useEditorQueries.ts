import { type SopDocument, validateSopDocument } from '@sop-atlas/sop-model';
import { request } from '../../../graphql/client';
import type {
  EditorSchoolQuery as EditorSchoolResult,
  MySchoolQuery as MySchoolResult,
} from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { EditorSchoolQuery, MySchoolQuery } from '../graphql/editor.graphql';

export type EditorSchool = EditorSchoolResult['school'];
export type EditorSop = EditorSchool['sops'][number];

/** The school with its SOPs (drafts too: the API shows them to staff and the school's own editors). */
export function useEditorSchoolQuery(
  schoolId: string,
  viewer: string,
  refreshKey: number,
): QueryResult<EditorSchool> {
  // `viewer` (the account id) is part of the key: what the API shows depends on who asks.
  return useGraphQLQuery(
    `editor-school:${schoolId}:${viewer}:${refreshKey}`,
    async (signal) => (await request(EditorSchoolQuery, { id: schoolId }, { signal })).school,
    { keepPrevious: true },
  );
}

/** An SOP's canonical document, checked against the schema (a mismatch names the first bad field). */
export function checkedDocument(
  sop: EditorSop,
): { ok: true; document: SopDocument } | { ok: false; message: string } {
  const checked = validateSopDocument(sop.document);
  if (checked.ok) return { ok: true, document: checked.value };
  const first = checked.errors[0];
  return {
    ok: false,
    message: `het SOP-document voldoet niet aan het schema (${first ? `${first.path}: ${first.message}` : 'onbekend'})`,
  };
}

export type MySchool = MySchoolResult['school'];

/** The schools linked to the signed-in school editor, with their SOP statuses. */
export function useMySchoolsQuery(schoolIds: readonly string[]): QueryResult<readonly MySchool[]> {
  return useGraphQLQuery(`my-schools:${schoolIds.join(',')}`, async (signal) =>
    Promise.all(schoolIds.map(async (id) => (await request(MySchoolQuery, { id }, { signal })).school)),
  );
}
