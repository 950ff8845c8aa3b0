import { addUser, parseUserAdd, readPassword } from '../../accounts/user-cli';
import { AppConfig } from '../../config/app-config';
import { withCliDataSource } from '../cli-data-source';
import { type CliCommand } from '../cli-command';

/** `user add`: creates an account (the first admin, staff, school editors). stdout: one JSON line. */
export const userCommand: CliCommand = {
  name: 'user',
  summary: 'maakt een account: user add --email … --role admin [--school <id>] [--password-stdin]',
  async run(args, io) {
    const options = parseUserAdd(args);
    if (typeof options === 'string') {
      io.stderr(`${options}\n`);
      return 2;
    }
    const password =
      options.password.kind === 'argument'
        ? options.password.value
        : await readPassword(options.password.kind === 'prompt', (text) => io.stderr(text));
    return withCliDataSource(AppConfig.fromEnv(), io, async (dataSource) => {
      const result = await addUser(dataSource, options, password);
      if ('error' in result) {
        io.stderr(`Account niet aangemaakt: ${result.error}\n`);
        return 1;
      }
      io.stderr(`Account ${options.email.toLowerCase()} aangemaakt (${options.roles.join(', ')}).\n`);
      io.stdout(
        `${JSON.stringify({ id: result.id, email: options.email.trim().toLowerCase(), roles: options.roles })}\n`,
      );
      return 0;
    });
  },
};
