import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '2C Handelingsgericht werken: one principle.' })
export class SopHgwRow {
  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true, description: 'HGW catalog code; null for a row the school added.' })
  code!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: '`op-orde`, `in-ontwikkeling` or `nog-op-te-starten`.',
  })
  status!: string | null;

  @Field(() => [String], { description: 'Possible statuses when the source was ambiguous.' })
  candidates!: string[];
}

@ObjectType({ description: '2D Extra expertise binnen het team: one area.' })
export class SopExpertiseRow {
  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean, { nullable: true, description: 'The ja/nee column.' })
  available!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The availability text as written.' })
  availability!: string | null;

  @Field(() => String, { description: '`in-team`, `ingekocht`, `geen` or `onbekend` (derived).' })
  availabilityKind!: string;
}

@ObjectType({ description: '2D Expertise van externe deskundigen: one partner kind.' })
export class SopPartnerRow {
  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: '`structureel`, `regelmatig`, `incidenteel` or `niet-van-toepassing`.',
  })
  frequency!: string | null;

  @Field(() => [String])
  candidates!: string[];
}

@ObjectType({ description: '2D Bijzondere voorzieningen: one facility.' })
export class SopFacilityRow {
  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: '`aanwezig` or `niet-van-toepassing`.' })
  status!: string | null;

  @Field(() => [String])
  candidates!: string[];
}

@ObjectType({ description: '2D Extra aanbod: an offer of the school, or a template hint (`isHint`).' })
export class SopExtraOffer {
  @Field(() => Int)
  position!: number;

  @Field(() => String)
  offer!: string;

  @Field(() => String, { nullable: true })
  period!: string | null;

  @Field(() => Boolean)
  isHint!: boolean;
}

@ObjectType({ description: "A reader's warning about a value of the SOP." })
export class SopWarning {
  @Field(() => String, { description: 'Field path, e.g. `partners[9].frequency`.' })
  path!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => [String])
  candidates!: string[];

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
}

@ObjectType({
  description:
    'A rectangle on a PDF page in user-space units (points, origin bottom-left): x1 < x2, y1 < y2.',
})
export class PageBox {
  @Field(() => Float)
  x1!: number;

  @Field(() => Float)
  y1!: number;

  @Field(() => Float)
  x2!: number;

  @Field(() => Float)
  y2!: number;
}

@ObjectType({ description: 'A value a table cell may hold and the box of the cell that stands for it.' })
export class CandidateCell {
  @Field(() => String)
  value!: string;

  @Field(() => PageBox)
  box!: PageBox;
}

@ObjectType({ description: 'Where one value of the SOP was read in its source document.' })
export class ProvenanceEntry {
  @Field(() => String, { description: 'Field path of the value, e.g. `partners[9].frequency`.' })
  path!: string;

  @Field(() => String, { description: '`text`, `pdf`, `docx`, `manual` or `demo`.' })
  source!: string;

  @Field(() => String, { nullable: true })
  section!: string | null;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => Int, { nullable: true })
  lineEnd!: number | null;

  @Field(() => Int, { nullable: true })
  column!: number | null;

  @Field(() => Int, { nullable: true })
  page!: number | null;

  @Field(() => Float, { nullable: true })
  x!: number | null;

  @Field(() => Float, { nullable: true })
  y!: number | null;

  @Field(() => PageBox, {
    nullable: true,
    description:
      'PDF: the cell (or text line) on `page` the value was read from; the whole row when in doubt.',
  })
  box!: PageBox | null;

  @Field(() => [CandidateCell], {
    description: 'PDF table values in doubt or missing: the cell of each value the row can hold.',
  })
  cells!: CandidateCell[];

  @Field(() => Int, { nullable: true })
  table!: number | null;

  @Field(() => Int, { nullable: true })
  row!: number | null;

  @Field(() => Int, { nullable: true })
  cell!: number | null;

  @Field(() => String, { nullable: true })
  excerpt!: string | null;
}
