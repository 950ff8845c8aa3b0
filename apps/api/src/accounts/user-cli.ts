import { createInterface } from 'node:readline';
import { type DataSource } from 'typeorm';
import { type Role, ROLES } from '../common/auth/access-rule.decorator';
import { AccountInputError, createUserAccount } from './accounts.service';

export interface UserAddOptions {
  email: string;
  name: string | null;
  roles: Role[];
  schoolIds: string[];
  /** Where the password comes from: `--password-stdin`, `--password` (visible in shell history), or a prompt. */
  password: { kind: 'stdin' } | { kind: 'argument'; value: string } | { kind: 'prompt' };
}

export const USER_USAGE =
  'Gebruik: npm run sop -- user add --email <adres> --role <school-editor|swv-staff|admin> [--role …] ' +
  '[--school <id> …] [--name <naam>] [--password-stdin | --password <wachtwoord>]';

/** Parses `user add …`; a string is a usage error. */
export function parseUserAdd(args: readonly string[]): UserAddOptions | string {
  if (args[0] !== 'add') return USER_USAGE;
  let email: string | null = null;
  let name: string | null = null;
  const roles: Role[] = [];
  const schoolIds: string[] = [];
  let password: UserAddOptions['password'] = { kind: 'prompt' };
  for (let i = 1; i < args.length; i += 1) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--password-stdin') {
      password = { kind: 'stdin' };
      continue;
    }
    if (value === undefined) return `${arg ?? ''} mist een waarde. ${USER_USAGE}`;
    if (arg === '--email') email = value;
    else if (arg === '--name') name = value;
    else if (arg === '--role') {
      if (!(ROLES as readonly string[]).includes(value)) return `onbekende rol '${value}'. ${USER_USAGE}`;
      roles.push(value as Role);
    } else if (arg === '--school') schoolIds.push(value);
    else if (arg === '--password') password = { kind: 'argument', value };
    else return `onbekend argument '${arg ?? ''}'. ${USER_USAGE}`;
    i += 1;
  }
  if (email === null) return `--email ontbreekt. ${USER_USAGE}`;
  if (roles.length === 0) return `--role ontbreekt. ${USER_USAGE}`;
  return { email, name, roles, schoolIds, password };
}

/** The first line of stdin when piped; on a terminal a prompt that does not echo what is typed. */
export async function readPassword(prompt: boolean, write: (text: string) => void): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const rl = createInterface({ input: stdin, terminal: false });
    try {
      for await (const line of rl) return line.replace(/\r$/, '');
      return '';
    } finally {
      rl.close();
    }
  }
  if (prompt) write('Wachtwoord: ');
  stdin.setRawMode(true);
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: Buffer): void => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') {
            stdin.off('data', onData);
            resolve(typed);
            return;
          }
          if (char === '\u0003') {
            stdin.off('data', onData);
            reject(new Error('afgebroken'));
            return;
          }
          typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    write('\n');
  }
}

export async function addUser(
  dataSource: DataSource,
  options: UserAddOptions,
  password: string,
): Promise<{ id: string } | { error: string }> {
  try {
    const id = await dataSource.transaction((manager) =>
      createUserAccount(manager, {
        email: options.email,
        displayName: options.name ?? options.email,
        password,
        roles: options.roles,
        schoolIds: options.schoolIds,
      }),
    );
    return { id };
  } catch (error) {
    if (error instanceof AccountInputError) return { error: error.message };
    throw error;
  }
}
