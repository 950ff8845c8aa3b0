import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { type MatchSuggestion } from '@sop-atlas/region-data';
import { type SopDocument } from '@sop-atlas/sop-model';
import { SchoolEntity } from '../schools/school.entity';
import { SopEntity } from '../sops/sop.entity';
import { SourceDocumentEntity } from '../source-documents/source-document.entity';

/**
 * A document "te koppelen": read and stored, but not confidently matched to a known school. It waits here with
 * the best suggestions until staff choose a school (or, explicitly, a new one); then `resolvedAt` and the SOP
 * that was made are filled in.
 */
@Entity({ name: 'school_match' })
@Index('school_match_open_idx', ['resolvedAt', 'createdAt'])
export class SchoolMatchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'school_match_pkey' })
  id!: string;

  @Index('school_match_source_document_key', { unique: true })
  @Column({ name: 'source_document_id', type: 'uuid' })
  sourceDocumentId!: string;

  @ManyToOne(() => SourceDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'source_document_id',
    foreignKeyConstraintName: 'school_match_source_document_id_fkey',
  })
  sourceDocument?: SourceDocumentEntity;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** The validated canonical SOP as read (saved as a draft once the school is chosen). */
  @Column({ type: 'jsonb' })
  document!: SopDocument;

  /** Dutch: why no school was chosen automatically. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'jsonb' })
  suggestions!: MatchSuggestion[];

  @Column({ name: 'imported_by', type: 'text', nullable: true })
  importedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => SchoolEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'school_match_school_id_fkey' })
  school?: SchoolEntity | null;

  @Column({ name: 'sop_id', type: 'uuid', nullable: true })
  sopId!: string | null;

  @ManyToOne(() => SopEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sop_id', foreignKeyConstraintName: 'school_match_sop_id_fkey' })
  sop?: SopEntity | null;
}
