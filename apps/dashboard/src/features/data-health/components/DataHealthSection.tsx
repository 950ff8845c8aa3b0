import { WERKGEBIEDEN } from '@sop-atlas/sop-model';
import { lazy, Suspense, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadingState } from '../../../components/states';
import {
  type PlaceIssue,
  setSchoolLocation,
  setSchoolWerkgebied,
  useSchoolPlaceIssuesQuery,
} from '../hooks/useDataHealth';
import { dataHealthStrings as t } from '../strings.nl';
import { formatDegrees, parseDegrees, REGION_CENTRE } from '../utils/data-health';
import { HealthListSection, useSchoolFix } from './HealthListSection';
import { KindConflictsSection } from './KindConflictsSection';
import { type Point } from './PinMap';

const PinMap = lazy(() => import('./PinMap'));

/**
 * Beheer (staff): schools without werkgebied or coordinates, or with an estimated werkgebied, each with its fix;
 * then the schools whose kind is in doubt between DUO files.
 */
export function DataHealthSection({ refreshKey = 0 }: { readonly refreshKey?: number }) {
  return (
    <>
      <PlaceIssuesSection refreshKey={refreshKey} />
      <KindConflictsSection refreshKey={refreshKey} />
    </>
  );
}

function PlaceIssuesSection({ refreshKey }: { readonly refreshKey: number }) {
  const query = useSchoolPlaceIssuesQuery(refreshKey);
  const fix = useSchoolFix();
  const [pinFor, setPinFor] = useState<string | null>(null);

  const run = (school: string, action: () => Promise<void>): Promise<boolean> =>
    fix.run(school, action).then((saved) => {
      if (saved) setPinFor(null);
      return saved;
    });

  return (
    <HealthListSection
      title={t.title}
      intro={t.intro}
      notice={fix.notice}
      query={query}
      none={t.none}
      caption={t.caption}
      columns={[t.school, t.address, t.problem, t.fix]}
    >
      {(issues) =>
        issues.map((issue) => (
          <IssueRow
            key={issue.schoolId}
            issue={issue}
            pinOpen={pinFor === issue.schoolId}
            onPin={() => setPinFor(pinFor === issue.schoolId ? null : issue.schoolId)}
            onRun={run}
          />
        ))
      }
    </HealthListSection>
  );
}

function IssueRow({
  issue,
  pinOpen,
  onPin,
  onRun,
}: {
  readonly issue: PlaceIssue;
  readonly pinOpen: boolean;
  readonly onPin: () => void;
  readonly onRun: (school: string, action: () => Promise<void>) => Promise<boolean>;
}) {
  const id = useId();
  const [choice, setChoice] = useState(issue.werkgebiedCode ?? '');
  const [busy, setBusy] = useState(false);
  const estimated = issue.problems.includes('ESTIMATED_WERKGEBIED');
  const needsArea = issue.problems.includes('NO_WERKGEBIED') || estimated;
  const act = (action: () => Promise<void>) => {
    setBusy(true);
    void onRun(issue.name, action).finally(() => setBusy(false));
  };
  return (
    <>
      <tr>
        <th scope="row">
          <Link to={`/scholen/${encodeURIComponent(issue.schoolId)}`}>{issue.name}</Link>
        </th>
        <td>{issue.address ?? '–'}</td>
        <td>
          <ul className="plain-list">
            {issue.problems.map((p) => (
              <li key={p}>{t.problems[p] ?? p}</li>
            ))}
          </ul>
        </td>
        <td>
          <div className="filters">
            {needsArea ? (
              <form
                className="filters"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (choice !== '') act(() => setSchoolWerkgebied(issue.schoolId, choice));
                }}
              >
                <label className="visually-hidden" htmlFor={`${id}-area`}>
                  {t.werkgebied(issue.name)}
                </label>
                <select id={`${id}-area`} value={choice} onChange={(e) => setChoice(e.target.value)}>
                  <option value="">{t.choose}</option>
                  {WERKGEBIEDEN.map((w) => (
                    <option key={w.code} value={w.code}>
                      {w.name}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button button--secondary" disabled={busy || choice === ''}>
                  {estimated && choice === issue.werkgebiedCode ? t.confirmWerkgebied : t.saveWerkgebied}
                </button>
              </form>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={pinOpen}
              onClick={onPin}
            >
              {t.pin}
            </button>
          </div>
        </td>
      </tr>
      {pinOpen ? (
        <tr>
          <td colSpan={4}>
            <PinEditor
              issue={issue}
              busy={busy}
              onSave={(p) => act(() => setSchoolLocation(issue.schoolId, p.latitude, p.longitude))}
              onCancel={onPin}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function PinEditor({
  issue,
  busy,
  onSave,
  onCancel,
}: {
  readonly issue: PlaceIssue;
  readonly busy: boolean;
  readonly onSave: (point: Point) => void;
  readonly onCancel: () => void;
}) {
  const id = useId();
  const known =
    issue.latitude !== null &&
    issue.latitude !== undefined &&
    issue.longitude !== null &&
    issue.longitude !== undefined
      ? { latitude: issue.latitude, longitude: issue.longitude }
      : null;
  const [lat, setLat] = useState(known ? formatDegrees(known.latitude) : '');
  const [lon, setLon] = useState(known ? formatDegrees(known.longitude) : '');
  const [error, setError] = useState<string | null>(null);
  const latitude = parseDegrees(lat);
  const longitude = parseDegrees(lon);
  const pin = latitude !== null && longitude !== null ? { latitude, longitude } : null;
  return (
    <form
      className="pin-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (latitude === null) return setError(t.badCoordinate(t.latitude));
        if (longitude === null) return setError(t.badCoordinate(t.longitude));
        setError(null);
        onSave({ latitude, longitude });
      }}
    >
      <h3 id={`${id}-title`}>{t.pinTitle(issue.name)}</h3>
      <p className="muted">{t.pinHelp}</p>
      <Suspense fallback={<LoadingState />}>
        <PinMap
          start={known ?? REGION_CENTRE}
          pin={pin}
          onPick={(p) => {
            setLat(formatDegrees(p.latitude));
            setLon(formatDegrees(p.longitude));
          }}
        />
      </Suspense>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-lat`}>{t.latitude}</label>
          <input id={`${id}-lat`} inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lon`}>{t.longitude}</label>
          <input id={`${id}-lon`} inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t.savePin}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
      {error ? (
        <p className="state state--error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
