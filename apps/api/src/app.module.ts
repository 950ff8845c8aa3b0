import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { type DestinationStream } from 'pino';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type Logger as TypeOrmLogger } from 'typeorm';
import { AggregateCacheModule } from './aggregate-cache/aggregate-cache.module';
import { GET_PREFLIGHT_HEADERS } from './aggregate-cache/graphql-etag';
import { AccessGuard } from './common/auth/access.guard';
import { EditingModule } from './editing/editing.module';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { formatGraphqlError } from './common/graphql/format-error';
import { createGraphqlContext } from './common/graphql/graphql-context';
import { VALIDATION_RULES } from './common/graphql/validation-rules';
import { type AppConfig } from './config/app-config';
import { CompareModule } from './compare/compare.module';
import { ConfigModule } from './config/config.module';
import { DatabaseInfo } from './common/database-info';
import { DataHealthModule } from './data-health/data-health.module';
import { DemoModule } from './demo/demo.module';
import { DuoModule } from './duo/duo.module';
import { APP_POOL_SIZE, dataSourceOptions } from './database/data-source-options';
import { FundingModule } from './funding/funding.module';
import { GeocodingModule } from './geocoding/geocoding.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { AppExceptionFilter } from './observability/exception.filter';
import { ObservabilityModule } from './observability/observability.module';
import { UploadSlotsInterceptor } from './observability/upload-slots.interceptor';
import { graphqlLogPlugin } from './observability/graphql-log.plugin';
import { loggerParams } from './observability/logging';
import { ImportsModule } from './imports/imports.module';
import { ImportBatchesModule } from './import-batches/import-batches.module';
import { JobKey } from './jobs/job-key';
import { JobsModule } from './jobs/jobs.module';
import { OpenDataModule } from './open-data/open-data.module';
import { ReportsModule } from './reports/reports.module';
import { RegionModule } from './region/region.module';
import { RegionOverviewModule } from './region-overview/region-overview.module';
import { SchoolsModule } from './schools/schools.module';
import { SeedModule } from './seed/seed.module';
import { SopsModule } from './sops/sops.module';
import { SourceDocumentsModule } from './source-documents/source-documents.module';

export interface AppModuleOptions {
  config: AppConfig;
  database: DatabaseInfo;
  /** The worker key of batch jobs (default: `JOB_TOKEN`, or none). */
  jobKey?: JobKey;
  /** Sees every SQL statement (tests count them). */
  sqlLogger?: TypeOrmLogger;
  /** Where the JSON log goes (default stdout); `silent` turns it off (tests). */
  log?: { level?: 'silent'; destination?: DestinationStream };
}

@Module({})
export class AppModule {
  static forRoot({ config, database, jobKey, sqlLogger, log }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerParams(log?.level ?? config.logLevel, log?.destination)),
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          // migrations ran before, as the owner (server.ts); the app works as the runtime role
          ...dataSourceOptions(database.url, {
            poolSize: APP_POOL_SIZE,
            runtimeRole: true,
            ...(sqlLogger ? { logger: sqlLogger } : {}),
          }),
          // migrated before Nest starts (`startServer`, under an advisory lock) or by a one-off `migrate`
          migrationsRun: false,
          retryAttempts: 0,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          graphiql: config.isDevelopment,
          introspection: !config.isProduction,
          context: createGraphqlContext,
          validationRules: VALIDATION_RULES,
          includeStacktraceInErrorResponses: config.isDevelopment,
          formatError: formatGraphqlError(config.isDevelopment),
          plugins: [graphqlLogPlugin],
          // GET queries (the dashboard's public reads, cached by ETag) carry our CSRF header instead of Apollo's
          csrfPrevention: { requestHeaders: GET_PREFLIGHT_HEADERS },
        }),
        AggregateCacheModule,
        HealthModule,
        JobsModule,
        ObservabilityModule,
        EditingModule,
        AuditModule,
        AccountsModule,
        SchoolsModule,
        SopsModule,
        SourceDocumentsModule,
        FundingModule,
        SeedModule,
        ImportsModule,
        CompareModule,
        RegionOverviewModule,
        DuoModule,
        RegionModule,
        DataHealthModule,
        DemoModule,
        GeocodingModule,
        OpenDataModule,
        ExportsModule,
        ReportsModule,
        ImportBatchesModule,
      ],
      providers: [
        { provide: DatabaseInfo, useValue: database },
        {
          provide: JobKey,
          useValue: jobKey ?? JobKey.fromConfig(config),
        },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: UploadSlotsInterceptor },
      ],
      exports: [DatabaseInfo, JobKey],
      global: true,
    };
  }
}
