import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The PostgreSQL job queue (pg-boss), one per API process; capabilities register their handlers on it. */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
