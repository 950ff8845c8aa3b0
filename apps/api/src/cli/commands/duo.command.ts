import { readFile } from 'node:fs/promises';
import { fileTooLarge } from '../file-size';
import { basename } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { DuoImportError, type DuoImportReport } from '../../duo/duo-import.report';
import { DuoImportService } from '../../duo/duo-import.service';
import { withCliDataSource } from '../cli-data-source';
import { WerkgebiedTableService } from '../../geocoding/werkgebied-table.service';
import { SourceDocumentEntity } from '../../source-documents/source-document.entity';
import { SourceDocumentsService } from '../../source-documents/source-documents.service';
import { type CliCommand, type CliIo } from '../cli-command';
import { placeSchools } from './plaats.command';

const USAGE = 'Gebruik: npm run sop -- duo <bestand.csv> [--swv PO2815|alle] [--partial]\n';

/**
 * Imports a DUO register or pupil-count file (one transaction). stderr: the report for people; stdout: the report
 * as one JSON line. Exit 1 when the file is refused or (with --partial) rows were rejected, 2 on usage errors.
 */
export const duoCommand: CliCommand = {
  name: 'duo',
  summary: 'leest een DUO-bestand in (scholenregister of leerlingaantallen) [--swv PO2815|alle] [--partial]',
  async run(args, io) {
    let file: string | undefined;
    let swv: string | null | undefined;
    let partial = false;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i] as string;
      if (arg === '--partial') partial = true;
      else if (arg === '--swv' && args[i + 1] !== undefined) {
        const value = args[i + 1] as string;
        swv = value.toLowerCase() === 'alle' ? null : value;
        i += 1;
      } else if (!arg.startsWith('--') && file === undefined) file = arg;
      else {
        io.stderr(`Onbekend argument '${arg}'.\n${USAGE}`);
        return 2;
      }
    }
    if (file === undefined) {
      io.stderr(USAGE);
      return 2;
    }
    const config = AppConfig.fromEnv();
    // The limit of the upload route, checked before the file is read into memory.
    const tooLarge = await fileTooLarge(file, config);
    if (tooLarge !== null) {
      io.stderr(`${basename(file)} niet ingelezen: ${tooLarge}.\n`);
      return 1;
    }
    const bytes = await readFile(file);
    return withCliDataSource(config, io, async (dataSource) => {
      const service = new DuoImportService(
        dataSource,
        new SourceDocumentsService(dataSource.getRepository(SourceDocumentEntity)),
        new WerkgebiedTableService(config),
      );
      try {
        const report = await service.import(bytes, {
          fileName: basename(file),
          ...(swv === undefined ? {} : { swv }),
          allowPartial: partial,
          importedBy: 'cli',
        });
        printReport(report, io);
        const places = await placeSchools(dataSource, config, io);
        io.stdout(`${JSON.stringify({ ...report, places })}\n`);
        return report.rejected.length > 0 ? 1 : 0;
      } catch (error) {
        if (!(error instanceof DuoImportError)) throw error;
        io.stderr(`${error.fileName} niet ingelezen (niets opgeslagen):\n`);
        printList(
          error.problems.map((p) => p.message),
          '  - ',
          io,
        );
        io.stdout(`${JSON.stringify({ fileName: error.fileName, problems: error.problems })}\n`);
        return 1;
      }
    });
  },
};

function printReport(r: DuoImportReport, io: CliIo): void {
  const soort = r.kind === 'register' ? 'scholenregister' : 'leerlingaantallen';
  io.stderr(`${r.fileName}: ${soort}\n`);
  io.stderr(
    `  kolommen gevonden: ${r.columnsFound.map((c) => `${c.canonical} ← '${c.header}'`).join(', ')}\n`,
  );
  if (r.columnsMissing.length > 0) io.stderr(`  kolommen ontbreken: ${r.columnsMissing.join(', ')}\n`);
  io.stderr(
    `  scholen: ${r.schoolsInserted} nieuw, ${r.schoolsUpdated} bijgewerkt, ${r.schoolsUnchanged} ongewijzigd; ` +
      `leerlingtellingen: ${r.pupilCountsInserted} nieuw, ${r.pupilCountsUpdated} bijgewerkt, ` +
      `${r.pupilCountsUnchanged} ongewijzigd; andere SWV: ${r.skippedOtherSwv}\n`,
  );
  if (r.unchanged) io.stderr('  Niets gewijzigd (dit bestand was al ingelezen).\n');
  printList(r.warnings, '  let op: ', io);
  if (r.rejected.length > 0) {
    io.stderr(`  ${r.rejected.length} regel(s) afgewezen:\n`);
    printList(
      r.rejected.map((p) => p.message),
      '    - ',
      io,
    );
  }
}

/** Lines of a list printed for people; a long list is summarised (stdout's JSON line has every item). */
export const LISTED_LINES = 20;

function printList(items: readonly string[], prefix: string, io: CliIo): void {
  for (const item of items.slice(0, LISTED_LINES)) io.stderr(`${prefix}${item}\n`);
  if (items.length > LISTED_LINES) {
    io.stderr(
      `${prefix}… en nog ${items.length - LISTED_LINES} (de volledige lijst staat in de JSON-regel op stdout)\n`,
    );
  }
}
