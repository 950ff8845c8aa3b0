import { stat } from 'node:fs/promises';
import { megabytes } from '../common/uploads/upload-files';
import { type AppConfig } from '../config/app-config';

/**
 * The CLI's size cap, the same as the upload routes' (`UPLOAD_MAX_BYTES`), checked with `stat` before a file is
 * read into memory: a Dutch reason naming the size and the limit, or null when the file fits (or cannot be
 * stat'ed: reading it then reports why).
 */
export async function fileTooLarge(
  file: string,
  config: Pick<AppConfig, 'uploadMaxBytes'>,
): Promise<string | null> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return null;
  }
  if (size <= config.uploadMaxBytes) return null;
  return `het bestand is ${megabytes(size)}; het maximum is ${megabytes(config.uploadMaxBytes)} (UPLOAD_MAX_BYTES)`;
}
