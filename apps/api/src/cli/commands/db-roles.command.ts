import { readPassword } from '../../accounts/user-cli';
import { APP_DB_ROLE } from '../../common/auth/edit-context';
import { AppConfig } from '../../config/app-config';
import { withCliDataSource } from '../cli-data-source';
import { type CliCommand } from '../cli-command';

const USAGE = 'Gebruik: npm run sop -- db-roles [--login <rolnaam>] --password-stdin < wachtwoord.txt\n';
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `db-roles`: once per database, as its owner or a superuser (DATABASE_OWNER_URL, else DATABASE_URL). Migrates,
 * then creates (or gives a new password to) the login role the app runs as — default `sop_atlas_web`: a member of
 * `sop_atlas_app` (no DDL, owns nothing, no password hashes, RLS applies), allowed to connect — and prints the
 * DATABASE_URL to use. Needs the CREATEROLE privilege.
 */
export const dbRolesCommand: CliCommand = {
  name: 'db-roles',
  summary:
    'maakt de inlogrol waarmee de app draait (zonder DDL, niet de eigenaar): db-roles --password-stdin',
  async run(args, io) {
    let login = 'sop_atlas_web';
    let passwordStdin = false;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      if (arg === '--login' && args[i + 1] !== undefined) {
        login = args[i + 1] ?? login;
        i += 1;
      } else if (arg === '--password-stdin') passwordStdin = true;
      else {
        io.stderr(USAGE);
        return 2;
      }
    }
    if (!ROLE_NAME.test(login)) {
      io.stderr(`Ongeldige rolnaam '${login}': kleine letters, cijfers en _, beginnend met een letter.\n`);
      return 2;
    }
    if (!passwordStdin) {
      io.stderr(USAGE);
      return 2;
    }
    const password = await readPassword(false, (text) => io.stderr(text));
    if (password.length < 16) {
      io.stderr('Het wachtwoord van de databaserol moet minstens 16 tekens hebben.\n');
      return 1;
    }
    const config = AppConfig.fromEnv();
    if (config.databaseUrl === null) {
      io.stderr(
        'db-roles is voor een eigen PostgreSQL-server (DATABASE_URL); de ingebouwde database zet de app zelf ' +
          `al om naar de rol ${APP_DB_ROLE}.\n`,
      );
      return 1;
    }
    return withCliDataSource(config, io, async (dataSource) => {
      const [owner] = await dataSource.query<{ database: string; may: boolean }[]>(
        `SELECT current_database() AS database,
                (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS may`,
      );
      if (owner?.may !== true) {
        io.stderr('De rol van DATABASE_OWNER_URL mag geen rollen maken (CREATEROLE ontbreekt).\n');
        return 1;
      }
      // Name and password as parameters, into SQL only through format() (%I, %L); LOCAL: gone after the commit.
      await dataSource.transaction(async (manager) => {
        await manager.query(
          `SELECT set_config('sop_atlas.login', $1, true), set_config('sop_atlas.password', $2, true)`,
          [login, password],
        );
        await manager.query(`
          DO $$
          DECLARE
            login text := current_setting('sop_atlas.login');
            secret text := current_setting('sop_atlas.password');
          BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
              EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', login, secret);
            ELSE
              EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', login, secret);
            END IF;
            EXECUTE format('GRANT %I TO %I', '${APP_DB_ROLE}', login);
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), login);
          END $$`);
      });
      const url = new URL(config.databaseUrl ?? '');
      url.username = login;
      url.password = '';
      url.pathname = `/${owner.database}`;
      io.stderr(
        `Rol ${login} klaar (lid van ${APP_DB_ROLE}: geen DDL, geen wachtwoordhashes, RLS geldt).\n` +
          'Start de app met DATABASE_URL als deze rol (wachtwoord invullen) en bewaar de eigenaar apart ' +
          '(DATABASE_OWNER_URL alleen voor migraties en de CLI).\n',
      );
      io.stdout(`${url.toString().replace(`${login}@`, `${login}:<wachtwoord>@`)}\n`);
      return 0;
    });
  },
};
