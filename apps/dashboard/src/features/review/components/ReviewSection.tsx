import { useId, useState } from 'react';
import { useSession } from '../../account/hooks/useSession';
import { isStaff } from '../../account/utils/session';
import { reviewStrings as t } from '../strings.nl';
import { DraftList } from './DraftList';
import { DraftReview } from './DraftReview';

/** Beheer: the drafts waiting for review, and one opened beside its source text (staff accounts only). */
export function ReviewSection({ refreshKey }: { readonly refreshKey: number }) {
  const id = useId();
  const { user } = useSession();
  const [openSopId, setOpenSopId] = useState<string | null>(null);
  const [listKey, setListKey] = useState(0);
  return (
    <section className="sop-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {!isStaff(user ?? null) ? (
        <p className="state">{t.needLogin}</p>
      ) : openSopId !== null ? (
        <DraftReview
          key={openSopId}
          sopId={openSopId}
          onOpen={setOpenSopId}
          onClose={() => {
            setOpenSopId(null);
            setListKey((n) => n + 1);
          }}
        />
      ) : (
        <DraftList refreshKey={refreshKey + listKey} onOpen={setOpenSopId} />
      )}
    </section>
  );
}
