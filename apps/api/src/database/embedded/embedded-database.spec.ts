import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseEngine, POSTGRES_DIR } from './embedded-database';
import { PGLITE_DIR } from './pglite-server';

describe('chooseEngine: which embedded engine opens a data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-engine-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const pgliteFolder = (): void => {
    fs.mkdirSync(path.join(dir, PGLITE_DIR));
    fs.writeFileSync(path.join(dir, PGLITE_DIR, 'PG_VERSION'), '18\n');
  };

  it('a new or PostgreSQL folder: postgres, silently', () => {
    expect(chooseEngine(null, dir)).toEqual({ engine: 'postgres', notice: null });
    fs.mkdirSync(path.join(dir, POSTGRES_DIR));
    expect(chooseEngine(null, dir)).toEqual({ engine: 'postgres', notice: null });
  });

  it('a PGlite folder of an earlier version stays on PGlite and says how to move on', () => {
    pgliteFolder();
    const { engine, notice } = chooseEngine(null, dir);
    expect(engine).toBe('pglite');
    expect(notice).toContain(`${path.join(dir, PGLITE_DIR)} is een PGlite-database van een eerdere versie`);
    expect(notice).toContain('SOP_ATLAS_EMBEDDED_ENGINE=postgres');
  });

  it('asked for postgres next to an old PGlite folder: postgres, and the old folder is named as untouched', () => {
    pgliteFolder();
    const { engine, notice } = chooseEngine('postgres', dir);
    expect(engine).toBe('postgres');
    expect(notice).toContain('blijft onaangeroerd; SOP_ATLAS_EMBEDDED_ENGINE=pglite opent die weer');
  });

  it('once a PostgreSQL cluster exists beside it, the default is postgres again', () => {
    pgliteFolder();
    fs.mkdirSync(path.join(dir, POSTGRES_DIR));
    expect(chooseEngine(null, dir).engine).toBe('postgres');
  });

  it('asked for pglite: pglite', () => {
    expect(chooseEngine('pglite', dir)).toEqual({ engine: 'pglite', notice: null });
  });
});
