import fs from 'node:fs';
import {
  BadRequestException,
  type CallHandler,
  Catch,
  Controller,
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
import { type Request } from 'express';
import { type Observable } from 'rxjs';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import {
  clientFileName,
  declaredSizeProblem,
  MAX_FILES_PER_UPLOAD,
  RemoveUploadedFilesInterceptor,
  UploadErrorFilterBase,
  type UploadedTempFile,
} from '../common/uploads/upload-files';
import { AppConfig } from '../config/app-config';
import { type ImportResult } from './import-result';
import { SopImportService } from './sop-import.service';

export { MAX_FILES_PER_UPLOAD };

export interface UploadResponse {
  results: ImportResult[];
}

/** Multer's limits (applied while streaming: a file above the limit is never stored whole) in Dutch. */
@Catch(PayloadTooLargeException, BadRequestException)
@Injectable()
export class UploadErrorFilter extends UploadErrorFilterBase {
  protected readonly emptyBody = { results: [] };
  protected readonly maxFiles = MAX_FILES_PER_UPLOAD;

  constructor(config: AppConfig) {
    super(config);
  }
}

/** Rejects a request whose declared size cannot fit the allowed files, before multer reads its body. */
@Injectable()
export class DeclaredSizeInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const problem = declaredSizeProblem(
      context.switchToHttp().getRequest<Request>(),
      this.config,
      MAX_FILES_PER_UPLOAD,
    );
    if (problem !== null) throw new PayloadTooLargeException(problem);
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
  @UseInterceptors(
    DeclaredSizeInterceptor,
    RemoveUploadedFilesInterceptor,
    FilesInterceptor('file', MAX_FILES_PER_UPLOAD),
  )
  async upload(
    @Req() req: Request,
    @UploadedFiles() files: UploadedTempFile[] | undefined,
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
        // one file in memory at a time; the rest wait on disk
        await this.imports.importDocument(await fs.promises.readFile(file.path), {
          fileName: clientFileName(file, 'upload'),
          importedBy,
          credential,
        }),
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
