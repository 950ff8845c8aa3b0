import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './main';

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) },
  };
}

describe('sop CLI', () => {
  it('lists the commands on stderr and exits 2 without a command', async () => {
    const { out, io: cli } = io();
    expect(await main([], cli)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('migrate');
    expect(out.stderr).toContain('serve');
  });

  it('exits 0 for help', async () => {
    expect(await main(['--help'], io().io)).toBe(0);
  });

  it('names an unknown command and exits 2', async () => {
    const { out, io: cli } = io();
    expect(await main(['vlieg'], cli)).toBe(2);
    expect(out.stderr).toContain("Onbekende opdracht 'vlieg'");
  });

  it('parse: usage without a file, a clear reason for a missing file, nothing on stdout', async () => {
    const usage = io();
    expect(await main(['parse'], usage.io)).toBe(2);
    expect(usage.out.stdout).toBe('');
    const missing = io();
    expect(await main(['parse', '/bestaat/niet.pdf'], missing.io)).toBe(1);
    expect(missing.out.stdout).toBe('');
    expect(missing.out.stderr).toContain('/bestaat/niet.pdf');
  });

  it('backup: a DATABASE_URL that does not answer is named in one Dutch line, and no file is written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-cli-'));
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = 'postgres://atlas@127.0.0.1:1/atlas'; // nothing listens on port 1
    try {
      const { out, io: cli } = io();
      expect(await main(['backup', path.join(dir, 'atlas.dump')], cli)).toBe(1);
      expect(out.stderr).toBe('Kan PostgreSQL op 127.0.0.1:1 niet bereiken: ECONNREFUSED\n');
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
