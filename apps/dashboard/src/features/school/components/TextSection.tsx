import type { ReactNode } from 'react';
import { schoolStrings as t } from '../strings.nl';
import { sourcesFor, type SopView, warningsFor } from '../utils/profile';

/** A numbered SOP section: its heading, its body, and where it was read plus any warning about it. */
export function SopSection({
  id,
  title,
  sop,
  path,
  ownOnly = false,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly sop: SopView;
  /** Field path(s) whose provenance and warnings belong to this section. */
  readonly path: string;
  /** For table sections: the rows show their own sources and warnings, so only the section's own are shown here. */
  readonly ownOnly?: boolean;
  readonly children: ReactNode;
}) {
  const sources = ownOnly
    ? sourcesFor(
        sop.provenance.filter((p) => p.path === path),
        path,
      )
    : sourcesFor(sop.provenance, path);
  const warnings = warningsFor(sop.warnings, path).filter((w) => !ownOnly || w.path === path);
  return (
    <section className="sop-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      {warnings.map((w) => (
        <p key={`${w.path}-${w.code}`} className="warning">
          <strong>{t.warning}:</strong> {w.message}
          {w.candidates.length > 1 ? ` (${t.ambiguous(w.candidates.join(t.or))})` : null}
        </p>
      ))}
      {sources.length > 0 ? (
        <p className="source">
          {t.columns.source}: {sources.join('; ')}
        </p>
      ) : null}
    </section>
  );
}

export function SopText({ text }: { readonly text: string | null }) {
  if (text === null || text.trim() === '') return <p className="muted">{t.notFilled}</p>;
  return (
    <div className="sop-text">
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
    </div>
  );
}
