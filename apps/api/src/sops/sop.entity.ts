import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type SopDateKind, type SopDocument } from '@sop-atlas/sop-model';
import { SchoolEntity } from '../schools/school.entity';
import { SourceDocumentEntity } from '../source-documents/source-document.entity';
import { numericTransformer } from '../common/transformers';

export const SOP_STATUSES = ['draft', 'in-review', 'published', 'archived'] as const;
export type SopStatus = (typeof SOP_STATUSES)[number];

/**
 * One SOP of one school for one school year. `document` holds the full canonical document (with provenance and
 * warnings); the other columns and the row tables are derived from it by `SopWriter`, the only writer.
 */
@Entity({ name: 'sop' })
@Check('sop_school_year_check', `school_year ~ '^[0-9]{4}-[0-9]{4}$'`)
@Check('sop_document_date_kind_check', `document_date_kind IN ('adopted', 'mrAdvice', 'drafted')`)
@Check('sop_status_check', `status IN ('draft', 'in-review', 'published', 'archived')`)
@Index('sop_one_published_per_year', ['schoolId', 'schoolYear'], {
  unique: true,
  where: `status = 'published'`,
})
@Index('sop_year_status_idx', ['schoolYear', 'status'])
export class SopEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sop_pkey' })
  id!: string;

  @Index('sop_school_idx')
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => SchoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'sop_school_id_fkey' })
  school?: SchoolEntity;

  @Column({ name: 'school_year', type: 'text' })
  schoolYear!: string;

  @Column({ type: 'text' })
  status!: SopStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Index('sop_source_document_idx')
  @Column({ name: 'source_document_id', type: 'uuid', nullable: true })
  sourceDocumentId!: string | null;

  @ManyToOne(() => SourceDocumentEntity, { nullable: true })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'sop_source_document_id_fkey' })
  sourceDocument?: SourceDocumentEntity | null;

  /** Not selected by default (large); load it where the whole document is needed. */
  @Column({ type: 'jsonb', select: false })
  document!: SopDocument;

  @Column({ type: 'text', nullable: true })
  template!: string | null;

  @Column({ type: 'text', nullable: true })
  vision!: string | null;

  @Column({ name: 'support_structure', type: 'text', nullable: true })
  supportStructure!: string | null;

  @Column({ name: 'extra_support', type: 'text', nullable: true })
  extraSupport!: string | null;

  @Column({ type: 'text', nullable: true })
  limits!: string | null;

  @Column({ type: 'text', nullable: true })
  evaluation!: string | null;

  @Column({ name: 'extra_offer_note', type: 'text', nullable: true })
  extraOfferNote!: string | null;

  @Column({
    name: 'funding_amount',
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  fundingAmount!: number | null;

  @Column({ name: 'funding_year', type: 'integer', nullable: true })
  fundingYear!: number | null;

  /** The document's own date (`documentDate` of the document), when it states one for certain. */
  @Column({ name: 'document_date', type: 'date', nullable: true })
  documentDate!: string | null;

  /** Which of the document's dates `documentDate` is: `adopted`, `mrAdvice` or `drafted`. */
  @Column({ name: 'document_date_kind', type: 'text', nullable: true })
  documentDateKind!: SopDateKind | null;

  /** Dutch full-text vector of the free texts, maintained by `SopWriter`. */
  @Index('sop_search_idx', { type: 'gin' })
  @Column({ type: 'tsvector', select: false })
  search!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
