import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type SopDocument, schoolYearOf, schoolYearStart } from '@sop-atlas/sop-model';
import { AuditService } from '../audit/audit.service';
import { enterEditContext } from '../common/auth/edit-context';
import { hasRole, type Identity } from '../common/auth/identity';
import { AppError } from '../common/errors/app-error';
import { changeField } from '../sops/field-path';
import { SopEntity, type SopStatus } from '../sops/sop.entity';
import { type LockedSop, lockSopVersion } from '../sops/sop-lock';
import { SopWriter } from '../sops/sop-writer';
import { valueAt } from '../sops/field-value';

/** What an edit does, for the audit record of a refusal. */
interface EditAttempt {
  action: string;
  schoolId?: string | null;
  sopId?: string | null;
  path?: string | null;
}

/**
 * School editors' drafts: start one from the latest published SOP, change fields, submit for review; staff send
 * back. Every change is a new version of the SOP (the one it replaces is kept, archived) written in a transaction
 * that runs as the application database role under row-level security, with its audit events.
 */
@Injectable()
export class EditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sopWriter: SopWriter,
    private readonly audit: AuditService,
  ) {}

  /** The school's draft for `schoolYear`: the existing draft or in-review SOP, else a copy of the latest published. */
  startDraft(identity: Identity, schoolId: string, schoolYear: string): Promise<SopEntity> {
    return this.attempt(identity, { action: 'sop.start-draft', schoolId }, async () => {
      mayEditSchool(identity, schoolId, 'schoolId');
      if (schoolYearStart(schoolYear) < schoolYearStart(schoolYearOf(new Date()))) {
        throw new AppError(
          'BAD_USER_INPUT',
          'schoolYear',
          `schooljaar ${schoolYear} is voorbij; alleen het lopende of een komend schooljaar`,
        );
      }
      return this.dataSource.transaction(async (manager) => {
        const [school] = await manager.query<{ id: string }[]>(
          `SELECT id FROM school WHERE id = $1 FOR UPDATE`,
          [schoolId],
        );
        if (!school)
          throw new AppError('NOT_FOUND', 'schoolId', `School met schoolId '${schoolId}' bestaat niet`);
        const [open] = await manager.query<{ id: string }[]>(
          `SELECT id FROM sop WHERE school_id = $1 AND school_year = $2 AND status IN ('draft', 'in-review')
           ORDER BY version DESC LIMIT 1`,
          [schoolId, schoolYear],
        );
        if (open) return manager.findOneByOrFail(SopEntity, { id: open.id });
        const [base] = await manager.query<{ id: string; document: SopDocument }[]>(
          `SELECT id, document FROM sop WHERE school_id = $1 AND status = 'published'
           ORDER BY school_year DESC, version DESC LIMIT 1`,
          [schoolId],
        );
        if (!base) {
          throw new AppError(
            'NOT_FOUND',
            'schoolId',
            'deze school heeft nog geen gepubliceerd SOP om van uit te gaan',
          );
        }
        await enterEditContext(manager, identity, `concept ${schoolYear} gestart`);
        const document: SopDocument = { ...base.document, schoolYear, warnings: [] };
        const draft = await this.sopWriter.save(manager, { schoolId, document, status: 'draft' });
        await this.audit.record(manager, {
          actor: identity,
          action: 'sop.draft-started',
          schoolId,
          sopId: draft.id,
          oldValue: { fromSopId: base.id },
          newValue: { schoolYear, version: draft.version },
        });
        return draft;
      });
    });
  }

  /** One field of a draft, as a new draft version. */
  updateField(
    identity: Identity,
    input: { sopId: string; path: string; value: unknown; expectedVersion: number; reason: string | null },
  ): Promise<SopEntity> {
    return this.attempt(identity, { action: 'sop.update-field', sopId: input.sopId, path: input.path }, () =>
      this.dataSource.transaction(async (manager) => {
        const current = await this.lock(manager, identity, input.sopId, input.expectedVersion, ['draft']);
        const change = changeField(current.document, input.path, input.value);
        if (!change.ok) throw new AppError('BAD_USER_INPUT', change.argument, change.message);
        const document = change.document;
        if (document.schoolYear !== current.school_year) {
          throw new AppError(
            'BAD_USER_INPUT',
            'path',
            'het schooljaar van een concept ligt vast (start een nieuw concept)',
          );
        }
        await enterEditContext(manager, identity, input.reason);
        const next = await this.sopWriter.nextVersion(manager, current, document, 'draft');
        await this.audit.record(manager, {
          actor: identity,
          action: 'sop.field-changed',
          schoolId: current.school_id,
          sopId: next.id,
          path: input.path,
          oldValue: valueAt(current.document, input.path),
          newValue: input.value ?? null,
          reason: input.reason,
        });
        return next;
      }),
    );
  }

  /** draft → in-review (school editor of the school, or staff). */
  submit(identity: Identity, sopId: string, expectedVersion: number): Promise<SopEntity> {
    return this.attempt(identity, { action: 'sop.submit', sopId }, () =>
      this.dataSource.transaction(async (manager) => {
        const current = await this.lock(manager, identity, sopId, expectedVersion, ['draft']);
        await enterEditContext(manager, identity, 'ter beoordeling aangeboden');
        const next = await this.sopWriter.nextVersion(manager, current, current.document, 'in-review');
        await this.audit.record(manager, {
          actor: identity,
          action: 'sop.submitted',
          schoolId: current.school_id,
          sopId: next.id,
          oldValue: { version: current.version },
          newValue: { version: next.version },
        });
        return next;
      }),
    );
  }

  /** in-review → draft with the reviewer's comment (staff). */
  sendBack(identity: Identity, sopId: string, comment: string, expectedVersion: number): Promise<SopEntity> {
    return this.attempt(identity, { action: 'sop.send-back', sopId }, () =>
      this.dataSource.transaction(async (manager) => {
        if (!hasRole(identity, 'swv-staff'))
          throw new AppError('FORBIDDEN', 'sopId', 'alleen SWV-medewerkers');
        const current = await this.lock(manager, identity, sopId, expectedVersion, ['in-review']);
        await enterEditContext(manager, identity, comment);
        const next = await this.sopWriter.nextVersion(manager, current, current.document, 'draft');
        await this.audit.record(manager, {
          actor: identity,
          action: 'sop.sent-back',
          schoolId: current.school_id,
          sopId: next.id,
          oldValue: { version: current.version },
          newValue: { version: next.version },
          reason: comment,
        });
        return next;
      }),
    );
  }

  /** Runs an edit; a refusal is written to the audit trail (after the rollback) and rethrown. */
  private async attempt<T>(identity: Identity, what: EditAttempt, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (raw) {
      const error =
        raw instanceof QueryFailedError && (raw.driverError as { code?: string }).code === '42501'
          ? new AppError('FORBIDDEN', 'sopId', 'de database weigert deze wijziging (rij-beveiliging)')
          : raw;
      if (error instanceof AppError) {
        await this.audit.recordRefusal({
          actor: identity,
          action: 'edit.refused',
          schoolId: what.schoolId ?? (await this.schoolOf(what.sopId ?? null)),
          sopId: what.sopId ?? null,
          path: what.path ?? null,
          reason: `${what.action}: ${error.code}: ${error.message}`.slice(0, 2000),
        });
      }
      throw error;
    }
  }

  /** The school of an SOP (for the audit record of a refused edit), null when unknown. */
  private async schoolOf(sopId: string | null): Promise<string | null> {
    if (sopId === null) return null;
    const [row] = await this.dataSource.query<{ school_id: string }[]>(
      `SELECT school_id FROM sop WHERE id = $1`,
      [sopId],
    );
    return row?.school_id ?? null;
  }

  /** Locks the SOP (as the owner, to tell not-found from forbidden), checks access, status and version. */
  private lock(
    manager: EntityManager,
    identity: Identity,
    sopId: string,
    expectedVersion: number,
    statuses: readonly SopStatus[],
  ): Promise<LockedSop> {
    return lockSopVersion(manager, sopId, expectedVersion, statuses, (row) =>
      mayEditSchool(identity, row.school_id, 'sopId'),
    );
  }
}

function mayEditSchool(identity: Identity, schoolId: string, argument: string): void {
  if (hasRole(identity, 'swv-staff')) return;
  if (hasRole(identity, 'school-editor') && identity.schoolIds.includes(schoolId)) return;
  throw new AppError(
    'FORBIDDEN',
    argument,
    'alleen SOPs van de eigen school (schoolredacteur) of als SWV-medewerker',
  );
}
