import { STAFF_TOKEN } from '../imports/real-sop';

/** What `GET /api/import-batches/:id` answers (the fields the tests read). */
export interface BatchView {
  id: string;
  fileCount: number;
  done: number;
  running: number;
  finishedAt: string | null;
  counts: Record<string, number>;
  files: {
    position: number;
    fileName: string;
    status: string;
    outcome: string | null;
    message: string | null;
    sopId: string | null;
    schoolId: string | null;
  }[];
}

/** POST /api/uploads/sop-batch with the files as multipart field `file`. */
export async function uploadBatch(
  baseUrl: string,
  files: { name: string; bytes: Uint8Array }[],
  token: string = STAFF_TOKEN,
): Promise<{ status: number; body: BatchView & { message?: string; code?: string } }> {
  const form = new FormData();
  for (const file of files) form.append('file', new Blob([file.bytes]), file.name);
  const response = await fetch(`${baseUrl}/api/uploads/sop-batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as BatchView };
}

export async function getBatch(baseUrl: string, id: string, token: string = STAFF_TOKEN): Promise<BatchView> {
  const response = await fetch(`${baseUrl}/api/import-batches/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200)
    throw new Error(`GET batch ${id}: ${response.status} ${await response.text()}`);
  return (await response.json()) as BatchView;
}

/** Polls until every file of the batch has its outcome (the jobs run in the background). */
export async function waitForBatch(
  baseUrl: string,
  id: string,
  token: string = STAFF_TOKEN,
): Promise<BatchView> {
  for (;;) {
    const batch = await getBatch(baseUrl, id, token);
    if (batch.finishedAt !== null) return batch;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
