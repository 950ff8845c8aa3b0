import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SourceDocumentEntity } from '../source-documents/source-document.entity';

/**
 * The text lines an importer read from a source document (the lines its provenance line numbers point into), so a
 * reviewer sees each warning next to the source text. One row per imported document.
 */
@Entity({ name: 'source_document_text' })
export class SourceDocumentTextEntity {
  @PrimaryColumn({
    name: 'source_document_id',
    type: 'uuid',
    primaryKeyConstraintName: 'source_document_text_pkey',
  })
  sourceDocumentId!: string;

  @ManyToOne(() => SourceDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'source_document_id',
    foreignKeyConstraintName: 'source_document_text_source_document_id_fkey',
  })
  sourceDocument?: SourceDocumentEntity;

  @Column({ type: 'text', array: true })
  lines!: string[];
}
