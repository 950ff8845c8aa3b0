import { useState } from 'react';
import { BatchUploadSection } from '../../batch-upload/components/BatchUploadSection';
import { ImportQueueSection } from '../../import-queue/components/ImportQueueSection';
import { ReviewSection } from '../../review/components/ReviewSection';
import { DataHealthSection } from '../../data-health/components/DataHealthSection';
import { PUBLISHED_FUNDING_2017_2018 } from '@sop-atlas/sop-model';
import { ChartFrame, toChartTable, type ChartCategory } from '../../../components/charts';
import { LineChart } from '../../../components/charts/LineChart';
import { formatEuro } from '../../../utils/format';
import { useFundingParametersQuery } from '../hooks/useFundingParametersQuery';
import { adminStrings as t } from '../strings.nl';
import { DuoUpload } from './DuoUpload';
import { FundingParametersForm } from './FundingParametersForm';
import { SopUpload } from './SopUpload';
import { StaffTokenForm, useStaffToken } from './StaffToken';
import { uploadAuth } from '../utils/upload';
import { useSession } from '../../account/hooks/useSession';
import { editorSchoolIds, isAdmin, isStaff } from '../../account/utils/session';
import { AccountsSection } from '../../accounts-admin/components/AccountsSection';
import { MySchools } from '../../editor/components/MySchools';
import { EXAMPLE_PUPILS, type FundingDatum, fundingSeries } from '../utils/funding-chart';

const CHART_CATEGORIES: readonly ChartCategory<FundingDatum>[] = [
  { key: 'perPupil', label: t.funding.perPupil, color: 'blue' },
];
const TABLE_CATEGORIES: readonly ChartCategory<FundingDatum>[] = [
  ...CHART_CATEGORIES,
  { key: 'basePerLocation', label: t.funding.base },
  { key: 'example', label: t.funding.example(EXAMPLE_PUPILS) },
];

export function AdminPage() {
  const query = useFundingParametersQuery();
  const data = query.status === 'success' ? fundingSeries(query.data) : [];
  const euro = (v: number) => formatEuro(v);
  const [token, setToken] = useStaffToken();
  const { user } = useSession();
  const staff = isStaff(user ?? null);
  const auth = uploadAuth(staff, token);
  const [uploads, setUploads] = useState(0);
  const editor = (user?.roles ?? []).includes('school-editor');
  // Uploads and review are staff work: shown to staff, and to visitors who may sign in or use the staff code.
  const staffWork = staff || !user;
  return (
    <section className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {editor ? <MySchools schoolIds={editorSchoolIds(user ?? null)} /> : null}
      <p className="state">
        {t.funding.published(
          formatEuro(PUBLISHED_FUNDING_2017_2018.basePerLocation),
          formatEuro(PUBLISHED_FUNDING_2017_2018.perPupil),
          PUBLISHED_FUNDING_2017_2018.note,
        )}
      </p>
      <ChartFrame
        title={t.funding.title}
        description={t.funding.description(EXAMPLE_PUPILS)}
        unit={t.funding.unit}
        status={
          query.status === 'loading'
            ? { kind: 'loading' }
            : query.status === 'error'
              ? { kind: 'error', message: query.error.message, onRetry: query.refetch }
              : data.length === 0
                ? { kind: 'empty', message: t.funding.empty }
                : { kind: 'ready' }
        }
        table={toChartTable({
          data,
          index: 'year',
          indexLabel: t.funding.index,
          categories: TABLE_CATEGORIES,
          valueFormatter: euro,
        })}
      >
        <LineChart data={data} index="year" categories={CHART_CATEGORIES} valueFormatter={euro} />
      </ChartFrame>
      {staff && query.status === 'success' ? (
        <FundingParametersForm rows={query.data} onSaved={query.refetch} />
      ) : null}
      {staffWork ? (
        <>
          {staff ? (
            <p className="state">{t.session(user?.email ?? '')}</p>
          ) : (
            <StaffTokenForm token={token} onChange={setToken} />
          )}
          <SopUpload auth={auth} onUploaded={() => setUploads((n) => n + 1)} />
          <BatchUploadSection auth={auth} onFinished={() => setUploads((n) => n + 1)} />
          {staff ? (
            <ImportQueueSection refreshKey={uploads} onChanged={() => setUploads((n) => n + 1)} />
          ) : null}
          <ReviewSection refreshKey={uploads} />
          <DataHealthSection refreshKey={uploads} />
          <DuoUpload auth={auth} />
        </>
      ) : (
        <p className="muted">{t.staffOnly}</p>
      )}
      {isAdmin(user ?? null) ? <AccountsSection /> : null}
    </section>
  );
}
