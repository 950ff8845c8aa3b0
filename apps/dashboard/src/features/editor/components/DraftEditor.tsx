import { type ReactNode, useId, useMemo, useState } from 'react';
import { type SopDocument } from '@sop-atlas/sop-model';
import { GraphQLRequestError } from '../../../graphql/client';
import { auditTimeText, reviewErrorKind, reviewErrorMessage } from '../../review/utils/review';
import {
  PartialSaveError,
  saveDraftChanges,
  type SopVersion,
  submitForReview,
} from '../hooks/useDraftActions';
import { type EditorSop } from '../hooks/useEditorQueries';
import { reviewStrings } from '../../review/strings.nl';
import { editorStrings as t } from '../strings.nl';
import {
  draftSections,
  type FieldSpec,
  type FormValues,
  initialValues,
  type OfferRow,
  offerRows,
  offersChange,
  pendingChanges,
  rebaseValues,
  type ReviewNote,
  type SectionSpec,
} from '../utils/draft-form';

const statusLabels = reviewStrings.statuses;

type Notice =
  | { readonly kind: 'ok'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string; readonly reload: boolean };

/** A refused save or submit in Dutch; `reload` when the newest version must be loaded first. */
function failure(cause: unknown, saved = 0, total = 0): Notice {
  const partial = saved > 0 ? ` ${t.errors.partial(saved, total)}` : '';
  if (cause instanceof GraphQLRequestError) {
    const kind = reviewErrorKind(cause.errors);
    const text = reviewErrorMessage(cause.errors, cause.message, t.errors);
    return {
      kind: 'error',
      message: `${text}${partial}`,
      reload: kind === 'conflict' || kind === 'not-found',
    };
  }
  return { kind: 'error', message: `${t.errors.other(String(cause))}${partial}`, reload: false };
}

