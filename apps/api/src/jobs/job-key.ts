import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import { type AppConfig } from '../config/app-config';

/**
 * The worker key of this process (ADR 0011): the secret half of a batch job's credential `job:<batchId>:<key>`.
 * The database holds only its hash (`sop_atlas_private.job_key`), so the runtime role, which reads the job queue,
 * cannot act as a job. Either `JOB_TOKEN` (hash written by the owner) or a random key this process registered at
 * start through the owner's connection; `value` null = neither was possible, batch uploads are refused.
 */
export class JobKey {
  constructor(
    readonly value: string | null,
    /** `JOB_TOKEN`, or this process's own row name in `job_key`. */
    readonly name: string | null,
  ) {}

  /** `JOB_TOKEN` when configured, else none (until a process key is registered, see `startServer`). */
  static fromConfig(config: Pick<AppConfig, 'jobToken'>): JobKey {
    return config.jobToken === null ? JobKey.none() : new JobKey(config.jobToken, JOB_TOKEN_KEY_NAME);
  }

  static none(): JobKey {
    return new JobKey(null, null);
  }

  /** A new random key for this process, named so two replicas never share a row. */
  static generate(): JobKey {
    return new JobKey(
      randomBytes(32).toString('base64url'),
      `process:${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
    );
  }

  /** The credential a job of `batchId` hands to the database. */
  credentialFor(batchId: string): string {
    if (this.value === null) throw new Error('geen sleutel voor achtergrondtaken (JOB_TOKEN)');
    return `job:${batchId}:${this.value}`;
  }
}

/** Row name of the configured key in `sop_atlas_private.job_key`. */
export const JOB_TOKEN_KEY_NAME = 'JOB_TOKEN';

export function jobKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Dutch: why batch uploads are refused in this set-up, naming what to configure. */
export const NO_JOB_KEY_MESSAGE =
  'uploads met meerdere documenten staan uit: de app draait als een databaserol zonder eigenaarsrechten en JOB_TOKEN ' +
  'is niet (of anders dan bij npm run sop -- migrate) ingesteld; zet JOB_TOKEN (minstens 32 tekens) voor migrate en ' +
  'voor de app, of DATABASE_OWNER_URL';
