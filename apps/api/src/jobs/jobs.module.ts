import { Global, Module } from '@nestjs/common';
import { JobCredentials } from './job-credentials';
import { JobQueue } from './job-queue';

/**
 * The PostgreSQL job queue (pg-boss), one per API process; capabilities register their handlers on it. Batch jobs
 * act with the credentials of `JobCredentials`.
 */
@Global()
@Module({
  providers: [JobQueue, JobCredentials],
  exports: [JobQueue, JobCredentials],
})
export class JobsModule {}
