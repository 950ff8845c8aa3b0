import { useId, useState } from 'react';
import { useSession } from '../../account/hooks/useSession';
import { accountsAdminStrings as t } from '../strings.nl';
import { AccountsTable } from './AccountsTable';
import { NewAccountForm } from './NewAccountForm';

/** Beheer: every account (admins only; the page mounts this for admins) and "Nieuw account". */
export function AccountsSection() {
  const id = useId();
  const { user } = useSession();
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <section className="sop-section accounts-admin" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <AccountsTable refreshKey={refreshKey} selfId={user?.id ?? null} />
      <NewAccountForm onCreated={() => setRefreshKey((n) => n + 1)} />
    </section>
  );
}
