import { type DataSourceOptions, type Logger } from 'typeorm';
import { APP_DB_ROLE } from '../common/auth/edit-context';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The TypeORM options of every connection (app, CLI, tests, drift check). Works against PostgreSQL 15+ (the embedded
 * server is 15): no extension is installed, UUIDs come from gen_random_uuid().
 */
export function dataSourceOptions(
  url: string,
  extra: { logger?: Logger; poolSize?: number; runtimeRole?: boolean } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: extra.poolSize ?? 10,
    // The running app works as the role without DDL that owns nothing (`role` set at connection start, so even a
    // superuser's or the owner's URL drops to it; RESET ROLE returns to it). Migrations and the CLI do not.
    ...(extra.runtimeRole ? { extra: { options: `-c role=${APP_DB_ROLE}` } } : {}),
    ...(extra.logger ? { logger: extra.logger, logging: ['query', 'error'] as const } : { logging: false }),
  };
}

/** Pool size of the app; the embedded socket server accepts more connections than this. */
export const APP_POOL_SIZE = 10;
