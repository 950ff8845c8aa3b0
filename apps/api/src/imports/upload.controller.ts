import {
  type ArgumentsHost,
  BadRequestException,
  type CallHandler,
  Catch,
  Controller,
  type ExceptionFilter,
  type ExecutionContext,
  HttpCode,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  Post,
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
import { type ImportResult } from './import-result';
import { SopImportService } from './sop-import.service';

/** Most files in one upload request. */
export const MAX_FILES_PER_UPLOAD = 20;
/** Room for multipart boundaries and headers next to the files themselves. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The part of multer's file object this endpoint reads (memory storage). */
interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

export interface UploadResponse {
  results: ImportResult[];
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Multer's limits (applied while streaming: a file above the limit is never buffered whole) in Dutch. */
@Catch(PayloadTooLargeException, BadRequestException)
@Injectable()
export class UploadErrorFilter implements ExceptionFilter {
  constructor(private readonly config: AppConfig) {}

  catch(exception: HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    const raw = exception.getResponse();
    const original = typeof raw === 'string' ? raw : (raw as { message?: unknown }).message;
    const message =
      original === 'File too large'
        ? `een bestand is groter dan het maximum van ${megabytes(this.config.uploadMaxBytes)}`
        : original === 'Too many files'
          ? `te veel bestanden in één upload (maximum ${MAX_FILES_PER_UPLOAD})`
          : original === 'Unexpected field'
            ? "bestanden horen in het multipart-veld 'file'"
            : original;
    res.status(status).json({ statusCode: status, message, results: [] });
  }
}

/** Rejects a request whose declared size cannot fit the allowed files, before multer reads its body. */
@Injectable()
export class DeclaredSizeInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const declared = Number(req.headers['content-length'] ?? NaN);
    const limit = this.config.uploadMaxBytes * MAX_FILES_PER_UPLOAD + MULTIPART_OVERHEAD_BYTES;
    if (Number.isFinite(declared) && declared > limit) {
      throw new PayloadTooLargeException(
        `de upload is ${megabytes(declared)}; het maximum is ${MAX_FILES_PER_UPLOAD} bestanden van ${megabytes(this.config.uploadMaxBytes)}`,
      );
    }
    return next.handle();
  }
}

/**
 * `POST /api/uploads/sop`: multipart, field `file` (one or more SOP documents: PDF, DOCX or text). Each file is
 * imported on its own (all-or-nothing per file) and reported as `imported`, `duplicate` or `failed`. When no file
 * succeeds the status is 400 (413 when the first failure is a file above the size limit).
 */
@Controller('api/uploads')
export class UploadController {
  constructor(
    private readonly imports: SopImportService,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff')
  @Post('sop')
  @HttpCode(HttpStatus.OK)
  @UseFilters(UploadErrorFilter)
  @UseInterceptors(DeclaredSizeInterceptor, FilesInterceptor('file', MAX_FILES_PER_UPLOAD))
  async upload(
    @Req() req: Request,
    @UploadedFiles() files: UploadedFile[] | undefined,
  ): Promise<UploadResponse> {
    if (!files || files.length === 0) {
      throw new BadRequestException("geen bestand ontvangen: stuur multipart/form-data met het veld 'file'");
    }
    const identity = identify(req, this.config);
    const importedBy = identity.kind === 'identified' ? identity.identity.label : null;
    const credential = identity.kind === 'identified' ? identity.identity.credential : null;
    const results: ImportResult[] = [];
    for (const file of files) {
      results.push(
        await this.imports.importDocument(file.buffer, { fileName: fileNameOf(file), importedBy, credential }),
      );
    }
    const firstFailure = results.find((r) => r.status === 'failed');
    if (firstFailure && results.every((r) => r.status === 'failed')) {
      const status =
        firstFailure.error?.code === 'too-large' ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
      throw new HttpException(
        { statusCode: status, message: firstFailure.error?.message ?? 'import mislukt', results },
        status,
      );
    }
    return { results };
  }
}

/** Multer gives the client's file name as Latin-1; browsers send UTF-8. */
function fileNameOf(file: UploadedFile): string {
  const name = Buffer.from(file.originalname, 'latin1').toString('utf8');
  return name.trim() === '' ? 'upload' : name;
}
