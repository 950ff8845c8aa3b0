import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { uploadOptions } from '../common/uploads/upload-files';
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
      // The file streams to a temporary file, stopped at the size limit (see upload-files.ts).
      useFactory: (config: AppConfig) => uploadOptions(config, 1, 5),
    }),
  ],
  controllers: [DuoUploadController],
  providers: [DuoImportService],
  exports: [DuoImportService],
})
export class DuoModule {}
