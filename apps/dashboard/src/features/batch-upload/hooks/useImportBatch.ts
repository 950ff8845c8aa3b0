import { useCallback, useEffect, useState } from 'react';
import { CSRF_HEADERS } from '../../../graphql/client';
import { invalidatePrefixes, queryClient, UPLOAD_INVALIDATES } from '../../../graphql/query-client';
import { type UploadAuth, uploadHeaders } from '../../admin/utils/upload';
import { type Batch, latestBatchId, readBatch } from '../utils/batch';

export const IMPORT_BATCHES_URL = '/api/import-batches';
/** How often the dashboard asks for progress while a batch is being read. */
export const POLL_MS = 1000;

async function getJson(url: string, auth: UploadAuth): Promise<unknown> {
  const response = await fetch(url, {
    headers: uploadHeaders(auth, CSRF_HEADERS),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

export interface ImportBatchState {
  readonly batch: Batch | null;
  /** The last progress request failed (it is tried again). */
  readonly failed: boolean;
  /** Follow this batch (just uploaded). */
  readonly follow: (batch: Batch) => void;
}

/**
 * The newest batch upload and its progress: on mount the newest batch is fetched from the server (so a reload, or
 * another browser, finds a batch still being read), then it is polled every second until every file has an outcome.
 */
export function useImportBatch(auth: UploadAuth, onFinished?: () => void): ImportBatchState {
  const [batch, setBatch] = useState<Batch | null>(null);
  const [failed, setFailed] = useState(false);
  const canAsk = auth.kind !== 'none';

  useEffect(() => {
    if (!canAsk) return;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = (): void => {
      getJson(`${IMPORT_BATCHES_URL}?limit=1`, auth)
        .then(async (list) => {
          const id = latestBatchId(list);
          if (id === null || cancelled) return;
          const found = readBatch(await getJson(`${IMPORT_BATCHES_URL}/${encodeURIComponent(id)}`, auth));
          if (!cancelled && found) {
            setFailed(false);
            setBatch((current) => current ?? found);
          }
        })
        .catch(() => {
          if (cancelled) return;
          setFailed(true);
          retry = setTimeout(load, POLL_MS); // the server may be busy: ask again
        });
    };
    load();
    return () => {
      cancelled = true;
      clearTimeout(retry);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `auth` is a new object on every render: its kind decides
  }, [canAsk, auth.kind]);

  const id = batch?.id ?? null;
  const running = batch !== null && batch.finishedAt === null;
  useEffect(() => {
    if (id === null || !running) return;
    let cancelled = false;
    const timer = setInterval(() => {
      getJson(`${IMPORT_BATCHES_URL}/${encodeURIComponent(id)}`, auth).then(
        (body) => {
          const next = readBatch(body);
          if (cancelled || next === null) return;
          setFailed(false);
          setBatch(next);
          if (next.finishedAt !== null) {
            // The batch's files are stored: what they change loads again.
            void invalidatePrefixes(queryClient, UPLOAD_INVALIDATES);
            onFinished?.();
          }
        },
        () => {
          if (!cancelled) setFailed(true);
        },
      );
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- poll per batch; `auth` and `onFinished` are read at each tick
  }, [id, running]);

  const follow = useCallback((next: Batch) => setBatch(next), []);
  return { batch, failed, follow };
}
