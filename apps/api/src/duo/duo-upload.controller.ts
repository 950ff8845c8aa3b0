import fs from 'node:fs';
import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Logger,
  Post,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Request } from 'express';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import {
  clientFileName,
  RemoveUploadedFilesInterceptor,
  type UploadedTempFile,
} from '../common/uploads/upload-files';
import { AppConfig } from '../config/app-config';
import { PlaceSchoolsJob } from '../geocoding/place-schools.job';
import { type DuoImportReport } from './duo-import.report';
import { DuoImportService } from './duo-import.service';

/** Optional multipart text fields next to `file`. */
interface DuoUploadFields {
  swv?: string;
  partial?: string;
}

/**
 * `POST /api/uploads/duo`: multipart field `file` (a DUO register or pupil-count CSV), optional fields `swv`
 * (default `PO2815`; `alle` keeps every row) and `partial` (`true`: import the valid rows, list the rejected).
 * 200 with the import report; 400 with `problems` (line, column, message) when nothing was imported; 413 above
 * `UPLOAD_MAX_BYTES`.
 */
@Controller('api/uploads')
export class DuoUploadController {
  private readonly logger = new Logger('DuoUpload');

  constructor(
    private readonly duo: DuoImportService,
    private readonly config: AppConfig,
    private readonly places: PlaceSchoolsJob,
  ) {}

  /**
   * After a DUO file: place the schools by address through PDOK as background jobs (any replica runs them; the
   * answer does not wait).
   */
  private async placeInBackground(): Promise<void> {
    try {
      await this.places.placeAll();
    } catch (error) {
      this.logger.warn(`ligging via PDOK niet in de wachtrij gezet: ${String(error)}`);
    }
  }

  @Roles('swv-staff')
  @Post('duo')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(RemoveUploadedFilesInterceptor, FileInterceptor('file'))
  async upload(
    @Req() req: Request,
    @UploadedFile() file: UploadedTempFile | undefined,
    @Body() fields: DuoUploadFields,
  ): Promise<DuoImportReport> {
    if (file === undefined) {
      throw new BadRequestException({
        statusCode: 400,
        message: "geen bestand ontvangen: stuur multipart/form-data met het veld 'file'",
        problems: [],
      });
    }
    const partial = fields.partial?.trim().toLowerCase();
    if (partial !== undefined && partial !== '' && partial !== 'true' && partial !== 'false') {
      throw new BadRequestException({
        statusCode: 400,
        message: `veld 'partial' moet true of false zijn, niet '${fields.partial ?? ''}'`,
        problems: [],
      });
    }
    const swv = fields.swv?.trim();
    const identity = identify(req, this.config);
    const fileName = clientFileName(file, 'duo.csv');
    const report = await this.duo.import(await fs.promises.readFile(file.path), {
      fileName,
      swv: swv === undefined || swv === '' ? undefined : swv.toLowerCase() === 'alle' ? null : swv,
      allowPartial: partial === 'true',
      importedBy: identity.kind === 'identified' ? identity.identity.subject : null,
    });
    await this.placeInBackground();
    return report;
  }
}
