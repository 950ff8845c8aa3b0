import { type FormEvent, useId, useState } from 'react';
import { FileInput } from '../../../components/FileInput';
import { formatNumber } from '../../../utils/format';
import { adminStrings as t } from '../strings.nl';
import { readDuoResponse, type UploadOutcome, type UploadProblem, type UploadAuth } from '../utils/upload';
import { postUpload, useUpload } from '../hooks/useUpload';

export const DUO_UPLOAD_URL = '/api/uploads/duo';

function postDuo(file: File, partial: boolean, auth: UploadAuth): Promise<UploadOutcome> {
  const body = new FormData();
  body.append('file', file);
  body.append('partial', partial ? 'true' : 'false');
  return postUpload(DUO_UPLOAD_URL, body, auth, (status, json) => readDuoResponse(status, json, t.http), {
    kind: 'error',
    message: t.http.network,
    problems: [],
  });
}

function Problems({
  caption,
  problems,
}: {
  readonly caption: string;
  readonly problems: readonly UploadProblem[];
}) {
  if (problems.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.duo.line}</th>
            <th scope="col">{t.duo.column}</th>
            <th scope="col">{t.duo.message}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.line ?? ''}-${i}`}>
              <td className="num">{p.line ?? '–'}</td>
              <td>{p.column ?? '–'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Outcome({ outcome }: { readonly outcome: UploadOutcome }) {
  if (outcome.kind === 'error')
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t.duo.failed}</p>
        <p>{outcome.message}</p>
        <Problems caption={t.duo.problems} problems={outcome.problems} />
      </div>
    );
  const r = outcome.report;
  const n = formatNumber;
  return (
    <div className="state" role="status">
      <p className="state__title">
        {t.duo.result(r.fileName)} ({t.duo.kind[r.kind] ?? r.kind})
      </p>
      {r.unchanged ? <p>{t.duo.unchanged}</p> : null}
      <ul>
        <li>{t.duo.schools(n(r.schoolsInserted), n(r.schoolsUpdated), n(r.schoolsUnchanged))}</li>
        <li>{t.duo.pupils(n(r.pupilCountsInserted), n(r.pupilCountsUpdated), n(r.pupilCountsUnchanged))}</li>
        {r.skippedOtherSwv > 0 ? <li>{t.duo.otherSwv(n(r.skippedOtherSwv))}</li> : null}
        {r.columnsMissing.length > 0 ? <li>{t.duo.missing(r.columnsMissing.join(', '))}</li> : null}
      </ul>
      {r.warnings.length > 0 ? (
        <>
          <p className="state__title">{t.duo.warnings}</p>
          <ul>
            {r.warnings.map((w) => (
              <li key={w} className="warning">
                {w}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Problems caption={t.duo.rejected} problems={r.rejected} />
    </div>
  );
}

/** Upload a DUO file (register or pupil counts) as staff; shows the import report, warnings and rejected rows. */
export function DuoUpload({ auth }: { readonly auth: UploadAuth }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  const { busy, outcome, hint, refuse, run } = useUpload<UploadOutcome>({
    kind: 'error',
    message: t.http.network,
    problems: [],
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (auth.kind === 'none') return refuse(t.duo.needToken);
    if (file === null) return refuse(t.duo.needFile);
    run(() => postDuo(file, partial, auth));
  };

  return (
    <section className="sop-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.duo.title}</h2>
      <p className="muted">{t.duo.intro}</p>
      <form className="filters" onSubmit={submit}>
        <div className="field field--grow">
          <label htmlFor={`${id}-file`}>{t.duo.file}</label>
          <FileInput
            id={`${id}-file`}
            accept=".csv,text/csv"
            onFiles={(files) => setFile(files[0] ?? null)}
          />
        </div>
        <label className="checks__option">
          <input type="checkbox" checked={partial} onChange={(e) => setPartial(e.target.checked)} />{' '}
          {t.duo.partial}
        </label>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.duo.busy : t.duo.submit}
        </button>
        {hint ? (
          <p role="alert" className="warning">
            {hint}
          </p>
        ) : null}
      </form>
      {outcome ? <Outcome outcome={outcome} /> : null}
    </section>
  );
}
