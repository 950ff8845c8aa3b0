import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LEGACY_PGLITE_DIR, legacyNotice, POSTGRES_DIR } from './embedded-database';

describe('legacyNotice: a data folder an earlier version filled with PGlite', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-engine-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const folder = (name: string, version: string): void => {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'PG_VERSION'), `${version}\n`);
  };

  it('a new or PostgreSQL folder: nothing to say', () => {
    expect(legacyNotice(dir)).toBeNull();
    folder(POSTGRES_DIR, '15');
    expect(legacyNotice(dir)).toBeNull();
  });

  it('an old PGlite folder without a cluster: named as left untouched, with the way to its data', () => {
    folder(LEGACY_PGLITE_DIR, '18');
    const notice = legacyNotice(dir);
    expect(notice).toContain(
      `${path.join(dir, LEGACY_PGLITE_DIR)} is een PGlite-database van een eerdere versie`,
    );
    expect(notice).toContain('de oude map blijft onaangeroerd');
    expect(notice).toContain('een eerdere versie van SOP Atlas, die de map nog opent');
  });

  it('once the PostgreSQL cluster exists beside it, the notice is not repeated at every start', () => {
    folder(LEGACY_PGLITE_DIR, '18');
    folder(POSTGRES_DIR, '15');
    expect(legacyNotice(dir)).toBeNull();
  });
});
