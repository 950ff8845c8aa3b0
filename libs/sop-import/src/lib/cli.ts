/** `sop parse <file>`: canonical JSON on stdout, one line per warning on stderr. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SopImportError } from './errors';
import { parseSopDocument } from './parse-document';

export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = 'gebruik: sop parse <bestand>   (PDF, DOCX of tekst van een schoolondersteuningsprofiel)\n';

export async function runParseCommand(argv: string[], io: CommandIo): Promise<number> {
  const args = argv[0] === 'parse' ? argv.slice(1) : argv;
  const files = args.filter((a) => !a.startsWith('-'));
  if (args.includes('--help') || args.includes('-h')) {
    io.stderr(USAGE);
    return 0;
  }
  const file = files[0];
  if (file === undefined || files.length > 1) {
    io.stderr(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
    const why =
      code === 'ENOENT'
        ? 'bestand bestaat niet'
        : code === 'EISDIR'
          ? 'dit is een map'
          : error instanceof Error
            ? error.message
            : String(error);
    io.stderr(`sop parse: ${file}: kan het bestand niet lezen (${why})\n`);
    return 1;
  }
  try {
    const result = await parseSopDocument(bytes, { fileName: basename(file) });
    io.stdout(`${JSON.stringify(result.document, null, 2)}\n`);
    for (const w of result.document.warnings) io.stderr(`${w.path || '(document)'}: ${w.message}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SopImportError) {
      io.stderr(`sop parse: ${error.message} [${error.code}]\n`);
      return 1;
    }
    io.stderr(`sop parse: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
