import 'reflect-metadata';
import { StartupError } from '../common/errors/startup-error';
import { type CliIo } from './cli-command';
import { COMMANDS } from './commands';

const defaultIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

function help(io: CliIo): void {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  io.stderr('Gebruik: npm run sop -- <opdracht> [argumenten]\n\nOpdrachten:\n');
  for (const command of COMMANDS) io.stderr(`  ${command.name.padEnd(width)}  ${command.summary}\n`);
}

/**
 * The SOP Atlas command line. Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.
 * `tools/sop-cli.js` calls this with `process.argv.slice(2)`.
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Onbekende opdracht '${name}'.\n`);
    help(io);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof StartupError) io.stderr(`${error.message}\n`);
    else io.stderr(`sop ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
