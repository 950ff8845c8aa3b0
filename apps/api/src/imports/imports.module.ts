import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { SchoolsModule } from '../schools/schools.module';
import { SopsModule } from '../sops/sops.module';
import { SourceDocumentsModule } from '../source-documents/source-documents.module';
import { SopReviewResolver } from './review.resolver';
import { SopReviewService } from './review.service';
import { PublishingResolver } from './publishing.resolver';
import { SchoolMatchResolver } from './school-match.resolver';
import { SchoolMatchService } from './school-match.service';
import { SopImportService } from './sop-import.service';
import { SourceDocumentTextEntity } from './source-document-text.entity';
import { MAX_FILES_PER_UPLOAD, uploadOptions } from '../common/uploads/upload-files';
import { UploadController } from './upload.controller';

/** SOP import (upload endpoint), and staff review of drafts: corrections and publishing. */
@Module({
  imports: [
    SchoolsModule,
    SopsModule,
    SourceDocumentsModule,
    TypeOrmModule.forFeature([SourceDocumentTextEntity]),
    MulterModule.registerAsync({
      inject: [AppConfig],
      // Files stream to temporary files, each stopped at the size limit (see upload-files.ts).
      useFactory: (config: AppConfig) => uploadOptions(config, MAX_FILES_PER_UPLOAD, 10),
    }),
  ],
  controllers: [UploadController],
  providers: [
    SopImportService,
    SopReviewService,
    SopReviewResolver,
    SchoolMatchService,
    SchoolMatchResolver,
    PublishingResolver,
  ],
  exports: [SopImportService, SchoolMatchService],
})
export class ImportsModule {}
