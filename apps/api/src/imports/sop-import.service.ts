import { Injectable } from '@nestjs/common';
import { tagTransaction } from '../common/auth/edit-context';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type SopDocument, SopValidationError, validateSopDocument } from '@sop-atlas/sop-model';
import { parseSopDocument, type ParseResult, SopImportError } from '@sop-atlas/sop-import';
import { AppConfig } from '../config/app-config';
import { SchoolEntity } from '../schools/school.entity';
import { SopEntity } from '../sops/sop.entity';
import { SopWriter } from '../sops/sop-writer';
import { SourceDocumentEntity } from '../source-documents/source-document.entity';
import { SourceDocumentsService } from '../source-documents/source-documents.service';
import { failedResult, ImportFailure, type ImportResult } from './import-result';
import { publishCleanImports } from './publishing-policy';
import { SchoolMatchEntity } from './school-match.entity';
import { createSchoolFromDocument, matchDocumentSchool, nameDiffersWarning } from './school-from-document';
import { SourceDocumentTextEntity } from './source-document-text.entity';

export interface ImportDocumentOptions {
  fileName: string;
  /** Who imports (stored with the source document). */
  importedBy: string | null;
  /** The uploader's account, for the audit trail (a batch job names the staff member who started it). */
  importerId?: string | null;
  /**
   * The uploader's proof (session or service token, or a batch job's credential, ADR 0011) for the database's
   * row-level security; the API's runtime role writes SOPs only with it. None for the CLI, which runs as the
   * database owner.
   */
  credential?: string | null;
  /** The school the SOP belongs to, chosen by the caller; otherwise the document is matched to a known school. */
  schoolId?: string | null;
  /**
   * An explicit staff choice: a document that matches no known school creates one from what it states. Without it
   * such a document waits "te koppelen" (never a new school by itself).
   */
  createSchoolIfUnmatched?: boolean;
  /**
   * Runs in the import's own transaction with its result (imported, to match or duplicate), so a caller can record
   * the outcome exactly when the document lands (a batch job that crashes before commit leaves neither).
   */
  onStored?: (manager: EntityManager, result: ImportResult) => Promise<void>;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Imports one SOP document: parse (worker pool, configured limits), then one transaction that stores the original
 * bytes (deduplicated by SHA-256) with its text lines, matches the document to a known school (region-data's
 * `matchSchool`) and saves a draft SOP through `SopWriter`, or leaves it waiting "te koppelen" (`school_match`). A document either lands completely or not at all; failures come back as a `failed` result whose
 * message names the file and the problem.
 */
@Injectable()
export class SopImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sourceDocuments: SourceDocumentsService,
    private readonly sopWriter: SopWriter,
    private readonly config: AppConfig,
  ) {}

  async importDocument(bytes: Uint8Array, options: ImportDocumentOptions): Promise<ImportResult> {
    try {
      const parsed = await this.parse(bytes, options.fileName);
      const document = this.validDocument(parsed.document, options.fileName);
      try {
        return await this.store(bytes, parsed, document, options);
      } catch (error) {
        // Two imports of the same new file at once: the loser finds the winner's rows on a second try.
        if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
        return await this.store(bytes, parsed, document, options);
      }
    } catch (error) {
      if (error instanceof ImportFailure) return failedResult(error);
      if (error instanceof SopValidationError) {
        return failedResult(new ImportFailure('invalid-document', options.fileName, validationReason(error)));
      }
      throw error;
    }
  }

  private async parse(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
    try {
      return await parseSopDocument(bytes, {
        fileName,
        maxBytes: this.config.uploadMaxBytes,
        maxPages: this.config.importMaxPages,
        timeoutMs: this.config.importTimeoutMs,
      });
    } catch (error) {
      if (error instanceof SopImportError) throw new ImportFailure(error.code, fileName, error.reason);
      throw error;
    }
  }

  private validDocument(document: SopDocument, fileName: string): SopDocument {
    const result = validateSopDocument(document);
    if (!result.ok) throw new ImportFailure('invalid-document', fileName, validationReason(result.errors));
    if (result.value.schoolYear === null) {
      throw new ImportFailure('no-school-year', fileName, 'het schooljaar staat niet in het document');
    }
    return result.value;
  }

  private store(
    bytes: Uint8Array,
    parsed: ParseResult,
    document: SopDocument,
    options: ImportDocumentOptions,
  ): Promise<ImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const result = await this.storeIn(manager, bytes, parsed, document, options);
      await options.onStored?.(manager, result);
      return result;
    });
  }

  private async storeIn(
    manager: EntityManager,
    bytes: Uint8Array,
    parsed: ParseResult,
    document: SopDocument,
    options: ImportDocumentOptions,
  ): Promise<ImportResult> {
    // Names the uploader for the audit trigger on `sop` and hands the database the uploader's credential.
    if (options.importedBy !== null || options.credential) {
      await tagTransaction(
        manager,
        {
          label: options.importedBy ?? 'onbekend',
          userId: options.importerId ?? null,
          roles: [],
          credential: options.credential ?? null,
        },
        'import',
      );
    }
    const existing = await manager.findOneBy(SourceDocumentEntity, { sha256: parsed.sha256 });
    if (existing) {
      const sop = await latestSopOfSource(manager, existing.id);
      if (sop) {
        return {
          fileName: options.fileName,
          status: 'duplicate',
          sopId: sop.id,
          schoolId: sop.schoolId,
          schoolYear: sop.schoolYear,
          version: sop.version,
          warnings: document.warnings,
        };
      }
      const waiting = await manager.findOneBy(SchoolMatchEntity, { sourceDocumentId: existing.id });
      if (waiting && waiting.resolvedAt === null) {
        return {
          fileName: options.fileName,
          status: 'duplicate',
          schoolYear: document.schoolYear ?? undefined,
          warnings: document.warnings,
          toMatch: { id: waiting.id, reason: waiting.reason, suggestions: waiting.suggestions },
        };
      }
    }
    const source = await this.sourceDocuments.store(manager, {
      bytes: Buffer.from(bytes),
      fileName: options.fileName,
      mediaType: parsed.mediaType,
      sourceKind: parsed.sourceKind,
      importedBy: options.importedBy,
      importer: parsed.importer,
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(SourceDocumentTextEntity)
      .values({ sourceDocumentId: source.id, lines: parsed.sourceLines })
      .orIgnore()
      .execute();

    if (options.schoolId !== undefined && options.schoolId !== null) {
      const schoolId = await this.knownSchool(manager, options.schoolId, options.fileName);
      return this.saveDraft(manager, { schoolId, document, sourceDocumentId: source.id, options });
    }
    const { match, address } = await matchDocumentSchool(manager, document);
    if (match.kind === 'matched') {
      const warnings =
        match.nameDiffers && document.school.name !== null
          ? [...document.warnings, nameDiffersWarning(document.school.name, match.schoolName, match.rule)]
          : document.warnings;
      const result = await this.saveDraft(manager, {
        schoolId: match.schoolId,
        document: { ...document, warnings },
        sourceDocumentId: source.id,
        options,
      });
      return {
        ...result,
        match: { rule: match.rule, nameDiffers: match.nameDiffers, schoolName: match.schoolName },
      };
    }
    if (options.createSchoolIfUnmatched === true) {
      const schoolId = await createSchoolFromDocument(manager, document.school, address);
      const result = await this.saveDraft(manager, {
        schoolId,
        document,
        sourceDocumentId: source.id,
        options,
      });
      return { ...result, schoolCreated: true };
    }
    const waiting = await manager.save(
      manager.create(SchoolMatchEntity, {
        sourceDocumentId: source.id,
        fileName: options.fileName,
        document,
        reason: match.reason,
        suggestions: match.suggestions,
        importedBy: options.importedBy,
      }),
    );
    return {
      fileName: options.fileName,
      status: 'to-match',
      schoolYear: document.schoolYear ?? undefined,
      warnings: document.warnings,
      toMatch: { id: waiting.id, reason: match.reason, suggestions: match.suggestions },
    };
  }

  /**
   * Saves the document as the school's draft of its school year (earlier unpublished versions archived). Under the
   * SWV's policy "publish documents without warnings directly", a document without warnings is published instead.
   */
  async saveDraft(
    manager: EntityManager,
    input: {
      schoolId: string;
      document: SopDocument;
      sourceDocumentId: string;
      options: Pick<ImportDocumentOptions, 'fileName'>;
    },
  ): Promise<ImportResult> {
    const { schoolId, document } = input;
    // The new import supersedes earlier unpublished versions of that school year (kept, archived).
    await this.sopWriter.archive(manager, schoolId, document.schoolYear, ['draft', 'in-review']);
    const publish = document.warnings.length === 0 && (await publishCleanImports(manager));
    if (publish) await this.sopWriter.archive(manager, schoolId, document.schoolYear, ['published']);
    const sop = await this.sopWriter.save(manager, {
      schoolId,
      document,
      status: publish ? 'published' : 'draft',
      sourceDocumentId: input.sourceDocumentId,
    });
    return {
      fileName: input.options.fileName,
      status: 'imported',
      sopId: sop.id,
      schoolId,
      schoolYear: sop.schoolYear,
      version: sop.version,
      warnings: document.warnings,
      ...(publish ? { published: true } : {}),
    };
  }

  private async knownSchool(manager: EntityManager, schoolId: string, fileName: string): Promise<string> {
    const found = /^[0-9a-f-]{36}$/i.test(schoolId)
      ? await manager.findOneBy(SchoolEntity, { id: schoolId })
      : null;
    if (!found) throw new ImportFailure('unknown-school', fileName, `school '${schoolId}' bestaat niet`);
    return found.id;
  }
}

/** The newest SOP version that came from this source document (an import and its corrections share it). */
function latestSopOfSource(manager: EntityManager, sourceDocumentId: string): Promise<SopEntity | null> {
  return manager
    .createQueryBuilder(SopEntity, 'sop')
    .where('sop.sourceDocumentId = :sourceDocumentId', { sourceDocumentId })
    .orderBy('sop.version', 'DESC')
    .addOrderBy('sop.createdAt', 'DESC')
    .getOne();
}

function validationReason(error: SopValidationError | readonly { path: string; message: string }[]): string {
  const errors = error instanceof SopValidationError ? error.errors : error;
  return `het gelezen SOP is ongeldig: ${errors
    .slice(0, 5)
    .map((e) => `${e.path || '(document)'}: ${e.message}`)
    .join('; ')}${errors.length > 5 ? ` (en nog ${errors.length - 5})` : ''}`;
}
