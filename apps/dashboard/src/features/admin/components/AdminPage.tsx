import { useState } from 'react';
import { Link, Navigate, NavLink, useParams } from 'react-router-dom';
import { LoadingState } from '../../../components/states';
import { BatchUploadSection } from '../../batch-upload/components/BatchUploadSection';
import { ImportQueueSection } from '../../import-queue/components/ImportQueueSection';
import { ReviewSection } from '../../review/components/ReviewSection';
import { DataHealthSection } from '../../data-health/components/DataHealthSection';
import { adminStrings as t } from '../strings.nl';
import { DuoUpload } from './DuoUpload';
import { FundingPanel } from './FundingPanel';
import { SopUpload } from './SopUpload';
import { StaffTokenForm, useStaffToken } from './StaffToken';
import { uploadAuth } from '../utils/upload';
import { useSession } from '../../account/hooks/useSession';
import { editorSchoolIds, isStaff, type SessionUser } from '../../account/utils/session';
import { AccountsSection } from '../../accounts-admin/components/AccountsSection';
import { MySchools } from '../../editor/components/MySchools';
import { type AdminSectionId, chosenSection, sectionsFor } from '../utils/sections';

/**
 * Beheer: one section per task (`/beheer/<section>`), as tabs above it; each role sees only its own sections,
 * its own work first (`utils/sections.ts`). A section the role may not see (a link from another account, or
 * after signing in) goes to the role's first section.
 */
export function AdminPage() {
  const { user } = useSession();
  const { section: asked } = useParams();
  if (user === undefined)
    return (
      <section className="page">
        <h1>{t.title}</h1>
        <LoadingState />
      </section>
    );
  const section = chosenSection(user, asked);
  if (asked !== section) return <Navigate to={`/beheer/${section}`} replace />;
  return (
    <section className="page">
      <h1>{t.title}</h1>
      <div className="admin">
        <nav className="admin__nav" aria-label={t.sections.nav}>
          <ul>
            {sectionsFor(user).map((id) => (
              <li key={id}>
                <NavLink className="admin__link" to={`/beheer/${id}`}>
                  {t.sections.labels[id]}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin__body">
          <AdminSection key={section} section={section} user={user} />
        </div>
      </div>
    </section>
  );
}

function AdminSection({
  section,
  user,
}: {
  readonly section: AdminSectionId;
  readonly user: SessionUser | null;
}) {
  const [token, setToken] = useStaffToken();
  const staff = isStaff(user);
  const auth = uploadAuth(staff, token);
  // Bumped after an upload or a match, so the lists in the same section load again.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const access = staff ? (
    <p className="state">{t.session(user?.email ?? '')}</p>
  ) : (
    <StaffTokenForm token={token} onChange={setToken} />
  );
  switch (section) {
    case 'mijn-school':
      return <MySchools schoolIds={editorSchoolIds(user)} />;
    case 'accounts':
      return <AccountsSection />;
    case 'inlezen':
      return (
        <>
          {access}
          <SopUpload auth={auth} onUploaded={changed} />
          <p className="muted">
            {t.sections.afterImport}{' '}
            {staff ? (
              <>
                <Link to="/beheer/te-koppelen">{t.sections.labels['te-koppelen']}</Link>
                {' · '}
              </>
            ) : null}
            <Link to="/beheer/beoordelen">{t.sections.labels.beoordelen}</Link>
          </p>
          <BatchUploadSection auth={auth} onFinished={changed} />
          <DuoUpload auth={auth} />
        </>
      );
    case 'te-koppelen':
      return <ImportQueueSection refreshKey={changes} onChanged={changed} />;
    case 'beoordelen':
      return <ReviewSection refreshKey={changes} />;
    case 'datakwaliteit':
      return <DataHealthSection refreshKey={changes} />;
    case 'bekostiging':
      return <FundingPanel staff={staff} />;
  }
}
