/**
 * Every GraphQL resolver class. `emit-schema` builds `schema.gql` from this list without a database; a test checks
 * that the running app's schema is the same, so a resolver added to a module but not here fails CI.
 */
import { CompareResolver } from './compare/compare.resolver';
import { FundingResolver } from './funding/funding.resolver';
import { HealthResolver } from './health/health.resolver';
import { RegionOverviewResolver } from './region-overview/region-overview.resolver';
import { SchoolsResolver } from './schools/schools.resolver';
import { SchoolSopsResolver, SopsResolver } from './sops/sops.resolver';
import { SopSourceDocumentResolver } from './source-documents/source-documents.resolver';

export const RESOLVERS = [
  HealthResolver,
  SchoolsResolver,
  SopsResolver,
  SchoolSopsResolver,
  SopSourceDocumentResolver,
  FundingResolver,
  CompareResolver,
  RegionOverviewResolver,
];
