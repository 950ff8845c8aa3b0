import { validateSopDocument } from '@sop-atlas/sop-model';
import { tempDir, writeTemp } from '../../test/fixtures';
import { describeWithSeed, SEED_PATH } from '../../test/seed';
import { runParseCommand } from './cli';
import { shutdownImportWorkers } from './parse-document';

afterAll(() => shutdownImportWorkers());

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runParseCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('runParseCommand (sop parse <file>)', () => {
  describeWithSeed('on the seed SOP', () => {
    it('prints only the canonical JSON on stdout and one line per warning on stderr', async () => {
      const { code, stdout, stderr } = await run(['parse', SEED_PATH]);
      expect(code).toBe(0);
      const doc: unknown = JSON.parse(stdout);
      expect(validateSopDocument(doc).ok).toBe(true);
      expect(stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^partners\[9\]\.frequency: .*Fysiotherapie/),
        expect.stringMatching(/^partners\[10\]\.frequency: .*Jeugdhulppartners/),
      ]);
    }, 30_000);

    it('accepts the file without the parse word too', async () => {
      expect((await run([SEED_PATH])).code).toBe(0);
    }, 30_000);
  });

  it.each([
    ['a missing file', (dir: string) => `${dir}/bestaat-niet.pdf`, /bestaat niet/],
    ['a directory', (dir: string) => dir, /map/],
    [
      'a file that is no SOP',
      (dir: string) => writeTemp(dir, 'recept.txt', 'Pannenkoeken: bloem, melk, eieren.'),
      /geen SOP.*recept\.txt|recept\.txt.*geen SOP/,
    ],
    [
      'a binary file',
      (dir: string) => writeTemp(dir, 'foto.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1])),
      /foto\.docx.*bestandstype/,
    ],
  ])(
    'exits 1 with the reason on stderr for %s',
    async (_name, makePath, reason) => {
      const dir = tempDir();
      const { code, stdout, stderr } = await run(['parse', makePath(dir)]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(reason);
    },
    30_000,
  );

  it('prints usage and exits 2 without a file', async () => {
    const { code, stderr } = await run(['parse']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/gebruik/);
  });
});
