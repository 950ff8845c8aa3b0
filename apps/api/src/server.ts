import { type AddressInfo } from 'node:net';
import compression from 'compression';
import { Logger, type LogLevel as NestLogLevel } from '@nestjs/common';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { type DestinationStream } from 'pino';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from './app.module';
import { type AppConfig, LOG_LEVELS, type LogLevel } from './config/app-config';
import { type DatabaseTarget, openDatabase } from './database/database-target';
import {
  openOwnerDataSource,
  ownerUrlOf,
  prepareDatabase,
  registerProcessJobKey,
} from './database/owner-tasks';
import { JobKey } from './jobs/job-key';
import { Metrics } from './observability/metrics';
import { SeedService } from './seed/seed.service';
import { securityHeaders } from './web/security-headers';
import { configureWeb } from './web/web';

export interface ServerOptions {
  /** Seed an empty database with Jeroen, the demo region and demo accounts (default: `config.demo`). */
  seed?: boolean;
  /** Log output (JSON lines, pino); `false` silences it (tests). Default: levels up to `config.logLevel`. */
  logger?: false;
  /** Where the JSON log goes instead of stdout (tests read it); implies logging on. */
  logDestination?: DestinationStream;
  sqlLogger?: TypeOrmLogger;
  /** Dashboard build folder (tests point it elsewhere). */
  dashboardDist?: string;
}

export interface RunningServer {
  app: NestExpressApplication;
  database: DatabaseTarget;
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

export function nestLogLevels(level: LogLevel): NestLogLevel[] {
  return ['fatal', ...LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1)];
}

/**
 * Opens the database (embedded or DATABASE_URL), migrates it as the owner under the migration lock (unless
 * `MIGRATE_ON_START=0`), boots Nest (working as the
 * runtime role `sop_atlas_app`), seeds an empty database (as the owner) and listens. Throws `StartupError` for problems the user can fix.
 */
export async function startServer(config: AppConfig, options: ServerOptions = {}): Promise<RunningServer> {
  const started = Date.now();
  const logger = new Logger('SOP Atlas');
  const database = await openDatabase(config);
  const logging = options.logger !== false || options.logDestination !== undefined;
  let app: NestExpressApplication | undefined;
  let owner: DataSource | undefined;
  try {
    owner = await openOwnerDataSource(ownerUrlOf(config, database.info.url));
    await prepareDatabase(owner, config, { migrate: config.migrateOnStart });
    // The worker key of batch jobs: JOB_TOKEN, else a random key of this process when the owner may register it.
    let jobKey = config.jobToken === null ? JobKey.generate() : JobKey.fromConfig(config);
    if (config.jobToken === null && !(await registerProcessJobKey(owner, jobKey))) jobKey = JobKey.none();
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        config,
        database: database.info,
        jobKey,
        ...(options.sqlLogger ? { sqlLogger: options.sqlLogger } : {}),
        log: {
          ...(logging ? {} : { level: 'silent' as const }),
          ...(options.logDestination ? { destination: options.logDestination } : {}),
        },
      }),
      { bufferLogs: logging, logger: logging ? nestLogLevels(config.logLevel) : false, abortOnError: false },
    );
    if (logging) {
      app.useLogger(app.get(PinoNestLogger));
      logger.log(`Database: ${database.info.description}`);
      for (const notice of database.notices) logger.warn(notice);
    }
    // Behind a reverse proxy, req.ip (the login limiter's key) is the client from X-Forwarded-For.
    if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
    app.disable('x-powered-by'); // no need to tell every visitor the server's framework
    // gzip/brotli for the dashboard's scripts and GraphQL answers (a zip or an image is left as it is)
    app.use(compression());
    app.use(app.get(Metrics).middleware);
    if (!config.isDevelopment) app.use(securityHeaders());
    configureWeb(app, options.dashboardDist);
    await app.init();
    const seeder = app.get(SeedService);
    if (options.seed ?? config.demo) {
      if ((await seeder.seedIfEmpty(owner)) && logging) {
        logger.warn(
          'Demoregio en demo-accounts geladen (SOP_ATLAS_DEMO): hun wachtwoorden staan in .env.example; ' +
            'niet voor productie.',
        );
      }
    }
    if (logging && (await seeder.accountCount()) === 0) {
      logger.log(
        'Nog geen accounts. Maak de eerste beheerder met: npm run sop -- init --email <adres> ' +
          '--password-stdin < wachtwoord.txt',
      );
    }
    await owner.destroy();
    owner = undefined;
    await app.listen(config.port, config.host);
  } catch (error) {
    await owner?.destroy().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  if (logging) {
    logger.log(
      `Luistert op http://${config.host}:${port} (GraphQL: /graphql), gestart in ${Date.now() - started} ms`,
    );
  }
  const running = app;
  let closing: Promise<void> | undefined;
  return {
    app: running,
    database,
    url,
    close: () => {
      closing ??= (async () => {
        try {
          await running.close();
        } finally {
          await database.close();
        }
      })();
      return closing;
    },
  };
}
