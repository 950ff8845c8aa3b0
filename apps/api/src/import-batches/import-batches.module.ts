import os from 'node:os';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { AppConfig } from '../config/app-config';
import { ImportsModule } from '../imports/imports.module';
import { ImportBatchController } from './import-batch.controller';
import { BATCH_MAX_FILES, ImportBatchesService } from './import-batches.service';

/** Batch uploads of SOP documents (files, a folder, ZIPs) read by background jobs, with per-file outcomes. */
@Module({
  imports: [
    ImportsModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      // Disk storage: a large ZIP is never held in memory; the files are removed after the batch is stored.
      useFactory: (config: AppConfig) => ({
        storage: diskStorage({ destination: os.tmpdir() }),
        limits: { fileSize: config.batchMaxBytes, files: BATCH_MAX_FILES, fields: 10 },
      }),
    }),
  ],
  controllers: [ImportBatchController],
  providers: [ImportBatchesService],
})
export class ImportBatchesModule {}
