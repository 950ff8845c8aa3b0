import { type EntityManager } from 'typeorm';
import { type SopDocument } from '@sop-atlas/sop-model';
import { AppError, NotFoundError } from '../common/errors/app-error';
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

/**
 * Locks the SOP (through `sop_atlas_lock_sop`, which sees every row whatever the caller may write, so a missing row
 * is told apart from a forbidden one), lets `authorize` refuse the caller, and checks optimistic concurrency: the SOP
 * must be in one of `statuses` and at `expectedVersion`. A refusal is an `AppError` (NOT_FOUND or CONFLICT) naming the
 * argument at fault.
 */
export async function lockSopVersion(
  manager: EntityManager,
  sopId: string,
  expectedVersion: number,
  statuses: readonly SopStatus[],
  authorize: (row: LockedSop) => void = () => undefined,
): Promise<LockedSop> {
  await manager.query(`SELECT sop_atlas_lock_sop($1)`, [sopId]);
  const [row] = await manager.query<LockedSop[]>(
    `SELECT id, school_id, school_year, status, version, source_document_id, document FROM sop WHERE id = $1`,
    [sopId],
  );
  if (!row) {
    throw new NotFoundError('SOP', 'sopId', sopId);
  }
  authorize(row);
  if (!statuses.includes(row.status)) {
    throw new AppError(
      'CONFLICT',
      'sopId',
      `SOP '${sopId}' is ${row.status}, niet ${statuses.join(' of ')}; haal de nieuwste versie op`,
      { status: row.status, version: row.version },
    );
  }
  if (row.version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      'expectedVersion',
      `SOP '${sopId}' is versie ${row.version}, niet ${expectedVersion}; haal de nieuwste versie op`,
      { version: row.version },
    );
  }
  return row;
}
