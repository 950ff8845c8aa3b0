import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '../../common/pagination/connection';
import { CandidateCell, PageBox } from '../../sops/models/sop-rows.model';
import { Sop } from '../../sops/models/sop.model';

@ObjectType({ description: 'A draft or in-review SOP waiting for staff review.' })
export class SopDraft {
  @Field(() => Sop)
  sop!: Sop;

  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, { description: '`2023-2024`' })
  schoolYear!: string;

  @Field(() => Int, { description: 'All warnings of the import.' })
  warningCount!: number;

  @Field(() => Int, { description: 'Warnings not yet resolved.' })
  unresolvedWarningCount!: number;
}

export const { Connection: SopDraftConnection, Edge: SopDraftEdge } = connectionTypes(SopDraft, 'SopDraft');

@ObjectType({ description: 'One line of the text an importer read from the source document.' })
export class SourceLine {
  @Field(() => Int, { description: '1-based line number.' })
  number!: number;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean, { description: 'True for the lines the value was read from.' })
  marked!: boolean;
}

@ObjectType({ description: 'An import warning beside the source text it is about.' })
export class ReviewWarning {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String, {
    description: 'Field path, e.g. `partners[9].frequency`; empty for the whole document.',
  })
  path!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => [String])
  candidates!: string[];

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolvedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Template section the value was read in.' })
  section!: string | null;

  @Field(() => String, { nullable: true, description: 'The source text the value was read from.' })
  excerpt!: string | null;

  @Field(() => [SourceLine], { description: 'The source lines around the value (empty when unknown).' })
  sourceLines!: SourceLine[];

  @Field(() => Int, { nullable: true, description: 'PDF: the 1-based page the value is on.' })
  page!: number | null;

  @Field(() => PageBox, {
    nullable: true,
    description: 'PDF: the area of the page the warning is about (the cell, or the row of a value in doubt).',
  })
  box!: PageBox | null;

  @Field(() => [CandidateCell], { description: 'PDF: the cell of each candidate value on `page`.' })
  cells!: CandidateCell[];
}

@ObjectType({ description: 'An SOP under review: the SOP and its warnings with their source text.' })
export class SopReview {
  @Field(() => Sop)
  sop!: Sop;

  @Field(() => [ReviewWarning])
  warnings!: ReviewWarning[];
}
