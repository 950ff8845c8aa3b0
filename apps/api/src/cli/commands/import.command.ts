import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { AppConfig } from '../../config/app-config';
import { dataSourceOptions } from '../../database/data-source-options';
import { openDatabase } from '../../database/database-target';
import { failedResult, ImportFailure, type ImportResult } from '../../imports/import-result';
import { collectFiles, ImportProgress, summaryTable } from '../../imports/import-files';
import { SopImportService } from '../../imports/sop-import.service';
import { SopWriter } from '../../sops/sop-writer';
import { SourceDocumentEntity } from '../../source-documents/source-document.entity';
import { SourceDocumentsService } from '../../source-documents/source-documents.service';
import { type CliCommand } from '../cli-command';

const USAGE = 'Gebruik: npm run sop -- import [--school <schoolId>] <bestanden of mappen>...\n';

/**
 * Imports SOP documents (.pdf, .docx, .txt; folders are walked) into the configured database as drafts. Progress
 * and a summary table on stderr, one JSON result per file on stdout; exit code 1 when any file failed.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'importeert SOP-documenten (pdf, docx, txt; ook mappen) als concept',
  async run(args, io) {
    let schoolId: string | null = null;
    const inputs: string[] = [];
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i] as string;
      if (arg === '--school') {
        schoolId = args[i + 1] ?? null;
        i += 1;
      } else inputs.push(arg);
    }
    if (inputs.length === 0 || (args.includes('--school') && schoolId === null)) {
      io.stderr(USAGE);
      return 2;
    }
    const { files, missing } = await collectFiles(inputs);
    for (const name of missing) io.stderr(`Niet gevonden: ${name}\n`);
    if (files.length === 0) {
      io.stderr('Geen .pdf-, .docx- of .txt-bestanden gevonden.\n');
      return 1;
    }

    const config = AppConfig.fromEnv();
    const database = await openDatabase(config);
    try {
      io.stderr(`Database: ${database.info.description}\n`);
      const dataSource = new DataSource(dataSourceOptions(database.info.url, { poolSize: 2 }));
      await dataSource.initialize();
      try {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        if (applied.length > 0) io.stderr(`${applied.length} migratie(s) uitgevoerd.\n`);
        const service = new SopImportService(
          dataSource,
          new SourceDocumentsService(dataSource.getRepository(SourceDocumentEntity)),
          new SopWriter(),
          config,
        );
        const importedBy = `cli:${os.userInfo().username}`;
        const progress = new ImportProgress(
          (text) => io.stderr(text),
          files.length,
          process.stderr.isTTY === true,
        );
        const results: { file: string; result: ImportResult }[] = [];
        for (const [index, file] of files.entries()) {
          const result = await importFile(service, file, { importedBy, schoolId });
          results.push({ file, result });
          io.stdout(`${JSON.stringify({ file, ...result })}\n`);
          progress.done(index, file, result);
        }
        io.stderr(`\n${summaryTable(results)}`);
        return results.some((r) => r.result.status === 'failed') || missing.length > 0 ? 1 : 0;
      } finally {
        await dataSource.destroy();
      }
    } finally {
      shutdownImportWorkers();
      await database.close();
    }
  },
};

async function importFile(
  service: SopImportService,
  file: string,
  options: { importedBy: string; schoolId: string | null },
): Promise<ImportResult> {
  const fileName = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const reason = `kan het bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return failedResult(new ImportFailure('corrupt', fileName, reason));
  }
  return service.importDocument(bytes, { fileName, ...options });
}
