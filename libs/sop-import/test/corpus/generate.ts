/**
 * `npm run corpus -w libs/sop-import -- [--count N] [--seed S] [--out DIR] [--pdfkit-share 0.25]`
 *
 * Writes a corpus of SOPs with known answers: for each document a Word-style DOCX (random answers and layout), the
 * PDF LibreOffice makes of it (`soffice --headless --convert-to pdf`, Debian's libreoffice-writer-nogui), and
 * `<name>.answers.json`. A share of the PDFs comes from a second producer (pdfkit) with borderless tables,
 * landscape pages or centred marks. The committed corpus in `test/corpus/documents` was made with this command.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '../fixtures/generate-pdf';
import { sopBlocks } from '../fixtures/sop-blocks';
import { type CorpusEntry } from './answers';
import { Dice, randomSop, seededRandom } from './random-sop';
import { randomWordStyle, renderWordDocx } from './render-word';

export function sofficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts every DOCX in `dir` that has no PDF yet, in batches of 40 per LibreOffice run (a fresh profile, so
 * nothing of the user's leaks in); a batch that stops early is retried once for what it left. Returns the DOCX
 * files still without a PDF.
 */
export function convertWithLibreOffice(dir: string): string[] {
  const pending = (): string[] =>
    readdirSync(dir).filter(
      (f) => f.endsWith('.docx') && !existsSync(join(dir, f.replace(/\.docx$/, '.pdf'))),
    );
  const profile = join(tmpdir(), `sop-corpus-lo-${process.pid}`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const files = pending();
    for (let k = 0; k < files.length; k += 40) {
      try {
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            ...files.slice(k, k + 40).map((f) => join(dir, f)),
          ],
          { stdio: 'ignore', timeout: 10 * 60_000 },
        );
      } catch {
        // A batch that fails leaves its files pending for the retry.
      }
    }
  }
  rmSync(profile, { recursive: true, force: true });
  return pending();
}

export interface GeneratedDocument {
  readonly name: string;
  readonly entry: CorpusEntry;
}

/** Writes `count` documents starting at `seed` into `dir`; LibreOffice converts the DOCX ones. */
export async function generateCorpus(
  dir: string,
  options: { count: number; seed: number; pdfkitShare: number; convert?: boolean },
): Promise<GeneratedDocument[]> {
  mkdirSync(dir, { recursive: true });
  const out: GeneratedDocument[] = [];
  for (let k = 0; k < options.count; k += 1) {
    const seed = options.seed + k;
    const { sample, answers } = randomSop(seed);
    const d = new Dice(seededRandom(seed * 7919 + 17));
    const blocks = sopBlocks(sample);
    if (d.next() < options.pdfkitShare) {
      const variant = {
        borders: d.chance(0.6),
        landscape: d.chance(0.3),
        markAlign: d.chance(0.5) ? ('left' as const) : ('center' as const),
      };
      const name = `pdfkit-${String(seed).padStart(4, '0')}`;
      writeFileSync(join(dir, `${name}.pdf`), await renderPdf(blocks, variant));
      const entry: CorpusEntry = { producer: 'pdfkit', variant, answers };
      writeFileSync(join(dir, `${name}.answers.json`), `${JSON.stringify(entry, null, 1)}\n`);
      out.push({ name, entry });
      continue;
    }
    const style = randomWordStyle(d);
    const name = `word-${String(seed).padStart(4, '0')}`;
    writeFileSync(join(dir, `${name}.docx`), await renderWordDocx(blocks, style));
    const variant = {
      font: style.font,
      size: style.size,
      borders: style.borders,
      markAlign: style.markAlign,
      markVAlign: style.markVAlign,
      shadedHeader: style.shadedHeader,
      landscape: style.landscape,
      repeatHeader: style.repeatHeader,
      filler: style.filler,
      widths: style.widths.map((w) => w.join('/')).join(' '),
    };
    const entry: CorpusEntry = { producer: 'libreoffice', variant, answers };
    writeFileSync(join(dir, `${name}.answers.json`), `${JSON.stringify(entry, null, 1)}\n`);
    out.push({ name, entry });
  }
  if (options.convert !== false) {
    const left = convertWithLibreOffice(dir);
    if (left.length > 0)
      throw new Error(`LibreOffice zette ${left.length} document(en) niet om: ${left.join(', ')}`);
  }
  return out;
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = argValue(args, '--out') ?? 'test-artifacts/corpus';
  const count = Number(argValue(args, '--count') ?? '60');
  const seed = Number(argValue(args, '--seed') ?? '1');
  const pdfkitShare = Number(argValue(args, '--pdfkit-share') ?? '0.25');
  if (!sofficeAvailable()) {
    process.stderr.write(
      'LibreOffice (soffice) ontbreekt: apt-get install -y libreoffice-writer-nogui fonts-liberation2 fonts-dejavu\n',
    );
    process.exitCode = 1;
  } else {
    generateCorpus(dir, { count, seed, pdfkitShare }).then(
      (docs) => process.stdout.write(`${docs.length} documenten in ${dir}\n`),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
