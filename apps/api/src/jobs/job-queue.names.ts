/**
 * The queues of background jobs (pg-boss). Each one is created by the migrations (`pgboss.create_queue`), so the
 * app never needs DDL at run time. A new queue = a new migration calling `create_queue` + a name here.
 */
export const JOB_QUEUES = ['region-report', 'import-file', 'place-schools'] as const;
export type JobQueueName = (typeof JOB_QUEUES)[number];

/** Schema of pg-boss's tables (`pgboss.job`, `pgboss.queue`, …), next to the app's own in the same database. */
export const JOB_SCHEMA = 'pgboss';

/** Attempts of one job in all: the first plus retries after a failure or a crash (expiry). */
export const JOB_RETRY_LIMIT = 4;
