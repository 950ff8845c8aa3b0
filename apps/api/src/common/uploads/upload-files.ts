import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type ArgumentsHost,
  type CallHandler,
  type ExceptionFilter,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { type MulterModuleOptions } from '@nestjs/platform-express';
import { type Request, type Response } from 'express';
import { finalize, type Observable } from 'rxjs';
import { type AppConfig } from '../../config/app-config';

/** Most files in one SOP upload request. */
export const MAX_FILES_PER_UPLOAD = 20;
/** Room for multipart boundaries and headers next to the files themselves. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** An uploaded file as multer's disk storage leaves it: on disk, never whole in memory. */
export interface UploadedTempFile {
  originalname: string;
  /** The temporary file; removed when the request is done (`RemoveUploadedFilesInterceptor`). */
  path: string;
  size: number;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where uploads wait while they are read: a folder of this process under the system's temporary folder. */
export const UPLOAD_TEMP_DIR = path.join(os.tmpdir(), `sop-atlas-uploads-${process.pid}`);

/**
 * Multer options of an upload route: files stream to `UPLOAD_TEMP_DIR` (random names), a file is stopped at
 * `UPLOAD_MAX_BYTES` while it streams, and on a refused upload multer removes what it wrote.
 */
export function uploadOptions(config: AppConfig, files: number, fields: number): MulterModuleOptions {
  fs.mkdirSync(UPLOAD_TEMP_DIR, { recursive: true, mode: 0o700 });
  return { dest: UPLOAD_TEMP_DIR, limits: { fileSize: config.uploadMaxBytes, files, fields } };
}

/** The client's file name: multer gives it as Latin-1 while browsers send UTF-8. */
export function clientFileName(file: Pick<UploadedTempFile, 'originalname'>, fallback: string): string {
  const name = Buffer.from(file.originalname, 'latin1').toString('utf8').trim();
  return name === '' ? fallback : name;
}

/**
 * Removes the request's temporary files once the handler is done, whatever happened: success, a refused file, an
 * exception, or a client that went away. Put it before the multer interceptor (it then wraps it).
 */
@Injectable()
export class RemoveUploadedFilesInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { file?: unknown; files?: unknown }>();
    return next.handle().pipe(finalize(() => removeUploadedFiles(req)));
  }
}

export function removeUploadedFiles(req: { file?: unknown; files?: unknown }): void {
  const files = [req.file, ...(Array.isArray(req.files) ? (req.files as unknown[]) : [])];
  for (const file of files) {
    const filePath = (file as { path?: unknown } | undefined)?.path;
    if (typeof filePath === 'string' && filePath.startsWith(UPLOAD_TEMP_DIR)) {
      fs.rmSync(filePath, { force: true });
    }
  }
}

/** Rejects a request whose declared size cannot fit the allowed files, before multer reads its body. */
export function declaredSizeProblem(req: Request, config: AppConfig, files: number): string | null {
  const declared = Number(req.headers['content-length'] ?? NaN);
  const limit = config.uploadMaxBytes * files + MULTIPART_OVERHEAD_BYTES;
  if (!Number.isFinite(declared) || declared <= limit) return null;
  return files === 1
    ? `de upload is ${megabytes(declared)}; het maximum is ${megabytes(config.uploadMaxBytes)}`
    : `de upload is ${megabytes(declared)}; het maximum is ${files} bestanden van ${megabytes(config.uploadMaxBytes)}`;
}

/**
 * Multer's refusals (size, count, field) in Dutch, for every upload route; other client errors of the route keep
 * their body. `emptyBody` is what the route answers besides `statusCode` and `message` (`results` or `problems`).
 */
export abstract class UploadErrorFilterBase implements ExceptionFilter {
  protected abstract readonly emptyBody: Record<string, unknown[]>;
  protected abstract readonly maxFiles: number;

  constructor(private readonly config: AppConfig) {}

  catch(exception: HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    const raw = exception.getResponse();
    const body = typeof raw === 'string' ? {} : (raw as Record<string, unknown>);
    const original = typeof raw === 'string' ? raw : body['message'];
    const message =
      original === 'File too large'
        ? `een bestand is groter dan het maximum van ${megabytes(this.config.uploadMaxBytes)}`
        : original === 'Too many files'
          ? `te veel bestanden in één upload (maximum ${this.maxFiles})`
          : original === 'Unexpected field'
            ? "bestanden horen in het multipart-veld 'file'"
            : original;
    res.status(status).json({ ...this.emptyBody, ...body, statusCode: status, message });
  }
}
