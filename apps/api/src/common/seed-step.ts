import { type EntityManager } from 'typeorm';

/**
 * One step of seeding an empty database. Steps run in list order inside one transaction, only when the database
 * has no schools yet. Use only `manager` (a second connection would not see the transaction's rows).
 */
export interface SeedStep {
  /** Shown in the log, e.g. `Basisschool Jeroen`. */
  readonly name: string;
  run(manager: EntityManager): Promise<void>;
}
