import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { type Request, type Response } from 'express';
import { type Observable } from 'rxjs';
import { resolvedIdentity } from '../common/auth/identity';
import { AppConfig } from '../config/app-config';

export const UPLOAD_PATH_PREFIX = '/api/uploads/';
const RETRY_AFTER_SECONDS = 10;

/**
 * Caps uploads in progress (`POST /api/uploads/*`) per caller and in total, per API process: an upload holds its
 * files in memory while it is imported, so a few large ones at once could exhaust the process. Global, so it runs
 * after the access guard (the caller is known) and before multer reads the body; the slot is freed when the
 * response is done or the connection drops. Beyond a cap: 429 with a Dutch message and Retry-After.
 */
@Injectable()
export class UploadSlotsInterceptor implements NestInterceptor {
  private total = 0;
  private readonly perCaller = new Map<string, number>();

  constructor(private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (req.method !== 'POST' || !req.path.startsWith(UPLOAD_PATH_PREFIX)) return next.handle();
    const identity = resolvedIdentity(req);
    const caller = identity?.kind === 'identified' ? identity.identity.subject : `adres:${req.ip ?? '?'}`;
    const mine = this.perCaller.get(caller) ?? 0;
    if (mine >= this.config.uploadConcurrencyPerUser || this.total >= this.config.uploadConcurrency) {
      const res = context.switchToHttp().getResponse<Response>();
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      const message =
        mine >= this.config.uploadConcurrencyPerUser
          ? `u heeft al ${mine} upload(s) lopen (maximum ${this.config.uploadConcurrencyPerUser} tegelijk); ` +
            'wacht tot die klaar zijn'
          : `de server verwerkt al ${this.total} uploads (maximum ${this.config.uploadConcurrency} tegelijk); ` +
            `probeer het over ${RETRY_AFTER_SECONDS} seconden opnieuw`;
      throw new HttpException(
        { statusCode: HttpStatus.TOO_MANY_REQUESTS, message, results: [] },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    this.total += 1;
    this.perCaller.set(caller, mine + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.perCaller.get(caller) ?? 1) - 1;
      if (left <= 0) this.perCaller.delete(caller);
      else this.perCaller.set(caller, left);
    };
    const res = context.switchToHttp().getResponse<Response>();
    res.once('close', release);
    res.once('finish', release);
    return next.handle();
  }
}
