import { runParseCommand, shutdownImportWorkers } from '@sop-atlas/sop-import';
import { type CliCommand } from '../cli-command';

/**
 * `parse <file>`: the canonical JSON of one SOP document on stdout, its warnings on stderr; no database.
 * (`npm run sop -- parse` reaches the import library directly without building the API; this entry keeps the
 * command in the one registry and its help text.)
 */
export const parseCommand: CliCommand = {
  name: 'parse',
  summary:
    'leest één SOP-document (pdf, docx, txt) en geeft het canonieke JSON op stdout, waarschuwingen op stderr',
  async run(args, io) {
    try {
      return await runParseCommand(args, io);
    } finally {
      shutdownImportWorkers();
    }
  },
};
