/**
 * Every GraphQL resolver class. `emit-schema` builds `schema.gql` from this list without a database; a test checks
 * that the running app's schema is the same, so a resolver added to a module but not here fails CI.
 */
import { EditingResolver } from './editing/editing.resolver';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CompareResolver } from './compare/compare.resolver';
import { DataHealthResolver } from './data-health/data-health.resolver';
import { KindConflictsResolver } from './data-health/kind-conflicts.resolver';
import { SchoolDemoResolver } from './demo/school-demo.resolver';
import { SchoolFundingResolver, SopFundingResolver } from './funding/funding-fields.resolver';
import { FundingResolver } from './funding/funding.resolver';
import { HealthResolver } from './health/health.resolver';
import { SopReviewResolver } from './imports/review.resolver';
import { SchoolMatchResolver } from './imports/school-match.resolver';
import { PublishingResolver } from './imports/publishing.resolver';
import { RegionOverviewResolver } from './region-overview/region-overview.resolver';
import { WerkgebiedenResolver } from './region/werkgebieden.resolver';
import { SchoolsResolver } from './schools/schools.resolver';
import { SchoolSopDetailResolver } from './sops/school-sop-detail.resolver';
import { SchoolSopsResolver, SopsResolver } from './sops/sops.resolver';
import { SopSourceDocumentResolver } from './sops/sop-source-document.resolver';

export const RESOLVERS = [
  EditingResolver,
  AccountsResolver,
  AuditResolver,
  HealthResolver,
  SchoolsResolver,
  SopsResolver,
  SchoolSopsResolver,
  SchoolSopDetailResolver,
  SopSourceDocumentResolver,
  FundingResolver,
  CompareResolver,
  RegionOverviewResolver,
  WerkgebiedenResolver,
  DataHealthResolver,
  KindConflictsResolver,
  SchoolFundingResolver,
  SopFundingResolver,
  SchoolDemoResolver,
  SopReviewResolver,
  SchoolMatchResolver,
  PublishingResolver,
];
