import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const SOURCE_KINDS = ['text', 'pdf', 'docx', 'csv', 'demo'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** An original file exactly as received (bytes kept for evidence), deduplicated by SHA-256. */
@Entity({ name: 'source_document' })
@Unique('source_document_sha256_key', ['sha256'])
@Check('source_document_source_kind_check', `source_kind IN ('text', 'pdf', 'docx', 'csv', 'demo')`)
export class SourceDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'source_document_pkey' })
  id!: string;

  /** Lower-case hex. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  /** Not selected by default: load explicitly where the bytes are served. */
  @Column({ type: 'bytea', select: false })
  bytes!: Buffer;

  @Column({ name: 'source_kind', type: 'text' })
  sourceKind!: SourceKind;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt!: Date;

  @Column({ name: 'imported_by', type: 'text', nullable: true })
  importedBy!: string | null;

  /** Importer name and version, e.g. `sop-import/text@1`. */
  @Column({ type: 'text', nullable: true })
  importer!: string | null;
}
