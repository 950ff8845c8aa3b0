import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type Provenance } from '@sop-atlas/sop-model';
import { SopWarningEntity } from '../sops/entities/sop-warning.entity';
import { SopEntity, type SopStatus } from '../sops/sop.entity';
import { type LockedSop, lockSopVersion } from '../sops/sop-lock';
import { SopWriter } from '../sops/sop-writer';
import { recordAudit } from '../audit/audit.service';
import { enterEditContext } from '../common/auth/edit-context';
import { AppError } from '../common/errors/app-error';
import { type Identity } from '../common/auth/identity';
import { valueAt } from '../sops/field-value';
import { changeField, pathCovers } from '../sops/field-path';
import { SourceDocumentTextEntity } from './source-document-text.entity';

/** Lines of source text shown before and after the lines a warning points at. */
export const CONTEXT_LINES = 2;
const REVIEWABLE: readonly SopStatus[] = ['draft', 'in-review'];

export interface DraftRow {
  sop: SopEntity;
  warningCount: number;
  unresolvedWarningCount: number;
  /** Sort key of the row: `created_at` as text (microseconds kept) and id. */
  cursorKey: [string, string];
}

export interface SourceLine {
  number: number;
  text: string;
  /** True for the lines the warning's provenance points at. */
  marked: boolean;
}

export interface ReviewWarning {
  warning: SopWarningEntity;
  provenance: Provenance | null;
  sourceLines: SourceLine[];
}

export interface SopReviewData {
  sop: SopEntity;
  warnings: ReviewWarning[];
}

interface DraftPageRow {
  id: string;
  created_at_text: string;
  warning_count: number;
  unresolved_count: number;
}

