import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SopDateKindEnum } from './sop-date-kind.enum';
import { SopStatusEnum } from './sop-status.enum';

@ObjectType({ description: 'A schoolondersteuningsprofiel of one school for one school year.' })
export class Sop {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, { description: '`2023-2024`' })
  schoolYear!: string;

  @Field(() => SopStatusEnum)
  status!: SopStatusEnum;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Template id; null for an unrecognised format.' })
  template!: string | null;

  @Field(() => String, { nullable: true, description: '1 Visie passend onderwijs' })
  vision!: string | null;

  @Field(() => String, { nullable: true, description: '2B Ondersteuningsstructuur' })
  supportStructure!: string | null;

  @Field(() => String, { nullable: true, description: '3 Extra ondersteuning' })
  extraSupport!: string | null;

  @Field(() => String, { nullable: true, description: "3 The school's limits (grenzen)" })
  limits!: string | null;

  @Field(() => String, { nullable: true, description: '6 Ontwikkeling/evaluatie' })
  evaluation!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text in the extra-offer table.' })
  extraOfferNote!: string | null;

  @Field(() => Float, { nullable: true, description: '5 Basisondersteuning as stated, euro.' })
  fundingAmount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Calendar year of `fundingAmount`.' })
  fundingYear!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was published in SOP Atlas (not its own date).',
  })
  publishedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The document's own date (`2024-03-12`) as it states it; null when it states none for certain (see its warnings).",
  })
  documentDate!: string | null;

  @Field(() => SopDateKindEnum, { nullable: true, description: 'Which of its dates `documentDate` is.' })
  documentDateKind!: SopDateKindEnum | null;

  /** Not a field: resolved into `sourceDocument`. */
  sourceDocumentId!: string | null;
}
