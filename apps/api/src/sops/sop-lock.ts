import { type EntityManager } from 'typeorm';
import { type SopDocument } from '@sop-atlas/sop-model';
import { type SopStatus } from './sop.entity';

/** An SOP row locked for a change (FOR UPDATE), with its full document. */
export interface LockedSop {
  id: string;
  school_id: string;
  school_year: string;
  status: SopStatus;
  version: number;
  source_document_id: string | null;
  document: SopDocument;
}

/** Why an SOP cannot be changed as asked; `argument` names the GraphQL argument at fault. */
export interface SopLockRefusal {
  kind: 'not-found' | 'conflict';
  argument: 'sopId' | 'expectedVersion';
  message: string;
  details: Record<string, unknown>;
}

/**
 * Locks the SOP (through `sop_atlas_lock_sop`, which sees every row whatever the caller may write, so a missing row
 * is told apart from a forbidden one), lets `authorize` refuse the caller, and checks optimistic concurrency: the SOP must be in one of `statuses` and at
 * `expectedVersion`. Every refusal goes through `refuse`, so each caller keeps its own error type.
 */
export async function lockSopVersion(
  manager: EntityManager,
  sopId: string,
  expectedVersion: number,
  statuses: readonly SopStatus[],
  refuse: (refusal: SopLockRefusal) => Error,
  authorize: (row: LockedSop) => void = () => undefined,
): Promise<LockedSop> {
  await manager.query(`SELECT sop_atlas_lock_sop($1)`, [sopId]);
  const [row] = await manager.query<LockedSop[]>(
    `SELECT id, school_id, school_year, status, version, source_document_id, document FROM sop WHERE id = $1`,
    [sopId],
  );
  if (!row) {
    throw refuse({
      kind: 'not-found',
      argument: 'sopId',
      message: `SOP met sopId '${sopId}' bestaat niet`,
      details: {},
    });
  }
  authorize(row);
  if (!statuses.includes(row.status)) {
    throw refuse({
      kind: 'conflict',
      argument: 'sopId',
      message: `SOP '${sopId}' is ${row.status}, niet ${statuses.join(' of ')}; haal de nieuwste versie op`,
      details: { status: row.status, version: row.version },
    });
  }
  if (row.version !== expectedVersion) {
    throw refuse({
      kind: 'conflict',
      argument: 'expectedVersion',
      message: `SOP '${sopId}' is versie ${row.version}, niet ${expectedVersion}; haal de nieuwste versie op`,
      details: { version: row.version },
    });
  }
  return row;
}
