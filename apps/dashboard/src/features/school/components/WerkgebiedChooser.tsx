import { WERKGEBIEDEN } from '@sop-atlas/sop-model';
import { useId, useState } from 'react';
import { mutate } from '../../../graphql/mutate';
import { SetSchoolWerkgebiedMutation } from '../graphql/werkgebied.graphql';
import { schoolStrings as t } from '../strings.nl';

/** Staff choose a school's werkgebied by hand (kept over DUO and PDOK), e.g. for a school the overview left out. */
export function WerkgebiedChooser({
  schoolId,
  current,
  source,
  onSaved,
}: {
  readonly schoolId: string;
  readonly current: string | null;
  readonly source: string | null;
  readonly onSaved: () => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState(current ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const save = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      await mutate(SetSchoolWerkgebiedMutation, { schoolId, werkgebied: choice === '' ? null : choice });
      setMessage({ kind: 'ok', text: t.werkgebiedChooser.saved });
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">{t.werkgebiedChooser.source(source)}</p>
      <div className="field">
        <label htmlFor={`${id}-werkgebied`}>{t.werkgebiedChooser.label}</label>
        <select id={`${id}-werkgebied`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t.werkgebiedChooser.none}</option>
          {WERKGEBIEDEN.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t.werkgebiedChooser.save}
      </button>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'warning' : 'state'}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
