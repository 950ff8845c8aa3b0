import os from 'node:os';
import { AppConfig } from '../../config/app-config';
import { SchoolMatchError, SchoolMatchService } from '../../imports/school-match.service';
import { SopImportService } from '../../imports/sop-import.service';
import { withCliDataSource } from '../cli-data-source';
import { SopWriter } from '../../sops/sop-writer';
import { SourceDocumentEntity } from '../../source-documents/source-document.entity';
import { SourceDocumentsService } from '../../source-documents/source-documents.service';
import { type CliCommand } from '../cli-command';

const USAGE =
  'Gebruik: npm run sop -- koppel                      (de lijst "te koppelen" met suggesties)\n' +
  '         npm run sop -- koppel <id> --school <schoolId>\n' +
  '         npm run sop -- koppel <id> --nieuwe-school (maak de school aan uit het document)\n';

/**
 * The "te koppelen" queue on the command line: without arguments the waiting documents with their suggestions
 * (stderr) and one JSON line each (stdout); with an id, links it to the chosen school or, explicitly, a new one.
 */
export const koppelCommand: CliCommand = {
  name: 'koppel',
  summary: 'documenten "te koppelen" aan een school: lijst, of koppel <id> --school <id> | --nieuwe-school',
  async run(args, io) {
    const [id, flag, value] = args;
    const listing = id === undefined;
    const choice =
      flag === '--school' && value !== undefined && args.length === 3
        ? { schoolId: value }
        : flag === '--nieuwe-school' && args.length === 2
          ? ({ newSchool: true } as const)
          : null;
    if (!listing && choice === null) {
      io.stderr(USAGE);
      return 2;
    }
    const config = AppConfig.fromEnv();
    return withCliDataSource(config, io, async (dataSource) => {
      const imports = new SopImportService(
        dataSource,
        new SourceDocumentsService(dataSource.getRepository(SourceDocumentEntity)),
        new SopWriter(),
        config,
      );
      const matches = new SchoolMatchService(dataSource, imports);
      if (listing) {
        const open = await matches.list();
        io.stderr(`${open.length} document(en) te koppelen.\n`);
        for (const entry of open) {
          const school = entry.document.school;
          io.stderr(
            `\n${entry.id}  ${entry.fileName}\n  document: ${school.name ?? '(geen naam)'}, ${school.postcode ?? 'geen postcode'} ${school.place ?? ''}\n  waarom: ${entry.reason}\n`,
          );
          for (const s of entry.suggestions)
            io.stderr(`  suggestie: ${s.schoolId}  ${s.name} (${s.postcode ?? '-'}; ${s.reason})\n`);
          io.stdout(
            `${JSON.stringify({ id: entry.id, fileName: entry.fileName, reason: entry.reason, suggestions: entry.suggestions })}\n`,
          );
        }
        return 0;
      }
      try {
        const { entry, result } = await matches.resolve(id, choice as NonNullable<typeof choice>, {
          label: `cli:${os.userInfo().username}`,
          userId: null,
          credential: null,
        });
        io.stderr(
          `${entry.fileName} gekoppeld aan school ${entry.schoolId ?? '?'}${result.schoolCreated ? ' (nieuw aangemaakt)' : ''}: ` +
            `SOP ${result.sopId ?? '?'} (${result.published ? 'gepubliceerd' : 'concept'}).\n`,
        );
        io.stdout(
          `${JSON.stringify({ id: entry.id, schoolId: entry.schoolId, sopId: entry.sopId, schoolCreated: result.schoolCreated === true })}\n`,
        );
        return 0;
      } catch (error) {
        if (error instanceof SchoolMatchError) {
          io.stderr(`Niet gekoppeld: ${error.message}\n`);
          return 1;
        }
        throw error;
      }
    });
  },
};
