import { type GraphqlResponse } from '../graphql-request';
import { STAFF_TOKEN } from './real-sop';

/** POST /graphql as SWV staff (interim bearer token). */
export async function staffGraphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = STAFF_TOKEN,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResponse<T>;
}

export async function staffData<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await staffGraphql<T>(baseUrl, query, variables);
  if (result.errors?.length || !result.data)
    throw new Error(`GraphQL-fout: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export interface UploadResult {
  fileName: string;
  status: 'imported' | 'duplicate' | 'to-match' | 'failed';
  match?: { rule: string; nameDiffers: boolean; schoolName: string };
  toMatch?: { id: string; reason: string; suggestions: { schoolId: string; name: string; score: number }[] };
  published?: boolean;
  sopId?: string;
  schoolId?: string;
  schoolYear?: string;
  version?: number;
  warnings: { path: string; code: string; candidates?: string[] }[];
  error?: { code: string; message: string };
}

/** POST /api/uploads/sop with the files as multipart field `file`. */
export async function uploadSop(
  baseUrl: string,
  files: { name: string; bytes: Uint8Array }[],
  token: string | null = STAFF_TOKEN,
): Promise<{ status: number; body: { results: UploadResult[]; message?: string } }> {
  const form = new FormData();
  for (const file of files) form.append('file', new Blob([file.bytes]), file.name);
  const response = await fetch(`${baseUrl}/api/uploads/sop`, {
    method: 'POST',
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as { results: UploadResult[]; message?: string },
  };
}
