import { useState } from 'react';
import { CSRF_HEADERS } from '../../../graphql/client';
import { invalidatePrefixes, queryClient, UPLOAD_INVALIDATES } from '../../../graphql/query-client';
import { type UploadAuth, uploadHeaders } from '../utils/upload';

/**
 * POSTs a multipart form to an upload endpoint with the caller's credentials (session cookie + CSRF header, or the
 * staff code) and reads the answer with `read` (status + JSON, or null when the body is not JSON). A failed
 * connection gives `networkError`. After an answer, the cached queries an upload can change are invalidated.
 */
export async function postUpload<T>(
  url: string,
  body: FormData,
  auth: UploadAuth,
  read: (status: number, json: unknown) => T,
  networkError: T,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      headers: uploadHeaders(auth, CSRF_HEADERS),
      credentials: 'same-origin',
    });
  } catch {
    return networkError;
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  // The server answered: part of the upload may have been stored, so what it can change loads again.
  void invalidatePrefixes(queryClient, UPLOAD_INVALIDATES);
  return read(response.status, json);
}

export interface UploadRun<T> {
  readonly busy: boolean;
  readonly outcome: T | null;
  /** What the user must do first (choose a file, fill in the staff code). */
  readonly hint: string | null;
  /** Shows what is missing instead of uploading. */
  readonly refuse: (hint: string) => void;
  /** Runs the upload; `onDone` sees the outcome. */
  readonly run: (upload: () => Promise<T>, onDone?: (outcome: T) => void) => void;
}

/** The state of an upload form: busy, the last outcome, a hint when something is missing. */
export function useUpload<T>(networkError: T): UploadRun<T> {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<T | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const run = (upload: () => Promise<T>, onDone?: (outcome: T) => void) => {
    setHint(null);
    setBusy(true);
    setOutcome(null);
    upload().then(
      (result) => {
        setOutcome(result);
        setBusy(false);
        onDone?.(result);
      },
      () => {
        setOutcome(networkError);
        setBusy(false);
      },
    );
  };
  return { busy, outcome, hint, refuse: setHint, run };
}