/** Drafts waiting for review, the review view (warnings beside their source text), corrections and publishing. */
@Injectable()
export class SopReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sopWriter: SopWriter,
  ) {}

  /** Draft and in-review SOPs, newest first, with their warning counts (keyset pagination on created_at, id). */
  async findDrafts(
    first: number,
    after: { createdAt: string; id: string } | null,
  ): Promise<{ rows: DraftRow[]; hasNextPage: boolean; totalCount: number }> {
    const params: unknown[] = [first + 1];
    let cursorSql = '';
    if (after) {
      params.push(after.createdAt, after.id);
      cursorSql = `AND (s.created_at, s.id) < ($2::timestamptz, $3::uuid)`;
    }
    const page = await this.dataSource.query<DraftPageRow[]>(
      `SELECT s.id, s.created_at::text AS created_at_text,
              count(w.id)::int AS warning_count,
              (count(w.id) FILTER (WHERE w.resolved_at IS NULL))::int AS unresolved_count
       FROM sop s LEFT JOIN sop_warning w ON w.sop_id = s.id
       WHERE s.status IN ('draft', 'in-review') ${cursorSql}
       GROUP BY s.id
       ORDER BY s.created_at DESC, s.id DESC
       LIMIT $1`,
      params,
    );
    const [{ total } = { total: 0 }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM sop WHERE status IN ('draft', 'in-review')`,
    );
    const hasNextPage = page.length > first;
    const rows = page.slice(0, first);
    const sops =
      rows.length === 0
        ? []
        : await this.dataSource.getRepository(SopEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(sops.map((s) => [s.id, s]));
    return {
      rows: rows.flatMap((r) => {
        const sop = byId.get(r.id);
        return sop
          ? [
              {
                sop,
                warningCount: r.warning_count,
                unresolvedWarningCount: r.unresolved_count,
                cursorKey: [r.created_at_text, r.id],
              },
            ]
          : [];
      }),
      hasNextPage,
      totalCount: total,
    };
  }

  /** The SOP with each warning and the source lines around the place it was read; null when the id is unknown. */
  async review(sopId: string): Promise<SopReviewData | null> {
    const sop = await this.dataSource
      .getRepository(SopEntity)
      .createQueryBuilder('sop')
      .addSelect('sop.document')
      .where('sop.id = :sopId', { sopId })
      .getOne();
    if (!sop) return null;
    const warnings = await this.dataSource
      .getRepository(SopWarningEntity)
      .find({ where: { sopId }, order: { position: 'ASC' } });
    const text =
      sop.sourceDocumentId === null
        ? null
        : await this.dataSource
            .getRepository(SourceDocumentTextEntity)
            .findOneBy({ sourceDocumentId: sop.sourceDocumentId });
    const lines = text?.lines ?? [];
    return {
      sop,
      warnings: warnings.map((warning) => {
        const provenance = sop.document.provenance[warning.path] ?? null;
        return { warning, provenance, sourceLines: linesAround(lines, provenance) };
      }),
    };
  }

  /**
   * Corrects one field: a new version of the SOP (through `SopWriter`) with the value replaced and validated; the
   * corrected version is kept, archived. Warnings about that field are marked resolved (unless asked not to);
   * warnings resolved earlier stay resolved.
   */
  async correctField(input: {
    sopId: string;
    path: string;
    value: unknown;
    resolveWarning: boolean;
    expectedVersion: number;
    actor: string;
    /** The caller: the transaction runs under RLS as them and the change is audited. */
    identity?: Identity;
  }): Promise<SopEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockReviewable(manager, input.sopId, input.expectedVersion);
      if (input.identity) await enterEditContext(manager, input.identity, 'correctie bij beoordeling');
      const change = changeField(current.document, input.path, input.value);
      if (!change.ok) {
        if (change.argument === 'path') throw new AppError('BAD_USER_INPUT', 'path', change.message);
        throw new AppError('BAD_USER_INPUT', 'value', change.message, { fields: change.fields });
      }
      const document = change.document;
      const next = await this.sopWriter.nextVersion(manager, current, document, current.status);
      if (input.identity) {
        await recordAudit(manager, {
          actor: input.identity,
          action: 'sop.field-changed',
          schoolId: current.school_id,
          sopId: next.id,
          path: input.path,
          oldValue: valueAt(current.document, input.path),
          newValue: input.value ?? null,
          reason: 'correctie bij beoordeling',
        });
      }
      if (input.resolveWarning) {
        const paths = document.warnings.map((w) => w.path).filter((p) => pathCovers(input.path, p));
        if (paths.length > 0) {
          await manager.query(
            `UPDATE sop_warning SET resolved_at = now(), resolved_by = $2
             WHERE sop_id = $1 AND resolved_at IS NULL AND path = ANY($3::text[])`,
            [next.id, input.actor, paths],
          );
        }
      }
      return next;
    });
  }

  /**
   * Publishes a draft: a new published version (SopWriter archives the previously published SOP of that school
   * year); the draft is kept, archived. Refused while `ambiguous-cell` warnings are unresolved, unless `force`.
   */
  async publish(input: {
    sopId: string;
    expectedVersion: number;
    force: boolean;
    identity?: Identity;
  }): Promise<SopEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockReviewable(manager, input.sopId, input.expectedVersion);
      if (input.identity) {
        await enterEditContext(
          manager,
          input.identity,
          input.force ? 'gepubliceerd (force)' : 'gepubliceerd',
        );
      }
      const open = await manager.query<{ path: string }[]>(
        `SELECT path FROM sop_warning
         WHERE sop_id = $1 AND code = 'ambiguous-cell' AND resolved_at IS NULL ORDER BY position`,
        [current.id],
      );
      if (open.length > 0 && !input.force) {
        throw new AppError(
          'BAD_USER_INPUT',
          'force',
          `nog ${open.length} onopgeloste twijfelachtige cel(len): ${open
            .map((o) => o.path)
            .join(', ')}; corrigeer ze of publiceer met force: true`,
          { unresolvedPaths: open.map((o) => o.path) },
        );
      }
      return this.sopWriter.nextVersion(manager, current, current.document, 'published');
    });
  }

  /**
   * Publishes every draft or in-review SOP without unresolved warnings ("ready"), each as `publish` does (own
   * transaction, audited). An SOP that changed meanwhile is skipped, not forced. Optionally one school year.
   */
  async publishAllReady(input: {
    schoolYear?: string | null;
    identity?: Identity;
  }): Promise<{ published: string[]; skipped: number; waiting: number }> {
    const ready = await this.dataSource.query<{ id: string; version: number }[]>(
      `SELECT s.id, s.version FROM sop s
       WHERE s.status IN ('draft', 'in-review')
         AND ($1::text IS NULL OR s.school_year = $1)
         AND NOT EXISTS (SELECT 1 FROM sop_warning w WHERE w.sop_id = s.id AND w.resolved_at IS NULL)
       ORDER BY s.created_at, s.id`,
      [input.schoolYear ?? null],
    );
    const published: string[] = [];
    let skipped = 0;
    for (const sop of ready) {
      try {
        const next = await this.publish({
          sopId: sop.id,
          expectedVersion: sop.version,
          force: false,
          ...(input.identity ? { identity: input.identity } : {}),
        });
        published.push(next.id);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        skipped += 1;
      }
    }
    const [rest] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sop WHERE status IN ('draft', 'in-review')
         AND ($1::text IS NULL OR school_year = $1)`,
      [input.schoolYear ?? null],
    );
    return { published, skipped, waiting: rest?.n ?? 0 };
  }
}

/** Locks the SOP row; it must still be the reviewable version the caller saw. */
function lockReviewable(manager: EntityManager, sopId: string, expectedVersion: number): Promise<LockedSop> {
  return lockSopVersion(manager, sopId, expectedVersion, REVIEWABLE);
}

/** The source lines a provenance points at, with `CONTEXT_LINES` lines of context either side. */
export function linesAround(lines: readonly string[], provenance: Provenance | null): SourceLine[] {
  if (provenance?.line === undefined || lines.length === 0) return [];
  const firstMarked = provenance.line;
  const lastMarked = Math.max(provenance.lineEnd ?? firstMarked, firstMarked);
  const from = Math.max(1, firstMarked - CONTEXT_LINES);
  const to = Math.min(lines.length, lastMarked + CONTEXT_LINES);
  const out: SourceLine[] = [];
  for (let number = from; number <= to; number += 1) {
    out.push({
      number,
      text: lines[number - 1] ?? '',
      marked: number >= firstMarked && number <= lastMarked,
    });
  }
  return out;
}
