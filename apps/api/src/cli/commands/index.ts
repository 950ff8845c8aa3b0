import { type CliCommand } from '../cli-command';
import { userCommand } from './user.command';
import { backupCommand, restoreCommand } from './backup.command';
import { dbRolesCommand } from './db-roles.command';
import { demoCommand } from './demo.command';
import { duoCommand } from './duo.command';
import { importCommand } from './import.command';
import { initCommand } from './init.command';
import { koppelCommand } from './koppel.command';
import { migrateCommand } from './migrate.command';
import { nationalCommand } from './national.command';
import { parseCommand } from './parse.command';
import { plaatsCommand } from './plaats.command';
import { publiceerCommand } from './publiceer.command';
import { serveCommand } from './serve.command';

/** Every CLI command; register a new one with one line (its file exports a `CliCommand`). */
export const COMMANDS: readonly CliCommand[] = [
  migrateCommand,
  initCommand,
  dbRolesCommand,
  serveCommand,
  demoCommand,
  duoCommand,
  nationalCommand,
  userCommand,
  importCommand,
  koppelCommand,
  publiceerCommand,
  parseCommand,
  plaatsCommand,
  backupCommand,
  restoreCommand,
];
