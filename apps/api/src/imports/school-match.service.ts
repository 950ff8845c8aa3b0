import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { schoolAddressOf } from '@sop-atlas/region-data';
import { tagTransaction } from '../common/auth/edit-context';
import { AppError, type AppErrorCode } from '../common/errors/app-error';
import { SchoolEntity } from '../schools/school.entity';
import { type ImportResult } from './import-result';
import { SchoolMatchEntity } from './school-match.entity';
import { createSchoolFromDocument } from './school-from-document';
import { SopImportService } from './sop-import.service';

const SCHOOL_MATCH_REFUSALS = {
  'not-found': 'NOT_FOUND',
  resolved: 'CONFLICT',
  'unknown-school': 'NOT_FOUND',
} as const satisfies Record<string, AppErrorCode>;

/** Why a "te koppelen" choice was refused (always about the waiting document's `id`). */
export class SchoolMatchError extends AppError {
  constructor(
    readonly kind: keyof typeof SCHOOL_MATCH_REFUSALS,
    message: string,
  ) {
    super(SCHOOL_MATCH_REFUSALS[kind], 'id', message);
  }
}

/** Staff's choice for a waiting document: a known school, or (explicitly) a new school from the document. */
export type SchoolMatchChoice = { schoolId: string } | { newSchool: true };

/** The "te koppelen" queue: documents that matched no school with confidence, and staff's choices for them. */
@Injectable()
export class SchoolMatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: SopImportService,
  ) {}

  /** Open entries (oldest first), or every entry with `all`. */
  list(options: { all?: boolean; limit?: number } = {}): Promise<SchoolMatchEntity[]> {
    const query = this.dataSource
      .getRepository(SchoolMatchEntity)
      .createQueryBuilder('m')
      .orderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(options.limit ?? 500);
    if (options.all !== true) query.where('m.resolvedAt IS NULL');
    return query.getMany();
  }

  countOpen(): Promise<number> {
    return this.dataSource.getRepository(SchoolMatchEntity).countBy({ resolvedAt: IsNull() });
  }

  /**
   * Links a waiting document to the chosen school (or creates the school, only when staff say so) and saves its
   * SOP as `SopImportService.saveDraft` does. One transaction; a second choice for the same entry is refused.
   */
  resolve(
    id: string,
    choice: SchoolMatchChoice,
    actor: { label: string; userId: string | null; credential: string | null },
  ): Promise<{ entry: SchoolMatchEntity; result: ImportResult }> {
    return this.dataSource.transaction(async (manager) => {
      await tagTransaction(
        manager,
        { label: actor.label, userId: actor.userId, roles: [], credential: actor.credential },
        'import',
      );
      const entry = /^[0-9a-f-]{36}$/i.test(id)
        ? await manager
            .getRepository(SchoolMatchEntity)
            .createQueryBuilder('m')
            .setLock('pessimistic_write')
            .where('m.id = :id', { id })
            .getOne()
        : null;
      if (entry === null)
        throw new SchoolMatchError('not-found', `te koppelen document '${id}' bestaat niet`);
      if (entry.resolvedAt !== null)
        throw new SchoolMatchError(
          'resolved',
          `'${entry.fileName}' is al gekoppeld (${entry.resolvedBy ?? '?'})`,
        );
      let schoolId: string;
      let created = false;
      if ('schoolId' in choice) {
        const school = /^[0-9a-f-]{36}$/i.test(choice.schoolId)
          ? await manager.findOneBy(SchoolEntity, { id: choice.schoolId })
          : null;
        if (school === null)
          throw new SchoolMatchError('unknown-school', `school '${choice.schoolId}' bestaat niet`);
        schoolId = school.id;
      } else {
        schoolId = await createSchoolFromDocument(
          manager,
          entry.document.school,
          schoolAddressOf(entry.document.school),
        );
        created = true;
      }
      const result = await this.imports.saveDraft(manager, {
        schoolId,
        document: entry.document,
        sourceDocumentId: entry.sourceDocumentId,
        options: { fileName: entry.fileName },
      });
      entry.resolvedAt = new Date();
      entry.resolvedBy = actor.label;
      entry.schoolId = schoolId;
      entry.sopId = result.sopId ?? null;
      await manager.save(entry);
      return { entry, result: { ...result, ...(created ? { schoolCreated: true } : {}) } };
    });
  }
}
