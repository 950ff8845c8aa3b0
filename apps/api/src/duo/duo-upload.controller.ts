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
import { AppConfig } from '../config/app-config';
import { SchoolPlacesService } from '../geocoding/school-places.service';
import { type DuoImportReport } from './duo-import.report';
import { DuoImportService } from './duo-import.service';

/** The part of multer's file object this endpoint reads. */
interface UploadedDuoFile {
  buffer: Buffer;
  originalname: string;
}

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
    private readonly places: SchoolPlacesService,
  ) {}

  /** After a DUO file: place the schools by address through PDOK in the background (the answer does not wait). */
  private placeInBackground(): void {
    if (!this.places.online) return;
    this.places.placeSchools().then(
      (r) =>
        this.logger.log(
          `ligging via PDOK: ${r.placed} van ${r.looked} geplaatst, ${r.werkgebiedFromAddress} werkgebied(en) uit wijk of gemeente`,
        ),
      (error: unknown) => this.logger.warn(`ligging via PDOK mislukt: ${String(error)}`),
    );
  }

  @Roles('swv-staff')
  @Post('duo')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Req() req: Request,
    @UploadedFile() file: UploadedDuoFile | undefined,
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
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').trim() || 'duo.csv';
    const report = await this.duo.import(file.buffer, {
      fileName,
      swv: swv === undefined || swv === '' ? undefined : swv.toLowerCase() === 'alle' ? null : swv,
      allowPartial: partial === 'true',
      importedBy: identity.kind === 'identified' ? identity.identity.subject : null,
    });
    this.placeInBackground();
    return report;
  }
}
