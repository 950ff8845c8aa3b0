import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../../common/errors/startup-error';

export const LOCK_FILE = 'sop-atlas.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock on a data folder: a file holding the owner's pid, created with O_EXCL. A lock left by a
 * process that no longer runs is taken over; a live owner makes `acquire` throw a one-line `StartupError`.
 */
export class DataDirLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataDirLock {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new StartupError(
          `De datamap ${dataDir} is al in gebruik door proces ${owner}; stop dat eerst of kies een andere DATA_DIR.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
    throw new StartupError(`Kan de datamap ${dataDir} niet vergrendelen (${file}).`);
  }

  release(): void {
    try {
      if (fs.readFileSync(this.file, 'utf8').trim() === String(process.pid)) fs.rmSync(this.file);
    } catch {
      // already gone
    }
  }
}
