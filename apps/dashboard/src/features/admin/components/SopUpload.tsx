import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { FileInput } from '../../../components/FileInput';
import { adminStrings as t } from '../strings.nl';
import { readSopUploadResponse, type SopUploadOutcome, type UploadAuth } from '../utils/upload';
import { postUpload, useUpload } from '../hooks/useUpload';

export const SOP_UPLOAD_URL = '/api/uploads/sop';

function postSops(files: readonly File[], auth: UploadAuth): Promise<SopUploadOutcome> {
  const body = new FormData();
  for (const file of files) body.append('file', file);
  return postUpload(
    SOP_UPLOAD_URL,
    body,
    auth,
    (status, json) => readSopUploadResponse(status, json, t.http),
    {
      kind: 'error',
      message: t.http.network,
    },
  );
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
  const { busy, outcome, hint, refuse, run } = useUpload<SopUploadOutcome>({
    kind: 'error',
    message: t.http.network,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (auth.kind === 'none') return refuse(t.duo.needToken);
    if (files.length === 0) return refuse(t.sop.needFiles);
    run(
      () => postSops(files, auth),
      (result) => {
        if (result.kind === 'results') onUploaded?.();
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
          <FileInput
            id={`${id}-files`}
            multiple
            accept=".pdf,.docx,.txt,application/pdf,text/plain"
            onFiles={setFiles}
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
                    {r.published ? <p>{t.sop.published}</p> : null}
                    {r.toMatchReason ? <p className="warning">{r.toMatchReason}</p> : null}
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
