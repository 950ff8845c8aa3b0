import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { SchoolKind } from '../../../graphql/generated/graphql';
import { type KindConflict, setSchoolKind, useSchoolKindConflictsQuery } from '../hooks/useDataHealth';
import { dataHealthStrings } from '../strings.nl';
import { candidateLine, kindChoices, kindLabel } from '../utils/kind-conflicts';
import { HealthListSection, useSchoolFix } from './HealthListSection';

const t = dataHealthStrings.kinds;

/**
 * Beheer (staff): "Soort school onzeker", schools whose DUO files (or staff and a file) disagree on the kind, with
 * what each source says; staff choose the kind (stored as their choice, audited), which ends the doubt.
 */
export function KindConflictsSection({ refreshKey = 0 }: { readonly refreshKey?: number }) {
  const query = useSchoolKindConflictsQuery(refreshKey);
  const fix = useSchoolFix();

  const choose = async (conflict: KindConflict, kind: SchoolKind): Promise<void> => {
    await fix.run(conflict.name, () => setSchoolKind(conflict.schoolId, kind));
  };

  return (
    <HealthListSection
      title={t.title}
      intro={t.intro}
      notice={fix.notice}
      query={query}
      none={t.none}
      caption={t.caption}
      columns={[t.school, t.stored, t.candidates, t.choose]}
    >
      {(conflicts) =>
        conflicts.map((conflict) => (
          <ConflictRow key={conflict.schoolId} conflict={conflict} onChoose={choose} />
        ))
      }
    </HealthListSection>
  );
}

function ConflictRow({
  conflict,
  onChoose,
}: {
  readonly conflict: KindConflict;
  readonly onChoose: (conflict: KindConflict, kind: SchoolKind) => Promise<void>;
}) {
  const id = useId();
  const choices = kindChoices(conflict.candidates) as SchoolKind[];
  const [choice, setChoice] = useState<SchoolKind>(conflict.kind);
  const [busy, setBusy] = useState(false);
  return (
    <tr>
      <th scope="row">
        <Link to={`/scholen/${encodeURIComponent(conflict.schoolId)}`}>{conflict.name}</Link>
        {conflict.vestigingscode ? <span className="muted"> ({conflict.vestigingscode})</span> : null}
      </th>
      <td>
        {kindLabel(conflict.kind)}
        {conflict.kindSource ? (
          <span className="muted"> ({t.storedSource[conflict.kindSource] ?? conflict.kindSource})</span>
        ) : null}
      </td>
      <td>
        <ul className="plain-list">
          {conflict.candidates.map((c, i) => (
            <li key={i}>{candidateLine(c)}</li>
          ))}
        </ul>
      </td>
      <td>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            setBusy(true);
            void onChoose(conflict, choice).finally(() => setBusy(false));
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-kind`}>
            {t.chooseFor(conflict.name)}
          </label>
          <select id={`${id}-kind`} value={choice} onChange={(e) => setChoice(e.target.value as SchoolKind)}>
            {choices.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t.save}
          </button>
        </form>
      </td>
    </tr>
  );
}
