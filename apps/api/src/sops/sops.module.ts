import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SchoolsModule } from '../schools/schools.module';
import { SourceDocumentsModule } from '../source-documents/source-documents.module';
import { CatalogHistoryBySchoolLoader } from './catalog-history.loader';
import { SopExpertiseEntity } from './entities/sop-expertise.entity';
import { SopExtraOfferEntity } from './entities/sop-extra-offer.entity';
import { SopFacilityEntity } from './entities/sop-facility.entity';
import { SopHgwEntity } from './entities/sop-hgw.entity';
import { SopPartnerEntity } from './entities/sop-partner.entity';
import { SopWarningEntity } from './entities/sop-warning.entity';
import { SopEntity } from './sop.entity';
import { SopWriter } from './sop-writer';
import { SOP_LOADERS } from './sops.loaders';
import { SchoolSopsResolver, SopsResolver } from './sops.resolver';
import { SchoolDetailPrefetch } from './school-detail.prefetch';
import { SchoolSopDetailResolver } from './school-sop-detail.resolver';
import { SopSourceDocumentResolver } from './sop-source-document.resolver';
import { SopsService } from './sops.service';

@Module({
  imports: [
    SchoolsModule,
    SourceDocumentsModule,
    TypeOrmModule.forFeature([
      SopEntity,
      SopHgwEntity,
      SopExpertiseEntity,
      SopPartnerEntity,
      SopFacilityEntity,
      SopExtraOfferEntity,
      SopWarningEntity,
    ]),
  ],
  providers: [
    SopsService,
    SopWriter,
    SopsResolver,
    SchoolSopsResolver,
    SchoolSopDetailResolver,
    SopSourceDocumentResolver,
    SchoolDetailPrefetch,
    CatalogHistoryBySchoolLoader,
    ...SOP_LOADERS,
  ],
  exports: [SopsService, SopWriter],
})
export class SopsModule {}
