import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StartupError } from '../../common/errors/startup-error';
import { DataDirLock, LOCK_FILE } from './data-dir-lock';

describe('DataDirLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-lock-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the folder, writes its pid and removes the file on release', () => {
    const nested = path.join(dir, 'a', 'b');
    const lock = DataDirLock.acquire(nested);
    expect(fs.readFileSync(path.join(nested, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(fs.existsSync(path.join(nested, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder held by a live process, with one line naming folder and pid', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect(() => DataDirLock.acquire(dir)).toThrow(StartupError);
    expect(() => DataDirLock.acquire(dir)).toThrow(
      `De datamap ${dir} is al in gebruik door proces ${process.ppid}`,
    );
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
  });

  it.each(['999999\n', 'rommel'])('takes over a stale lock file (%p)', (content) => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), content);
    const lock = DataDirLock.acquire(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });
});
