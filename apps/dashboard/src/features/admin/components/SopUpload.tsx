import { CSRF_HEADERS } from '../../../graphql/client';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { adminStrings as t } from '../strings.nl';
import {
  readSopUploadResponse,
  type SopUploadOutcome,
  type UploadAuth,
  uploadHeaders,
} from '../utils/upload';

export const SOP_UPLOAD_URL = '/api/uploads/sop';

async function postSops(files: readonly File[], auth: UploadAuth): Promise<SopUploadOutcome> {
  const body = new FormData();
  for (const file of files) body.append('file', file);
  let response: Response;
  try {
    response = await fetch(SOP_UPLOAD_URL, {
      method: 'POST',
      body,
      headers: uploadHeaders(auth, CSRF_HEADERS),
      credentials: 'same-origin',
    });
  } catch {
    return { kind: 'error', message: t.http.network };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  return readSopUploadResponse(response.status, json, t.http);
}

/** Upload SOP documents as staff: each becomes a draft; the result per file with its warnings. */
export function SopUpload({
  auth,
  onUploaded,
}: {
  readonly auth: UploadAuth;
  readonly onUploaded?: () => void;
}) {
  const id = useId();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SopUploadOutcome | null>(null);
  const [hint, setHint] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (auth.kind === 'none') return setHint(t.duo.needToken);
    if (files.length === 0) return setHint(t.sop.needFiles);
    setHint(null);
    setBusy(true);
    setOutcome(null);
    postSops(files, auth).then(
      (result) => {
        setOutcome(result);
        setBusy(false);
        if (result.kind === 'results') onUploaded?.();
      },
      () => {
        setOutcome({ kind: 'error', message: t.http.network });
        setBusy(false);
      },
    );
  };

  return (
    <section className="sop-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.sop.title}</h2>
      <p className="muted">{t.sop.intro}</p>
      <form className="filters" onSubmit={submit}>
        <div className="field field--grow">
          <label htmlFor={`${id}-files`}>{t.sop.files}</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".pdf,.docx,.txt,application/pdf,text/plain"
            onChange={(e) => setFiles(e.target.files ? [...e.target.files] : [])}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.sop.busy : t.sop.submit}
        </button>
        {hint ? (
          <p role="alert" className="warning">
            {hint}
          </p>
        ) : null}
      </form>
      {outcome?.kind === 'error' ? (
        <div className="state state--error" role="alert">
          <p className="state__title">{t.duo.failed}</p>
          <p>{outcome.message}</p>
        </div>
      ) : null}
      {outcome?.kind === 'results' ? (
        <div className="table-scroll" role="status">
          <table className="data-table">
            <caption>{t.sop.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.sop.file}</th>
                <th scope="col">{t.sop.status}</th>
                <th scope="col">{t.sop.details}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.results.map((r, i) => (
                <tr key={`${r.fileName}-${i}`} className={r.status === 'failed' ? 'row--warn' : undefined}>
                  <th scope="row">{r.fileName}</th>
                  <td>
                    {t.sop.statuses[r.status] ?? r.status}
                    {r.schoolYear ? ` (${r.schoolYear})` : null}
                  </td>
                  <td>
                    {r.error ? <p>{r.error}</p> : null}
                    {r.schoolCreated ? <p>{t.sop.newSchool}</p> : null}
                    {r.warnings.map((w) => (
                      <p key={w} className="warning">
                        {w}
                      </p>
                    ))}
                    {r.schoolId ? (
                      <Link to={`/scholen/${encodeURIComponent(r.schoolId)}`}>{t.sop.profile}</Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
