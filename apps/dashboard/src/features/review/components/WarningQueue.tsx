/**
 * The review queue of one draft: its open warnings one at a time, walked with the keyboard (j/k or the arrow keys,
 * ←/→ between the candidates, Enter or 1–9 to choose) or with buttons; each cell in doubt shown as the area of the
 * original page next to its candidates.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { type ReviewWarningRow } from '../hooks/useReviewQueries';
import { reviewStrings } from '../strings.nl';
import { choiceLabel, choicesOf, openWarnings, queueAction } from '../utils/queue';

const PageCrop = lazy(() => import('./PageCrop'));
const t = reviewStrings.queue;

/** Set when a choice was made from the queue: the next version's queue takes the keyboard focus back. */
let resumeFocus = false;

export function WarningQueue({
  warnings,
  documentUrl,
  busy,
  onChoose,
}: {
  readonly warnings: readonly ReviewWarningRow[];
  /** The stored original (PDF) document; null when the draft has none or it is no PDF. */
  readonly documentUrl: string | null;
  readonly busy: boolean;
  readonly onChoose: (warning: ReviewWarningRow, value: string) => void;
}) {
  const id = useId();
  const open = openWarnings(warnings);
  const [index, setIndex] = useState(0);
  const [focused, setFocused] = useState(0);
  const region = useRef<HTMLElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = open[Math.min(index, open.length - 1)];
  const choices = current ? choicesOf(current) : [];

  useEffect(() => {
    if (!resumeFocus) return;
    resumeFocus = false;
    (buttons.current[0] ?? region.current)?.focus();
  }, []);

  const go = (next: number) => {
    setIndex(Math.max(0, Math.min(open.length - 1, next)));
    setFocused(0);
    region.current?.focus();
  };
  const focusChoice = (next: number) => {
    const k = (next + choices.length) % Math.max(1, choices.length);
    setFocused(k);
    buttons.current[k]?.focus();
  };
  const choose = (k: number) => {
    const choice = choices[k];
    if (!current || !choice || busy) return;
    resumeFocus = true;
    onChoose(current, choice.value);
  };

  if (open.length === 0 || !current) {
    return (
      <section className="queue" aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`}>{t.title}</h4>
        <p className="state" role="status">
          {t.done}
        </p>
      </section>
    );
  }

  const position = open.indexOf(current);
  const crop =
    documentUrl !== null && current.page !== null && current.page !== undefined && current.box ? (
      <Suspense fallback={<p className="muted">{t.cropLoading}</p>}>
        <PageCrop
          documentUrl={documentUrl}
          page={current.page}
          box={current.box}
          cells={choices.map((c) => ({ label: choiceLabel(current.path, c.value), box: c.boxes[0] ?? null }))}
          focused={focused}
        />
      </Suspense>
    ) : (
      <p className="muted">{t.noCrop}</p>
    );

  return (
    <section
      ref={region}
      className="queue"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) return;
        const action = queueAction(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey });
        if (!action) return;
        e.preventDefault();
        if (action.kind === 'next') go(position + 1);
        else if (action.kind === 'previous') go(position - 1);
        else if (action.kind === 'next-choice') focusChoice(focused + 1);
        else if (action.kind === 'previous-choice') focusChoice(focused - 1);
        else if (action.kind === 'choose') choose(action.index);
        else choose(focused);
      }}
    >
      <h4 id={`${id}-title`}>{t.title}</h4>
      <p id={`${id}-help`} className="queue__help">
        {t.help}
      </p>
      <div className="queue__item" aria-live="polite">
        <div className="queue__text">
          <p className="queue__position">{t.position(position + 1, open.length)}</p>
          <p className="review__message">{current.message}</p>
          {current.section ? <p className="muted">{t.section(current.section)}</p> : null}
          {choices.length > 0 ? (
            <fieldset className="review__choices queue__choices" disabled={busy}>
              <legend>{t.choose}</legend>
              {choices.map((choice, k) => (
                <button
                  key={choice.value}
                  ref={(el) => {
                    buttons.current[k] = el;
                  }}
                  type="button"
                  className={`button button--secondary${k === focused ? ' queue__choice--focused' : ''}`}
                  tabIndex={k === focused ? 0 : -1}
                  aria-keyshortcuts={String(k + 1)}
                  onFocus={() => setFocused(k)}
                  onClick={() => choose(k)}
                >
                  <span className="queue__key" aria-hidden="true">
                    {k + 1}
                  </span>{' '}
                  {choiceLabel(current.path, choice.value)}
                </button>
              ))}
            </fieldset>
          ) : (
            <p className="muted">{t.noChoices}</p>
          )}
          <div className="queue__nav">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go(position - 1)}
              disabled={position === 0}
            >
              {t.previous}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go(position + 1)}
              disabled={position === open.length - 1}
            >
              {t.next}
            </button>
          </div>
        </div>
        <div className="queue__crop">{crop}</div>
      </div>
    </section>
  );
}
