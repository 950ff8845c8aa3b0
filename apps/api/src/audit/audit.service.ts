import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Identity } from '../common/auth/identity';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditInput {
  actor: Identity | null;
  /** Overrides the actor's label (e.g. the email a failed login tried). */
  actorLabel?: string;
  action: string;
  schoolId?: string | null;
  sopId?: string | null;
  path?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

/** Writes one audit event with the caller's transaction manager (commits or rolls back with the change). */
export async function recordAudit(manager: EntityManager, input: AuditInput): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_id, actor, action, school_id, sop_id, path, old_value, new_value, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
    [
      input.actor?.userId ?? null,
      input.actorLabel ?? input.actor?.label ?? 'anoniem',
      input.action,
      input.schoolId ?? null,
      input.sopId ?? null,
      input.path ?? null,
      input.oldValue === undefined ? null : JSON.stringify(input.oldValue),
      input.newValue === undefined ? null : JSON.stringify(input.newValue),
      input.reason ?? null,
    ],
  );
}

/** Most events one `trail` call returns. */
export const MAX_TRAIL = 500;

/** Writes and reads the append-only audit trail (`audit_event`). */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inside the caller's transaction: the event commits or rolls back with the change it describes. */
  record(manager: EntityManager, input: AuditInput): Promise<void> {
    return recordAudit(manager, input);
  }

  /**
   * Outside any transaction, for refusals (the refused change rolled back; its record must stay). Never throws:
   * a failing audit write is logged, the refusal itself still reaches the caller.
   */
  async recordRefusal(input: AuditInput): Promise<void> {
    try {
      await this.record(this.dataSource.manager, input);
    } catch (error) {
      this.logger.error(
        `audit_event niet geschreven: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Events of a school, oldest first; with `path`, only events of that field (or the fields under it). */
  async trail(schoolId: string, path: string | null): Promise<AuditEventEntity[]> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.schoolId = :schoolId', { schoolId })
      .orderBy('e.id', 'ASC')
      .limit(MAX_TRAIL);
    if (path !== null) {
      // the field itself and the fields under it (`partners` → `partners[1].frequency`), not `partnersX`
      const escaped = path.replace(/[\\%_]/g, (c) => `\\${c}`);
      query.andWhere(`(e.path = :path OR e.path LIKE :member ESCAPE '\\' OR e.path LIKE :item ESCAPE '\\')`, {
        path,
        member: `${escaped}.%`,
        item: `${escaped}[%`,
      });
    }
    return query.getMany();
  }
}
