import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type SchoolKind } from '@sop-atlas/sop-model';
import { recordAudit } from '../audit/audit.service';
import { type Identity } from '../common/auth/identity';
import { type KindCandidate } from '../duo/kind-conflicts';
import { SchoolEntity } from '../schools/school.entity';

export interface KindConflictRow {
  school_id: string;
  name: string;
  vestigingscode: string | null;
  kind: SchoolKind;
  kind_source: string | null;
  opened_at: Date;
  candidates: KindCandidate[];
}

/**
 * "Soort school onzeker": schools whose DUO files (or staff and a file) disagree on the kind (written by the DUO
 * import, see duo/kind-conflicts.ts), and staff's choice that resolves one (ADR 0008).
 */
@Injectable()
export class KindConflictsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Open conflicts, by school name. One statement. */
  open(): Promise<KindConflictRow[]> {
    return this.dataSource.query<KindConflictRow[]>(
      `SELECT c.school_id, s.name, s.vestigingscode, s.kind, s.kind_source, c.opened_at, c.candidates
       FROM school_kind_conflict c JOIN school s ON s.id = c.school_id
       WHERE c.resolved_at IS NULL
       ORDER BY s.name, s.id`,
    );
  }

  /**
   * Sets a school's kind by hand (`manual`: later DUO imports keep it and report a disagreement), resolves its
   * open conflict and records `school.kind-set` in the audit trail, in one transaction; null when the school is
   * unknown.
   */
  async setKind(schoolId: string, kind: SchoolKind, actor: Identity | null): Promise<SchoolEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(SchoolEntity, { id: schoolId });
      if (!before) return null;
      await manager.update(SchoolEntity, { id: schoolId }, { kind, kindSource: 'manual' });
      // In a CTE so the driver answers rows (a bare UPDATE … RETURNING comes back as [rows, count]).
      const [conflict] = await manager.query<{ candidates: KindCandidate[] }[]>(
        `WITH resolved AS (
           UPDATE school_kind_conflict
           SET resolved_at = now(), resolved_kind = $2, resolved_by = $3, updated_at = now()
           WHERE school_id = $1 AND resolved_at IS NULL
           RETURNING candidates)
         SELECT candidates FROM resolved`,
        [schoolId, kind, actor?.label ?? 'onbekend'],
      );
      await recordAudit(manager, {
        actor,
        ...(actor ? {} : { actorLabel: 'onbekend' }),
        action: 'school.kind-set',
        schoolId,
        path: 'kind',
        oldValue: { kind: before.kind, source: before.kindSource },
        newValue: { kind, source: 'manual' },
        reason:
          conflict === undefined
            ? 'soort school handmatig gekozen (datagezondheid)'
            : `soort school gekozen bij twijfel tussen ${describe(conflict.candidates)} (datagezondheid)`,
      });
      return manager.findOneBy(SchoolEntity, { id: schoolId });
    });
  }
}

/** "SBO (leerlingen-2023.csv), SO (vestigingen-so.csv)" for the audit reason. */
function describe(candidates: readonly KindCandidate[]): string {
  return candidates
    .map((c) => `${c.kind} (${c.source === 'manual' ? 'handmatig' : (c.fileName ?? 'DUO')})`)
    .join(', ');
}
