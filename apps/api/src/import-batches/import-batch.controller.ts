import { promises as fs } from 'node:fs';
import {
  type ArgumentsHost,
  BadRequestException,
  type CallHandler,
  Catch,
  Controller,
  type ExceptionFilter,
  type ExecutionContext,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  Param,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  UploadedFiles,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { type Request, type Response } from 'express';
import { type Observable } from 'rxjs';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import { AppConfig } from '../config/app-config';
import { AppError } from '../common/errors/app-error';
import {
  BATCH_MAX_FILES,
  type BatchSource,
  BatchUploadError,
  type ImportBatchSummary,
  type ImportBatchView,
  ImportBatchesService,
} from './import-batches.service';
import { ZipRefusedError } from './zip-entries';

/** Room for multipart boundaries and headers next to the files themselves. */
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

/** The part of multer's file object (disk storage) this endpoint reads. */
interface UploadedBatchFile {
  originalname: string;
  path: string;
  size: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Multer's limits for batch uploads, in Dutch. */
@Catch(PayloadTooLargeException, BadRequestException)
@Injectable()
export class BatchUploadErrorFilter implements ExceptionFilter {
  constructor(private readonly config: AppConfig) {}

  catch(exception: HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const raw = exception.getResponse();
    const original = typeof raw === 'string' ? raw : (raw as { message?: unknown }).message;
    // Nest words multer's errors as `<message>` or `<message> - <field>`; Nest makes too many files a 400, but like
    // too many documents in a ZIP it is a batch beyond its cap (413), never an invitation to send it again.
    const text = typeof original === 'string' ? original : '';
    const tooMany = /^Too many files/.test(text);
    const status = tooMany ? HttpStatus.PAYLOAD_TOO_LARGE : exception.getStatus();
    const message =
      text === 'File too large'
        ? `een bestand is groter dan het maximum van een upload (${megabytes(this.config.batchMaxBytes)})`
        : tooMany
          ? `te veel bestanden in één upload (maximum ${BATCH_MAX_FILES})`
          : /^Unexpected (file )?field/.test(text)
            ? "bestanden horen in het multipart-veld 'file'"
            : original;
    res.status(status).json({ ...(typeof raw === 'object' ? raw : {}), statusCode: status, message });
  }
}

/** Refuses a request whose declared size is above the batch limit before multer reads its body. */
@Injectable()
export class BatchDeclaredSizeInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > this.config.batchMaxBytes + MULTIPART_OVERHEAD_BYTES) {
      throw new PayloadTooLargeException(
        `de upload is ${megabytes(declared)}; het maximum is ${megabytes(this.config.batchMaxBytes)}`,
      );
    }
    return next.handle();
  }
}

/** Multer gives the client's file name as Latin-1; browsers send UTF-8. */
function fileNameOf(file: UploadedBatchFile): string {
  const name = Buffer.from(file.originalname, 'latin1').toString('utf8').trim();
  return name === '' ? 'upload' : name;
}

/**
 * Batch uploads from Beheer. `POST /api/uploads/sop-batch`: multipart field `file`, one or more SOP documents and/or
 * ZIP files (a folder is sent as its files). Files stream to temporary files (multer disk storage, never the whole
 * upload in memory), are stored in PostgreSQL in one transaction with a job per document, and the answer (202) is the
 * batch; the documents are read in the background. The caps of `/api/uploads/*` (uploads in progress per caller and
 * in total, `UploadSlotsInterceptor`) apply here too, besides open batches per account, documents per batch and bytes
 * per batch. `GET /api/import-batches[/:id]`: progress and per-file outcomes.
 */
@Controller()
export class ImportBatchController {
  constructor(
    private readonly batches: ImportBatchesService,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff')
  @Post('api/uploads/sop-batch')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseFilters(BatchUploadErrorFilter)
  // No count of its own: the module's multer limit (BATCH_MAX_FILES files) answers the 501st file with "Too many
  // files"; a count here would call it "Unexpected field" (a wrong field name) instead.
  @UseInterceptors(BatchDeclaredSizeInterceptor, FilesInterceptor('file'))
  async upload(
    @Req() req: Request,
    @UploadedFiles() files: UploadedBatchFile[] | undefined,
  ): Promise<ImportBatchView> {
    try {
      if (!files || files.length === 0) {
        throw new BadRequestException({
          statusCode: 400,
          message: "geen bestand ontvangen: stuur multipart/form-data met het veld 'file'",
        });
      }
      const identity = identify(req, this.config);
      // the guard let only staff in; the batch's jobs act as this caller
      if (identity.kind !== 'identified') throw new BatchUploadError(403, 'niet aangemeld');
      const sources: BatchSource[] = files.map((f) => ({ name: fileNameOf(f), path: f.path, size: f.size }));
      return await this.batches.create(sources, identity.identity);
    } catch (error) {
      if (error instanceof ZipRefusedError) {
        const status = error.tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        throw new HttpException({ statusCode: status, code: 'ZIP_REFUSED', message: error.message }, status);
      }
      if (error instanceof BatchUploadError) {
        throw new HttpException({ statusCode: error.status, message: error.message }, error.status);
      }
      throw error;
    } finally {
      await Promise.all((files ?? []).map((f) => fs.rm(f.path, { force: true })));
    }
  }

  @Roles('swv-staff')
  @Get('api/import-batches')
  async recent(@Query('limit') limit: unknown): Promise<{ batches: ImportBatchSummary[] }> {
    const n = limit === undefined ? 5 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 50)
      throw new AppError('BAD_USER_INPUT', 'limit', 'limit moet een geheel getal van 1 tot 50 zijn');
    return { batches: await this.batches.recent(n) };
  }

  @Roles('swv-staff')
  @Get('api/import-batches/:id')
  async find(@Param('id') id: string): Promise<ImportBatchView> {
    const batch = await this.batches.find(id);
    if (batch === null) throw new AppError('NOT_FOUND', 'id', `upload '${id}' bestaat niet`);
    return batch;
  }
}
