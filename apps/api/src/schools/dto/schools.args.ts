import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { SchoolKindEnum } from '../models/school-kind.enum';
import {
  ExpertiseFilter,
  HgwFilter,
  IntRange,
  NearInput,
  PartnerFilter,
  SchoolSort,
  SopStateFilter,
} from '../search/dto/search.inputs';

@InputType({ description: 'Narrows the school list; every field is optional and they combine with AND.' })
export class SchoolFilter {
  @Field(() => [String], { nullable: true, description: 'Werkgebied codes, e.g. `["escamp", "laak"]`.' })
  werkgebieden?: string[] | null;

  @Field(() => [SchoolKindEnum], { nullable: true })
  kinds?: SchoolKindEnum[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only demo (true) or only real (false) schools.' })
  isDemo?: boolean | null;

  @Field(() => ExpertiseFilter, { nullable: true })
  expertise?: ExpertiseFilter | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Facility codes that must all be present (`aanwezig`).',
  })
  facilities?: string[] | null;

  @Field(() => PartnerFilter, { nullable: true })
  partner?: PartnerFilter | null;

  @Field(() => HgwFilter, { nullable: true })
  hgw?: HgwFilter | null;

  @Field(() => [String], { nullable: true, description: 'CBS gemeente codes, e.g. `["0518", "0603"]`.' })
  gemeenten?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Denominations as DUO writes them.' })
  denominations?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Pupils on the latest reference date.' })
  pupils?: IntRange | null;

  @Field(() => String, {
    nullable: true,
    description: "SOP school year the SOP filters look at; default each school's latest published SOP.",
  })
  schoolYear?: string | null;

  @Field(() => SopStateFilter, {
    nullable: true,
    description:
      'SOP state in `schoolYear` (default the running school year), counted as the region overview counts it.',
  })
  status?: SopStateFilter | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Full-text search (Dutch, web search syntax) over the SOP texts and the school's name and place.",
  })
  text?: string | null;
}

@ArgsType()
export class SchoolsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, default 25, at most 200.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after?: string | null;

  @Field(() => SchoolFilter, { nullable: true })
  filter?: SchoolFilter | null;

  @Field(() => NearInput, {
    nullable: true,
    description: 'Only schools within `radiusKm`; edges get `distanceKm`.',
  })
  near?: NearInput | null;

  @Field(() => SchoolSort, {
    nullable: true,
    description: 'Default: by name (by distance when `near` is given).',
  })
  sort?: SchoolSort | null;
}

@ArgsType()
export class SchoolArgs {
  @Field(() => ID)
  id!: string;
}