function Field({
  spec,
  value,
  error,
  disabled,
  changed,
  onChange,
}: {
  readonly spec: FieldSpec;
  readonly value: string;
  readonly error: string | undefined;
  readonly disabled: boolean;
  readonly changed: boolean;
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  const common = {
    id,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
  let control;
  if (spec.kind === 'choice' || spec.kind === 'yes-no') {
    control = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.draft.choose}</option>
        {spec.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'textarea') {
    control = <textarea {...common} rows={4} value={value} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={spec.kind === 'amount' ? 'decimal' : spec.kind === 'year' ? 'numeric' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={`field draft-field${changed ? ' draft-field--changed' : ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      {control}
      {error ? (
        <p id={`${id}-error`} className="draft-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** 2D Extra aanbod: the school's own offers (trainings, programmes) and when, as rows to edit, add and remove. */
function OffersFieldset({
  rows,
  errors,
  changed,
  disabled,
  onChange,
  children,
}: {
  readonly rows: readonly OfferRow[];
  readonly errors: Readonly<Record<number, string>>;
  readonly changed: boolean;
  readonly disabled: boolean;
  readonly onChange: (rows: readonly OfferRow[]) => void;
  /** The section's free-text field(s). */
  readonly children: ReactNode;
}) {
  const id = useId();
  const set = (index: number, row: Partial<OfferRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...row } : r)));
  return (
    <fieldset className="draft__section" disabled={disabled}>
      <legend>{t.sections.extraOffers}</legend>
      {rows.length === 0 ? <p className="muted">{t.offers.none}</p> : null}
      <ol className="draft__offers">
        {rows.map((row, i) => (
          <li key={i} className={`draft__offer${changed ? ' draft-field--changed' : ''}`}>
            <div className="field field--grow">
              <label htmlFor={`${id}-${i}-offer`}>{t.offers.offer(i + 1)}</label>
              <input
                id={`${id}-${i}-offer`}
                type="text"
                value={row.offer}
                aria-invalid={errors[i] ? true : undefined}
                aria-describedby={errors[i] ? `${id}-${i}-error` : undefined}
                onChange={(e) => set(i, { offer: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${i}-period`}>{t.offers.period(i + 1)}</label>
              <input
                id={`${id}-${i}-period`}
                type="text"
                value={row.period}
                onChange={(e) => set(i, { period: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t.offers.remove(i + 1)}
            </button>
            {errors[i] ? (
              <p id={`${id}-${i}-error`} className="draft-field__error">
                {errors[i]}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...rows, { offer: '', period: '' }])}
      >
        {t.offers.add}
      </button>
      <div className="draft__fields">{children}</div>
    </fieldset>
  );
}

/**
 * A school's open draft as a form in the template's order: changed fields are saved one `updateDraftField` each
 * (every save a new version, with an optional reason for the audit trail), then the draft is offered for review.
 * In review, the form is read-only. A conflict keeps the user's changes and offers the newest version.
 */
export function DraftEditor({
  sop,
  document,
  reviewNote,
  onChanged,
}: {
  readonly sop: EditorSop;
  readonly document: SopDocument;
  readonly reviewNote: ReviewNote | null;
  readonly onChanged: () => void;
}) {
  const id = useId();
  const sections = useMemo(() => draftSections(document, t.sections, t.fields), [document]);
  const base = useMemo(() => initialValues(document, sections), [document, sections]);
  const [values, setValues] = useState<FormValues>(base);
  const [valuesBase, setValuesBase] = useState<FormValues>(base);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const offersBase = useMemo(() => offerRows(document), [document]);
  const [offers, setOffers] = useState<readonly OfferRow[]>(offersBase);
  const [offersSeen, setOffersSeen] = useState<readonly OfferRow[]>(offersBase);

  // A new version under the form (saved, or loaded after a conflict): keep what the user changed.
  if (valuesBase !== base) {
    setValues(rebaseValues(valuesBase, values, base));
    setValuesBase(base);
  }
  if (offersSeen !== offersBase) {
    if (JSON.stringify(offers) === JSON.stringify(offersSeen)) setOffers(offersBase);
    setOffersSeen(offersBase);
  }

  const editable = sop.status === 'DRAFT' && busy === null;
  const pending = useMemo(
    () => pendingChanges(document, sections, values, t.parse),
    [document, sections, values],
  );
  const offersDiff = useMemo(
    () => offersChange(document, offers, t.sections.extraOffers, t.offers.missing),
    [document, offers],
  );
  const changes = offersDiff.change ? [...pending.changes, offersDiff.change] : pending.changes;
  const changedPaths = new Set(changes.map((c) => c.path));
  const hasErrors = Object.keys(pending.errors).length > 0 || Object.keys(offersDiff.errors).length > 0;
  const openWarnings = sop.warnings.filter((w) => !w.resolvedAt);

  const save = () => {
    if (hasErrors) {
      setNotice({ kind: 'error', message: t.draft.fixErrors, reload: false });
      return;
    }
    const total = changes.length;
    setBusy(t.draft.saving(0, total));
    setNotice(null);
    const start: SopVersion = { id: sop.id, version: sop.version, status: sop.status };
    saveDraftChanges(start, changes, reason.trim() || null, (done) =>
      setBusy(t.draft.saving(done, total)),
    ).then(
      (last) => {
        setBusy(null);
        setReason('');
        setNotice({ kind: 'ok', message: t.draft.saved(total, last.version) });
        onChanged();
      },
      (cause: unknown) => {
        setBusy(null);
        if (cause instanceof PartialSaveError) {
          setNotice(failure(cause.cause, cause.saved, total));
          if (cause.saved > 0) onChanged();
        } else setNotice(failure(cause));
      },
    );
  };

  const submit = () => {
    setBusy(t.draft.submitting);
    setNotice(null);
    submitForReview(sop.id, sop.version).then(
      () => {
        setBusy(null);
        setNotice({ kind: 'ok', message: t.draft.submitted });
        onChanged();
      },
      (cause: unknown) => {
        setBusy(null);
        setNotice(failure(cause));
      },
    );
  };

  const renderField = (field: FieldSpec) => (
    <Field
      key={field.path}
      spec={field}
      value={values[field.path] ?? ''}
      error={pending.errors[field.path]}
      disabled={!editable}
      changed={changedPaths.has(field.path)}
      onChange={(value) => setValues((prev) => ({ ...prev, [field.path]: value }))}
    />
  );

  const renderSection = (section: SectionSpec) =>
    section.fields.length === 0 ? null : (
      <fieldset key={section.id} className="draft__section" disabled={!editable}>
        <legend>{section.title}</legend>
        <div className="draft__fields">{section.fields.map(renderField)}</div>
      </fieldset>
    );

  const noticeBlock = notice ? (
    notice.kind === 'ok' ? (
      <div className="state" role="status">
        <p>{notice.message}</p>
      </div>
    ) : (
      <div className="state state--error" role="alert">
        <p className="state__title">{notice.message}</p>
        {notice.reload ? (
          <button type="button" className="button" onClick={onChanged}>
            {t.errors.reload}
          </button>
        ) : null}
      </div>
    )
  ) : null;

  return (
    <article className="draft" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.draft.heading(sop.schoolYear)}</h2>
      <p className="muted">{t.draft.version(sop.version, statusLabels[sop.status] ?? sop.status)}</p>

      {reviewNote && sop.status === 'DRAFT' ? (
        <div className="state state--warn" role="note">
          <p className="state__title">{t.draft.sentBack(reviewNote.by, auditTimeText(reviewNote.at))}</p>
          <p className="draft__comment">{reviewNote.comment}</p>
        </div>
      ) : null}
      {sop.status === 'IN_REVIEW' ? <p className="state">{t.draft.inReview}</p> : null}

      {sop.status !== 'DRAFT' ? noticeBlock : null}

      {openWarnings.length > 0 ? (
        <section aria-labelledby={`${id}-warnings`}>
          <h3 id={`${id}-warnings`}>{t.draft.warningsTitle}</h3>
          <ul className="draft__warnings">
            {openWarnings.map((w, i) => (
              <li key={`${w.path}-${i}`}>
                {w.path ? <code>{w.path}</code> : null} {w.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <form
        className="draft__form"
        aria-label={t.draft.heading(sop.schoolYear)}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {sections.map((section) =>
          section.id === 'extra-offers' ? (
            <OffersFieldset
              key={section.id}
              rows={offers}
              errors={offersDiff.errors}
              changed={changedPaths.has('extraOffers')}
              disabled={!editable}
              onChange={setOffers}
            >
              {section.fields.map(renderField)}
            </OffersFieldset>
          ) : (
            renderSection(section)
          ),
        )}

        {sop.status === 'DRAFT' ? (
          <div className="draft__actions">
            {noticeBlock ? <div className="draft__notice">{noticeBlock}</div> : null}
            <div className="field field--grow">
              <label htmlFor={`${id}-reason`}>{t.draft.reason}</label>
              <input
                id={`${id}-reason`}
                type="text"
                maxLength={2000}
                value={reason}
                disabled={!editable}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <p className="draft__count" aria-live="polite">
              {busy ?? (changes.length === 0 ? t.draft.noChanges : t.draft.changes(changes.length))}
            </p>
            <button type="submit" className="button" disabled={!editable || changes.length === 0}>
              {t.draft.save}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!editable || changes.length === 0}
              onClick={() => {
                setValues(base);
                setOffers(offersBase);
              }}
            >
              {t.draft.undo}
            </button>
          </div>
        ) : null}
      </form>

      {sop.status === 'DRAFT' ? (
        <section className="draft__submit" aria-labelledby={`${id}-submit`}>
          <h3 id={`${id}-submit`}>{t.draft.submitTitle}</h3>
          <p className="muted">{t.draft.submitHint}</p>
          <button
            type="button"
            className="button"
            disabled={!editable || changes.length > 0}
            onClick={submit}
          >
            {t.draft.submit}
          </button>
        </section>
      ) : null}
    </article>
  );
}
