import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { isUuid } from '../common/uuid';
import { type BatchLoader, byKey } from '../common/loaders/request-loaders';
import { SourceDocumentEntity, type SourceKind } from './source-document.entity';

export interface StoreDocumentInput {
  bytes: Buffer;
  fileName: string;
  mediaType: string;
  sourceKind: SourceKind;
  importedBy?: string | null;
  importer?: string | null;
}

@Injectable()
export class SourceDocumentsService {
  constructor(
    @InjectRepository(SourceDocumentEntity) private readonly documents: Repository<SourceDocumentEntity>,
  ) {}

  /** The document with its bytes, or null. */
  async findWithBytes(id: string): Promise<SourceDocumentEntity | null> {
    if (!isUuid(id)) return null;
    return this.documents
      .createQueryBuilder('doc')
      .addSelect('doc.bytes')
      .where('doc.id = :id', { id })
      .getOne();
  }

  /** The SOPs that were read from a document: which school, and whether published. */
  async usedBy(id: string): Promise<{ schoolId: string; published: boolean }[]> {
    const rows = await this.documents.manager.query<{ school_id: string; published: boolean }[]>(
      `SELECT DISTINCT school_id, status = 'published' AS published FROM sop WHERE source_document_id = $1`,
      [id],
    );
    return rows.map((r) => ({ schoolId: r.school_id, published: r.published }));
  }

  /**
   * Stores a file once (by SHA-256) on the caller's transaction manager; returns the existing row when the same
   * bytes were stored before.
   */
  async store(manager: EntityManager, input: StoreDocumentInput): Promise<SourceDocumentEntity> {
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const existing = await manager.findOneBy(SourceDocumentEntity, { sha256 });
    if (existing) return existing;
    await manager
      .createQueryBuilder()
      .insert()
      .into(SourceDocumentEntity)
      .values({
        sha256,
        bytes: input.bytes,
        byteSize: input.bytes.length,
        fileName: input.fileName,
        mediaType: input.mediaType,
        sourceKind: input.sourceKind,
        importedBy: input.importedBy ?? null,
        importer: input.importer ?? null,
      })
      .execute();
    return manager.findOneByOrFail(SourceDocumentEntity, { sha256 });
  }
}

@Injectable()
export class SourceDocumentByIdLoader implements BatchLoader<string, SourceDocumentEntity | null> {
  constructor(
    @InjectRepository(SourceDocumentEntity) private readonly documents: Repository<SourceDocumentEntity>,
  ) {}

  async loadMany(ids: readonly string[]): Promise<(SourceDocumentEntity | null)[]> {
    const rows = await this.documents.findBy({ id: In([...ids]) });
    return byKey(
      ids,
      rows,
      (r) => r.id,
      (r) => r,
      null,
    );
  }
}
