import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { FileInput } from '../../../components/FileInput';
import { postUpload } from '../../admin/hooks/useUpload';
import { readSopUploadResponse, type UploadAuth } from '../../admin/utils/upload';
import { useImportBatch } from '../hooks/useImportBatch';
import { batchUploadStrings as t } from '../strings.nl';
import { type Batch, batchProgress, fileProgress, outcomeParts, readBatch } from '../utils/batch';

export const BATCH_UPLOAD_URL = '/api/uploads/sop-batch';

type Sent =
  { readonly kind: 'batch'; readonly batch: Batch } | { readonly kind: 'error'; readonly message: string };

function postBatch(files: readonly File[], auth: UploadAuth): Promise<Sent> {
  const body = new FormData();
  for (const file of files) body.append('file', file);
  return postUpload<Sent>(
    BATCH_UPLOAD_URL,
    body,
    auth,
    (status, json) => {
      const batch = status === 202 ? readBatch(json) : null;
      if (batch) return { kind: 'batch', batch };
      const error = readSopUploadResponse(status >= 200 && status < 300 ? 500 : status, json, t.http);
      return { kind: 'error', message: error.kind === 'error' ? error.message : t.http.status(status) };
    },
    { kind: 'error', message: t.network },
  );
}

function BatchProgress({ batch }: { readonly batch: Batch }) {
  const id = useId();
  const percent = batchProgress(batch);
  const parts = outcomeParts(batch.counts, t.outcomes);
  return (
    <div className="batch" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="state__title">
        {t.started(new Date(batch.createdAt).toLocaleString('nl-NL'))}
      </p>
      <label htmlFor={`${id}-overall`}>{t.overall}</label>
      <progress id={`${id}-overall`} max={100} value={percent}>
        {percent}%
      </progress>
      <p role="status">
        {batch.finishedAt === null ? t.overallText(batch.done, batch.fileCount) : t.finished(batch.fileCount)}
        {parts ? ` ${t.summary(parts)}` : null}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t.caption(batch.done, batch.fileCount)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.document}</th>
              <th scope="col">{t.progress}</th>
              <th scope="col">{t.outcome}</th>
              <th scope="col">{t.details}</th>
            </tr>
          </thead>
          <tbody>
            {batch.files.map((f) => (
              <tr key={f.position} className={f.outcome === 'geweigerd' ? 'row--warn' : undefined}>
                <th scope="row">{f.fileName}</th>
                <td>
                  <progress max={100} value={fileProgress(f.status)} aria-label={t.fileProgress(f.fileName)}>
                    {fileProgress(f.status)}%
                  </progress>{' '}
                  {t.statuses[f.status] ?? f.status}
                </td>
                <td>{f.outcome ? (t.outcomes[f.outcome] ?? f.outcome) : '—'}</td>
                <td>
                  {f.message ? (
                    <p className={f.outcome === 'geweigerd' ? undefined : 'warning'}>{f.message}</p>
                  ) : null}
                  {f.warnings > 0 && f.outcome !== 'geweigerd' ? (
                    <p className="warning">{t.warnings(f.warnings)}</p>
                  ) : null}
                  {f.published ? <p>{t.published}</p> : null}
                  {f.schoolId ? (
                    <Link to={`/scholen/${encodeURIComponent(f.schoolId)}`}>
                      {t.school(f.schoolName ?? f.fileName)}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * Many SOP documents at once (several files, a folder or a ZIP), read by background jobs on the server: the upload
 * answers at once with the batch, and the section polls its progress per file and for the whole batch. The batch
 * lives on the server, so a reload shows it again (the newest batch is fetched on load).
 */
export function BatchUploadSection({
  auth,
  onFinished,
}: {
  readonly auth: UploadAuth;
  readonly onFinished?: () => void;
}) {
  const id = useId();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [folder, setFolder] = useState<readonly File[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { batch, failed, follow } = useImportBatch(auth, onFinished);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (auth.kind === 'none') return setProblem(t.needAuth);
    const chosen = [...files, ...folder];
    if (chosen.length === 0) return setProblem(t.needFiles);
    setProblem(null);
    setSending(true);
    postBatch(chosen, auth).then(
      (sent) => {
        setSending(false);
        if (sent.kind === 'batch') follow(sent.batch);
        else setProblem(sent.message);
      },
      () => {
        setSending(false);
        setProblem(t.network);
      },
    );
  };

  return (
    <section className="sop-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <form className="filters" onSubmit={submit}>
        <div className="field field--grow">
          <label htmlFor={`${id}-files`}>{t.files}</label>
          <FileInput
            id={`${id}-files`}
            multiple
            accept=".pdf,.docx,.txt,.zip,application/pdf,text/plain,application/zip"
            onFiles={setFiles}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-folder`}>{t.folder}</label>
          <FileInput id={`${id}-folder`} multiple directory onFiles={setFolder} />
        </div>
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
        {problem ? (
          <p role="alert" className="warning">
            {problem}
          </p>
        ) : null}
      </form>
      {failed ? <p className="warning">{t.loadFailed}</p> : null}
      {batch ? <BatchProgress batch={batch} /> : null}
    </section>
  );
}
