import { DEMO_ACCOUNTS } from '../../demo/demo-accounts.seed-step';
import { AccountInputError, createUserAccount } from '../../accounts/accounts.service';
import { readPassword } from '../../accounts/user-cli';
import { AppConfig } from '../../config/app-config';
import { withCliDataSource } from '../cli-data-source';
import { type CliCommand } from '../cli-command';

const USAGE =
  'Gebruik: npm run sop -- init --email <adres> [--name <naam>] [--password-stdin | --password <wachtwoord>]\n' +
  '  maakt het eerste SWV-stafaccount (rollen swv-staff en admin) in een lege regio\n';

const NEXT_STEPS = `Volgende stappen:
  1. npm run sop -- duo <scholenregister.csv>       (DUO: alle schoolvestigingen)
  2. npm run sop -- duo <leerlingen.csv>            (DUO: leerlingen per vestiging, met SOORT PO)
  3. npm run sop -- import <map met SOP's>          (samenvatting: klaar / te beoordelen / te koppelen)
  4. npm run sop -- koppel                          (documenten die op een school wachten)
  5. in het dashboard: Beheer → "Alles wat klaar is publiceren"
`;

/**
 * `init`: the first step of an empty region. Migrates the database and creates the first SWV staff account (roles
 * swv-staff and admin); refused when a staff account other than the documented demo accounts exists already.
 */
export const initCommand: CliCommand = {
  name: 'init',
  summary: 'begint een lege regio: migreert en maakt het eerste stafaccount (--email …, --password-stdin)',
  async run(args, io) {
    let email: string | null = null;
    let name: string | null = null;
    let fromStdin = false;
    let given: string | null = null;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      if (arg === '--password-stdin') fromStdin = true;
      else if ((arg === '--email' || arg === '--name' || arg === '--password') && args[i + 1] !== undefined) {
        const value = args[i + 1] as string;
        if (arg === '--email') email = value;
        else if (arg === '--name') name = value;
        else given = value;
        i += 1;
      } else {
        io.stderr(`Onbekend argument '${arg ?? ''}'.\n${USAGE}`);
        return 2;
      }
    }
    if (email === null) {
      io.stderr(USAGE);
      return 2;
    }
    const password = given ?? (await readPassword(!fromStdin, (text) => io.stderr(text)));
    return withCliDataSource(AppConfig.fromEnv(), io, async (dataSource) => {
      const [staff] = await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM user_account
         WHERE roles && ARRAY['swv-staff', 'admin']::text[] AND NOT (lower(email) = ANY($1::text[]))`,
        [DEMO_ACCOUNTS.map((a) => a.email.toLowerCase())],
      );
      if ((staff?.n ?? 0) > 0) {
        io.stderr(
          `Niet aangemaakt: deze database heeft al ${staff?.n ?? 0} staf- of beheeraccount(s); ` +
            `maak verdere accounts met npm run sop -- user add.\n`,
        );
        return 1;
      }
      try {
        const id = await dataSource.transaction((manager) =>
          createUserAccount(manager, {
            email: email,
            displayName: name ?? email,
            password,
            roles: ['swv-staff', 'admin'],
            schoolIds: [],
          }),
        );
        const [counts] = await dataSource.query<{ schools: number; demo: number }[]>(
          `SELECT count(*)::int AS schools, count(*) FILTER (WHERE is_demo)::int AS demo FROM school`,
        );
        io.stderr(`Eerste stafaccount ${email.trim().toLowerCase()} aangemaakt (swv-staff, admin).\n`);
        if ((counts?.demo ?? 0) > 0)
          io.stderr(
            `Let op: de database bevat ${counts?.demo ?? 0} fictieve demoscholen; verwijder ze met npm run sop -- demo verwijder.\n`,
          );
        io.stderr(NEXT_STEPS);
        io.stdout(
          `${JSON.stringify({ id, email: email.trim().toLowerCase(), roles: ['swv-staff', 'admin'] })}\n`,
        );
        return 0;
      } catch (error) {
        if (error instanceof AccountInputError) {
          io.stderr(`Account niet aangemaakt: ${error.message}\n`);
          return 1;
        }
        throw error;
      }
    });
  },
};
