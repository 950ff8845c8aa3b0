/** Every migration, in order. Add a new file here; never edit one that has shipped. */
import { Initial1732780800000 } from './1732780800000-initial';
import { QueryIndexes1795868241462 } from './1795868241462-query-indexes';
import { GeocodeCacheDetails1795869000000 } from './1795869000000-geocode-cache-details';
import { ReportJob1795870200000 } from './1795870200000-report-job';
import { AccountsAuditRls1795869020331 } from './1795869020331-accounts-audit-rls';
import { SourceDocumentText1795871500000 } from './1795871500000-source-document-text';
import { OidcSubject1795876777090 } from './1795876777090-oidc-subject';
import { LoginThrottle1796430000000 } from './1796430000000-login-throttle';
import { RegionDayOne1796430265298 } from './1796430265298-region-day-one';
import { DataVersion1797100000000 } from './1797100000000-data-version';
import { RuntimeRoleWall1797600000000 } from './1797600000000-runtime-role-wall';
import { JobQueue1797700000000 } from './1797700000000-job-queue';
import { RuntimeRoleJobQueue1797900000000 } from './1797900000000-runtime-role-job-queue';
import { JobCredential1798000000000 } from './1798000000000-job-credential';
import { SopDocumentDate1798100000000 } from './1798100000000-sop-document-date';
import { SchoolLocationSource1798200000000 } from './1798200000000-school-location-source';
import { SchoolKindConflict1798250000000 } from './1798250000000-school-kind-conflict';

export const MIGRATIONS = [
  Initial1732780800000,
  QueryIndexes1795868241462,
  GeocodeCacheDetails1795869000000,
  AccountsAuditRls1795869020331,
  ReportJob1795870200000,
  SourceDocumentText1795871500000,
  OidcSubject1795876777090,
  LoginThrottle1796430000000,
  RegionDayOne1796430265298,
  DataVersion1797100000000,
  RuntimeRoleWall1797600000000,
  JobQueue1797700000000,
  RuntimeRoleJobQueue1797900000000,
  JobCredential1798000000000,
  SopDocumentDate1798100000000,
  SchoolLocationSource1798200000000,
  SchoolKindConflict1798250000000,
];
