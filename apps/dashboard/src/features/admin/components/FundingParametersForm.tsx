import { useId, useState } from 'react';
import { GraphQLRequestError } from '../../../graphql/client';
import { mutate } from '../../../graphql/mutate';
import { SetFundingParametersMutation } from '../graphql/funding.graphql';
import type { FundingParameterRow } from '../hooks/useFundingParametersQuery';
import { adminStrings as t } from '../strings.nl';
import { fundingFormFor, type FundingFormText, parseFundingForm } from '../utils/funding-form';

type Field = keyof FundingFormText;

/** Staff set the basisondersteuning formula of a calendar year (insert or replace); the chart reloads after. */
export function FundingParametersForm({
  rows,
  onSaved,
}: {
  readonly rows: readonly FundingParameterRow[];
  readonly onSaved: () => void;
}) {
  const id = useId();
  const [text, setText] = useState<FundingFormText>(() => fundingFormFor(rows, new Date().getFullYear() + 1));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const year = Number(text.calendarYear);
  const exists = rows.some((r) => r.calendarYear === year);

  const change = (field: Field, value: string) => {
    // A new year starts from that year's stored figures (or the latest earlier year's).
    setText(
      field === 'calendarYear' && /^\d{4}$/.test(value)
        ? fundingFormFor(rows, Number(value))
        : { ...text, [field]: value },
    );
    setErrors({ ...errors, [field]: undefined });
  };

  const submit = () => {
    const parsed = parseFundingForm(text, t.fundingForm.errors);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setNotice(null);
    mutate(SetFundingParametersMutation, parsed.value).then(
      (data) => {
        setBusy(false);
        setNotice({ ok: true, message: t.fundingForm.saved(data.setFundingParameters.calendarYear) });
        onSaved();
      },
      (cause: unknown) => {
        setBusy(false);
        const first = cause instanceof GraphQLRequestError ? cause.errors[0] : undefined;
        const message = first?.message ?? (cause instanceof Error ? cause.message : String(cause));
        const argument = first?.extensions?.['argument'];
        if (typeof argument === 'string' && argument in text) setErrors({ [argument]: message });
        setNotice({ ok: false, message: t.fundingForm.failed(message) });
      },
    );
  };

  const input = (field: Field, label: string, inputMode: 'numeric' | 'decimal' | 'text') => (
    <div className={`field${field === 'note' ? ' field--grow' : ''}`}>
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type="text"
        inputMode={inputMode}
        value={text[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
        onChange={(e) => change(field, e.target.value)}
      />
      {errors[field] ? (
        <p id={`${id}-${field}-error`} className="draft-field__error">
          {errors[field]}
        </p>
      ) : null}
    </div>
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.fundingForm.title}</h2>
      <p className="muted">{t.fundingForm.intro}</p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {input('calendarYear', t.fundingForm.year, 'numeric')}
        {input('basePerLocation', t.fundingForm.base, 'decimal')}
        {input('perPupil', t.fundingForm.perPupil, 'decimal')}
        {input('note', t.fundingForm.note, 'text')}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.fundingForm.busy : t.fundingForm.submit}
        </button>
      </form>
      {exists ? <p className="state state--warn">{t.fundingForm.replaces(year)}</p> : null}
      {notice ? (
        <div className={`state${notice.ok ? '' : ' state--error'}`} role={notice.ok ? 'status' : 'alert'}>
          {notice.message}
        </div>
      ) : null}
    </section>
  );
}
