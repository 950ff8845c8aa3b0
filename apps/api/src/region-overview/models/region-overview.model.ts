import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Schools with the item among the schools with a published SOP for the year.' })
export class CoverageCount {
  @Field(() => String, { nullable: true, description: 'Werkgebied code; null for the whole scope.' })
  werkgebiedCode!: string | null;

  @Field(() => String, { nullable: true })
  werkgebiedName!: string | null;

  @Field(() => Int, { description: 'Schools with a published SOP for the year.' })
  schools!: number;

  @Field(() => Int)
  withItem!: number;

  @Field(() => Float, { nullable: true, description: '`withItem / schools` (0..1); null without schools.' })
  share!: number | null;

  @Field(() => Int, {
    description: 'Pupils of all schools in the werkgebied (latest count in the school year).',
  })
  pupils!: number;
}

@ObjectType({
  description:
    'A catalog item in the region. "Has": expertise in-team (not bought in), facility aanwezig, partner at least ' +
    'regelmatig (structureel or regelmatig), HGW principle op-orde.',
})
export class CoverageItem {
  @Field(() => String, { description: '`hgw`, `expertise`, `partner` or `facility`.' })
  kind!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => CoverageCount, { description: 'The whole scope (SPPOH, or the chosen werkgebied).' })
  region!: CoverageCount;

  @Field(() => [CoverageCount])
  werkgebieden!: CoverageCount[];

  @Field(() => [CoverageCount], {
    description: 'Werkgebieden where fewer than `minimumSchools` schools have it.',
  })
  gaps!: CoverageCount[];

  @Field(() => Int, {
    description: 'Pupils enrolled in schools of the gap werkgebieden ("pupils in areas without it").',
  })
  pupilsInGaps!: number;
}

@ObjectType()
export class SchoolRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  werkgebiedCode!: string | null;

  @Field(() => Float, { nullable: true, description: 'The value that put the school in this list, if any.' })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'E.g. the school year of its latest SOP, or its status.',
  })
  detail!: string | null;
}

@ObjectType({
  description: 'Funding per pupil (euro): stated basisondersteuning / pupils of the school year.',
})
export class FundingStats {
  @Field(() => String, { description: '`all`, a school kind (`BAO`…), or a size band (`<100`, `100-199`…).' })
  group!: string;

  @Field(() => Int)
  schools!: number;

  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  q1!: number | null;

  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => Float, { nullable: true })
  q3!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field(() => [SchoolRef], {
    description: 'Outside q1 − 1.5×IQR … q3 + 1.5×IQR (value = funding per pupil).',
  })
  outliers!: SchoolRef[];
}

@ObjectType()
export class FundingDistribution {
  @Field(() => FundingStats)
  overall!: FundingStats;

  @Field(() => [FundingStats])
  byKind!: FundingStats[];

  @Field(() => [FundingStats], { description: 'Size bands by pupils: <100, 100-199, 200-399, 400+.' })
  bySize!: FundingStats[];
}

@ObjectType()
export class HealthList {
  @Field(() => Int)
  count!: number;

  @Field(() => [SchoolRef])
  schools!: SchoolRef[];
}

@ObjectType()
export class DataHealth {
  @Field(() => HealthList, { description: 'Schools without a published SOP for the year.' })
  withoutPublishedSop!: HealthList;

  @Field(() => HealthList, {
    description:
      'Schools whose latest published SOP (up to the year) is more than STALE_SOP_YEARS older (detail: its year).',
  })
  staleSops!: HealthList;

  @Field(() => HealthList, { description: 'SOPs of the year with unresolved warnings (value: how many).' })
  unresolvedWarnings!: HealthList;

  @Field(() => HealthList, { description: 'SOPs of the year in draft or in-review (detail: status).' })
  awaitingReview!: HealthList;

  @Field(() => HealthList, {
    description:
      'Schools left out of the overview because they have no werkgebied (detail: why, e.g. the postcode); ' +
      'empty when one werkgebied or all schools are asked for.',
  })
  withoutWerkgebied!: HealthList;

  @Field(() => HealthList, {
    description: 'Schools in scope without coordinates (not found by a search near).',
  })
  withoutCoordinates!: HealthList;

  @Field(() => HealthList, {
    description: 'Schools in scope whose werkgebied is an estimate from the postcode table (`geschat`).',
  })
  estimatedWerkgebied!: HealthList;

  @Field(() => HealthList, {
    description:
      "Schools in scope whose kind is in doubt between DUO files, 'Soort school onzeker' (detail: the candidate kinds); named for SWV staff only, a count for others.",
  })
  uncertainKind!: HealthList;
}

@ObjectType()
export class TrendPoint {
  @Field(() => String)
  schoolYear!: string;

  @Field(() => Int)
  schools!: number;

  @Field(() => Int)
  withItem!: number;

  @Field(() => Float, { nullable: true })
  share!: number | null;
}

@ObjectType({ description: 'One catalog item over all school years (same definition of "has" as coverage).' })
export class TrendLine {
  @Field(() => String)
  kind!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [TrendPoint])
  points!: TrendPoint[];
}

@ObjectType({
  description: 'Policy overview of a school year: coverage, gaps, funding per pupil, data health, trends.',
})
export class RegionOverview {
  @Field(() => String)
  schoolYear!: string;

  @Field(() => String, { nullable: true })
  werkgebied!: string | null;

  @Field(() => Int, { description: 'Schools in scope.' })
  schools!: number;

  @Field(() => Int, { description: 'Schools in scope with a published SOP for the year.' })
  schoolsWithSop!: number;

  @Field(() => Int, {
    description:
      'Schools the overview leaves out because they have no werkgebied (see dataHealth.withoutWerkgebied).',
  })
  schoolsLeftOut!: number;

  @Field(() => [CoverageItem])
  items!: CoverageItem[];

  @Field(() => FundingDistribution)
  funding!: FundingDistribution;

  @Field(() => DataHealth)
  dataHealth!: DataHealth;

  @Field(() => [TrendLine])
  trends!: TrendLine[];
}
