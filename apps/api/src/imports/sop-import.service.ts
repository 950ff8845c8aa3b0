import { Injectable } from '@nestjs/common';
import { tagTransaction } from '../common/auth/edit-context';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type SopDocument, SopValidationError, validateSopDocument } from '@sop-atlas/sop-model';
import { parseSopDocument, type ParseResult, SopImportError } from '@sop-atlas/sop-import';
import { loadDefaultWerkgebiedTable, werkgebiedForPostcode } from '@sop-atlas/region-data';
import { AppConfig } from '../config/app-config';
import { SchoolEntity } from '../schools/school.entity';
import { SopEntity } from '../sops/sop.entity';
import { SopWriter } from '../sops/sop-writer';
import { SourceDocumentEntity } from '../source-documents/source-document.entity';
import { SourceDocumentsService } from '../source-documents/source-documents.service';
import { failedResult, ImportFailure, type ImportResult } from './import-result';
import {
  gemeenteOfPlace,
  NORMALISED_NAME_SQL,
  NORMALISED_POSTCODE_SQL,
  normaliseName,
  normalisePostcode,
  schoolKindOf,
  type SchoolIdentity,
} from './school-identity';
import { SourceDocumentTextEntity } from './source-document-text.entity';

export interface ImportDocumentOptions {
  fileName: string;
  /** Who imports (stored with the source document). */
  importedBy: string | null;
  /** The school the SOP belongs to; required when the document's school matches several known schools. */
  schoolId?: string | null;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Imports one SOP document: parse (worker pool, configured limits), then one transaction that stores the original
 * bytes (deduplicated by SHA-256) with its text lines, finds or creates the school and saves a draft SOP through
 * `SopWriter`. A document either lands completely or not at all; failures come back as a `failed` result whose
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
      // Names the uploader for the audit trigger on `sop` (no role switch: an import may create schools).
      if (options.importedBy !== null) {
        await tagTransaction(manager, { label: options.importedBy, userId: null, roles: [] }, 'import');
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
      const school = await this.findOrCreateSchool(manager, document.school, options);
      // The new import supersedes earlier unpublished versions of that school year (kept, archived).
      await manager
        .createQueryBuilder()
        .update(SopEntity)
        .set({ status: 'archived' })
        .where(`school_id = :schoolId AND school_year = :schoolYear AND status IN ('draft', 'in-review')`, {
          schoolId: school.id,
          schoolYear: document.schoolYear,
        })
        .execute();
      const sop = await this.sopWriter.save(manager, {
        schoolId: school.id,
        document,
        status: 'draft',
        sourceDocumentId: source.id,
      });
      return {
        fileName: options.fileName,
        status: 'imported',
        sopId: sop.id,
        schoolId: school.id,
        schoolYear: sop.schoolYear,
        version: sop.version,
        schoolCreated: school.created,
        warnings: document.warnings,
      };
    });
  }

  /** By id when given, else by vestigingscode, else by name and postcode; creates the school when none matches. */
  private async findOrCreateSchool(
    manager: EntityManager,
    identity: SchoolIdentity,
    options: ImportDocumentOptions,
  ): Promise<{ id: string; created: boolean }> {
    const { fileName } = options;
    if (options.schoolId !== undefined && options.schoolId !== null) {
      const found = /^[0-9a-f-]{36}$/i.test(options.schoolId)
        ? await manager.findOneBy(SchoolEntity, { id: options.schoolId })
        : null;
      if (!found)
        throw new ImportFailure('unknown-school', fileName, `school '${options.schoolId}' bestaat niet`);
      return { id: found.id, created: false };
    }
    if (identity.vestigingscode !== null) {
      const found = await manager.findOneBy(SchoolEntity, { vestigingscode: identity.vestigingscode });
      if (found) return { id: found.id, created: false };
    }
    if (identity.name === null) {
      throw new ImportFailure(
        'unknown-school',
        fileName,
        'het document noemt geen schoolnaam of vestigingscode; kies de school (schoolId)',
      );
    }
    if (identity.postcode !== null) {
      const query = manager
        .createQueryBuilder(SchoolEntity, 'school')
        .where(`${NORMALISED_NAME_SQL} = :name`, { name: normaliseName(identity.name) })
        .andWhere(`${NORMALISED_POSTCODE_SQL} = :postcode`, {
          postcode: normalisePostcode(identity.postcode),
        })
        .orderBy('school.name')
        .limit(10);
      if (identity.vestigingscode !== null) {
        query.andWhere('(school.vestigingscode IS NULL OR school.vestigingscode = :code)', {
          code: identity.vestigingscode,
        });
      }
      const matches = await query.getMany();
      const [only] = matches;
      if (matches.length === 1 && only) return { id: only.id, created: false };
      if (matches.length > 1) {
        throw new ImportFailure(
          'ambiguous-school',
          fileName,
          `'${identity.name}' (${identity.postcode}) past bij ${matches.length} scholen (${matches
            .map((m) => m.id)
            .join(', ')}); kies de school (schoolId)`,
        );
      }
    }
    return { id: await createSchool(manager, identity, identity.name), created: true };
  }
}

async function createSchool(manager: EntityManager, identity: SchoolIdentity, name: string): Promise<string> {
  const gemeente = gemeenteOfPlace(identity.place);
  const lookup = werkgebiedForPostcode(
    identity.postcode,
    loadDefaultWerkgebiedTable(),
    gemeente?.code ?? null,
  );
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(SchoolEntity)
    .values({
      name,
      vestigingscode: identity.vestigingscode,
      street: identity.street,
      houseNumber: identity.houseNumber,
      postcode: identity.postcode,
      place: identity.place,
      gemeenteCode: gemeente?.code ?? null,
      gemeenteName: gemeente?.name ?? null,
      werkgebiedCode: lookup.werkgebied,
      werkgebiedSource: lookup.werkgebied === null ? null : 'postcode',
      kind: schoolKindOf(name),
      phone: identity.phone,
      email: identity.email,
      website: identity.website,
      isDemo: false,
    })
    .returning('id')
    .execute();
  const id = (inserted.identifiers[0] as { id?: string } | undefined)?.id;
  if (id === undefined) throw new Error('school is niet opgeslagen');
  return id;
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
