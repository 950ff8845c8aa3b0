import type { ReactNode } from 'react';
import { sharedStrings as t } from './strings.nl';

export function LoadingState({ label = t.loading }: { readonly label?: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({ children = t.empty }: { readonly children?: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      {children}
    </div>
  );
}

export function ErrorState({
  message,
  onRetry,
}: {
  readonly message: string;
  readonly onRetry?: () => void;
}) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t.errorTitle}</p>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}

export function DemoNotice() {
  return (
    <aside className="demo-notice" aria-label={t.demoNotice.title}>
      <strong>{t.demoNotice.title}</strong> <span className="demo-notice__long">{t.demoNotice.body}</span>
      <span className="demo-notice__short">{t.demoNotice.short}</span>
    </aside>
  );
}

export function DemoBadge() {
  return (
    <span className="badge badge--demo" title={t.demoNotice.title}>
      demo
    </span>
  );
}

/** Honest marker for a part that is not built yet (never counts as a finished feature). */
export function PendingPage({ title }: { readonly title: string }) {
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="state state--empty">
        <p className="state__title">{t.pending.title}</p>
        <p>{t.pending.body}</p>
      </div>
    </section>
  );
}
