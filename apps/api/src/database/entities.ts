/** Every TypeORM entity, listed explicitly (no globs): the schema-drift check compares exactly these. */
import { UserAccountSchoolEntity } from '../accounts/user-account-school.entity';
import { UserAccountEntity } from '../accounts/user-account.entity';
import { UserSessionEntity } from '../accounts/user-session.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { FundingParameterEntity } from '../funding/funding-parameter.entity';
import { GeocodeCacheEntity } from '../geocoding/geocode-cache.entity';
import { ImportBatchFileEntity } from '../import-batches/import-batch-file.entity';
import { ImportBatchEntity } from '../import-batches/import-batch.entity';
import { SchoolMatchEntity } from '../imports/school-match.entity';
import { SwvSettingEntity } from '../imports/swv-setting.entity';
import { SourceDocumentTextEntity } from '../imports/source-document-text.entity';
import { ReportJobEntity } from '../reports/report-job.entity';
import { PupilCountEntity } from '../schools/pupil-count.entity';
import { SchoolEntity } from '../schools/school.entity';
import { WerkgebiedEntity } from '../schools/werkgebied.entity';
import { SopExpertiseEntity } from '../sops/entities/sop-expertise.entity';
import { SopExtraOfferEntity } from '../sops/entities/sop-extra-offer.entity';
import { SopFacilityEntity } from '../sops/entities/sop-facility.entity';
import { SopHgwEntity } from '../sops/entities/sop-hgw.entity';
import { SopPartnerEntity } from '../sops/entities/sop-partner.entity';
import { SopWarningEntity } from '../sops/entities/sop-warning.entity';
import { SopEntity } from '../sops/sop.entity';
import { SourceDocumentEntity } from '../source-documents/source-document.entity';

export const ENTITIES = [
  WerkgebiedEntity,
  SchoolEntity,
  PupilCountEntity,
  SourceDocumentEntity,
  SourceDocumentTextEntity,
  SopEntity,
  SopHgwEntity,
  SopExpertiseEntity,
  SopPartnerEntity,
  SopFacilityEntity,
  SopExtraOfferEntity,
  SopWarningEntity,
  FundingParameterEntity,
  GeocodeCacheEntity,
  UserAccountEntity,
  UserAccountSchoolEntity,
  UserSessionEntity,
  AuditEventEntity,
  ReportJobEntity,
  SchoolMatchEntity,
  SwvSettingEntity,
  ImportBatchEntity,
  ImportBatchFileEntity,
];
