import path from 'node:path';
import yauzl from 'yauzl';

/** Limits of one ZIP in a batch upload (zip bombs: entry count, bytes per entry, bytes in all). */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/** A ZIP refused as a whole (zip bomb, a path outside the folder, damaged); the message is Dutch and names it. */
export class ZipRefusedError extends Error {
  constructor(
    readonly zipName: string,
    readonly reason: string,
    readonly tooLarge = false,
  ) {
    super(`ZIP-bestand '${zipName}': ${reason}; niets ingelezen`);
    this.name = 'ZipRefusedError';
  }
}

export function isZipName(fileName: string): boolean {
  return path.extname(fileName).toLowerCase() === '.zip';
}

/** Folders, macOS resource forks and hidden files inside a ZIP are not documents. */
function skipped(name: string): boolean {
  return (
    name.endsWith('/') || name.startsWith('__MACOSX/') || name.split('/').some((part) => part.startsWith('.'))
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** yauzl's own file-name checks, in Dutch. */
function refusal(zipName: string, error: Error): ZipRefusedError {
  const name = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/.exec(
    error.message,
  );
  if (name) {
    return new ZipRefusedError(zipName, `het onderdeel '${name[1]}' wijst naar een plek buiten de map`);
  }
  if (/too many bytes in the stream|too few bytes|expected .* bytes/i.test(error.message)) {
    return new ZipRefusedError(
      zipName,
      'een onderdeel pakt uit tot een andere grootte dan opgegeven (zip-bom?)',
      true,
    );
  }
  return new ZipRefusedError(zipName, `het bestand is beschadigd of geen ZIP (${error.message})`);
}

/**
 * Reads the documents of a ZIP file on disk one entry at a time (yauzl, lazily: at most one entry in memory) and
 * hands each to `onEntry`. Refuses the whole ZIP, before or while inflating, when it has more entries than allowed,
 * when an entry or all entries together unpack beyond the limits (declared sizes are checked first, the real bytes
 * while inflating), or when a name points outside the folder (`../`, an absolute path).
 */
export async function readZipEntries(
  file: string,
  zipName: string,
  limits: ZipLimits,
  onEntry: (name: string, bytes: Buffer) => Promise<void>,
): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: true, validateEntrySizes: true, decodeStrings: true },
      (error, opened) => (error ? reject(refusal(zipName, error)) : resolve(opened)),
    );
  });
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ZipRefusedError(
      zipName,
      `bevat ${zip.entryCount} onderdelen (maximum ${limits.maxEntries})`,
      true,
    );
  }
  let total = 0;
  let count = 0;
  return new Promise<number>((resolve, reject) => {
    let failed = false;
    /** `asIs`: an error of `onEntry` (e.g. the database), not of the ZIP. */
    const fail = (error: unknown, asIs = false): void => {
      if (failed) return;
      failed = true;
      zip.close();
      const reason = error instanceof Error ? error : new Error(String(error));
      reject(asIs || reason instanceof ZipRefusedError ? reason : refusal(zipName, reason));
    };
    zip.on('error', fail);
    zip.on('end', () => {
      if (!failed) resolve(count);
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      if (skipped(name)) {
        zip.readEntry();
        return;
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        fail(
          new ZipRefusedError(
            zipName,
            `'${name}' pakt uit tot ${megabytes(entry.uncompressedSize)} (maximum ${megabytes(limits.maxEntryBytes)} per bestand)`,
            true,
          ),
        );
        return;
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        fail(
          new ZipRefusedError(
            zipName,
            `pakt uit tot meer dan ${megabytes(limits.maxTotalBytes)} (maximum van één upload)`,
            true,
          ),
        );
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) {
          fail(error);
          return;
        }
        const chunks: Buffer[] = [];
        let read = 0;
        stream.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // validateEntrySizes stops a lying entry too; this keeps memory bounded whatever happens
          if (read > limits.maxEntryBytes) {
            stream.destroy();
            fail(new ZipRefusedError(zipName, `'${name}' pakt uit tot meer dan opgegeven (zip-bom)`, true));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('error', fail);
        stream.on('end', () => {
          if (failed) return;
          count += 1;
          onEntry(name, Buffer.concat(chunks)).then(
            () => zip.readEntry(),
            (callbackError: unknown) => fail(callbackError, true),
          );
        });
      });
    });
    zip.readEntry();
  });
}
