import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { AppConfig } from '../../config/app-config';
import { dataSourceOptions } from '../../database/data-source-options';
import { prepareDatabase } from '../../database/owner-tasks';
import { fileTooLarge } from '../file-size';
import { failedResult, ImportFailure, type ImportResult } from '../../imports/import-result';
import { collectFiles, ImportProgress, outcomeSummary, summaryTable } from '../../imports/import-files';
import { SopImportService } from '../../imports/sop-import.service';
import { SopWriter } from '../../sops/sop-writer';
import { SourceDocumentEntity } from '../../source-documents/source-document.entity';
import { SourceDocumentsService } from '../../source-documents/source-documents.service';
import { type CliCommand } from '../cli-command';
import { withOpenDatabase } from '../cli-data-source';

const USAGE =
  'Gebruik: npm run sop -- import [--school <schoolId> | --nieuwe-school] <bestanden of mappen>...\n' +
  '  --nieuwe-school  maak een school aan voor een document dat bij geen bekende school past\n' +
  '                   (zonder deze keuze wacht zo een document "te koppelen")\n';

/**
 * Imports SOP documents (.pdf, .docx, .txt; folders are walked) into the configured database as drafts (published
 * directly when clean and the SWV chose that policy). A document that matches no known school waits "te koppelen"
 * unless `--nieuwe-school`. Progress, a table and the summary (ready / to review / to match / refused) on stderr,
 * one JSON result per file on stdout; exit code 1 when any file failed.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'importeert SOP-documenten (pdf, docx, txt; ook mappen) als concept',
  async run(args, io) {
    let schoolId: string | null = null;
    let createSchoolIfUnmatched = false;
    const inputs: string[] = [];
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i] as string;
      if (arg === '--school') {
        schoolId = args[i + 1] ?? null;
        i += 1;
      } else if (arg === '--nieuwe-school') createSchoolIfUnmatched = true;
      else inputs.push(arg);
    }
    if (
      inputs.length === 0 ||
      (args.includes('--school') && schoolId === null) ||
      (schoolId !== null && createSchoolIfUnmatched)
    ) {
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
    return withOpenDatabase(config, io, async (urls) => {
      try {
        // the operator's tool: as the owner (DATABASE_OWNER_URL, else DATABASE_URL)
        const dataSource = new DataSource(dataSourceOptions(urls.owner, { poolSize: 2 }));
        await dataSource.initialize();
        try {
          const applied = await prepareDatabase(dataSource, config, { settings: false });
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
          const started = performance.now();
          for (const [index, file] of files.entries()) {
            const result = await importFile(
              service,
              file,
              { importedBy, schoolId, createSchoolIfUnmatched },
              config,
            );
            results.push({ file, result });
            io.stdout(`${JSON.stringify({ file, ...result })}\n`);
            progress.done(index, file, result);
          }
          io.stderr(`\n${summaryTable(results)}`);
          io.stderr(outcomeSummary(results.map((r) => r.result)));
          const seconds = (performance.now() - started) / 1000;
          io.stderr(`${files.length} document(en) in ${seconds.toFixed(1)} s.\n`);
          return results.some((r) => r.result.status === 'failed') || missing.length > 0 ? 1 : 0;
        } finally {
          await dataSource.destroy();
        }
      } finally {
        shutdownImportWorkers();
      }
    });
  },
};

async function importFile(
  service: SopImportService,
  file: string,
  options: { importedBy: string; schoolId: string | null; createSchoolIfUnmatched: boolean },
  config: AppConfig,
): Promise<ImportResult> {
  const fileName = path.basename(file);
  const tooLarge = await fileTooLarge(file, config);
  if (tooLarge !== null) {
    return failedResult(new ImportFailure('too-large', fileName, tooLarge));
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const reason = `kan het bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return failedResult(new ImportFailure('corrupt', fileName, reason));
  }
  return service.importDocument(bytes, { fileName, ...options });
}
