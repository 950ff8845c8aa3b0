import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config';
import { GeocodingModule } from '../geocoding/geocoding.module';
import { SourceDocumentsModule } from '../source-documents/source-documents.module';
import { DuoImportService } from './duo-import.service';
import { DuoUploadController } from './duo-upload.controller';

/** DUO register and pupil-count import: service (also used by the CLI) and the staff upload endpoint. */
@Module({
  imports: [
    SourceDocumentsModule,
    GeocodingModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      // Memory storage; multer stops a file at the limit while streaming.
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [DuoUploadController],
  providers: [DuoImportService],
  exports: [DuoImportService],
})
export class DuoModule {}
