import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum CodeMatch {
  ANY = 'ANY',
  ALL = 'ALL',
}
registerEnumType(CodeMatch, {
  name: 'CodeMatch',
  description: 'ANY: at least one of the codes; ALL: every code.',
});

export enum SchoolSortField {
  DISTANCE = 'DISTANCE',
  NAME = 'NAME',
  PUPILS = 'PUPILS',
  FUNDING_PER_PUPIL = 'FUNDING_PER_PUPIL',
}
registerEnumType(SchoolSortField, {
  name: 'SchoolSortField',
  description: 'DISTANCE needs `near`; PUPILS and FUNDING_PER_PUPIL put unknown values last.',
});

export enum SopStateFilter {
  PUBLISHED = 'PUBLISHED',
  STALE = 'STALE',
  MISSING = 'MISSING',
  DRAFT = 'DRAFT',
}
registerEnumType(SopStateFilter, {
  name: 'SopStateFilter',
  description:
    'The SOP state of a school in the school year of the filter (default the running one), as the region ' +
    'overview counts it. PUBLISHED: a published SOP of that year; MISSING: none; STALE: the latest published SOP ' +
    'up to that year is older than STALE_SOP_YEARS; DRAFT: a concept or one awaiting review (SWV staff only).',
  valuesMap: {
    PUBLISHED: { description: 'gepubliceerd' },
    STALE: { description: 'verouderd' },
    MISSING: { description: 'zonder gepubliceerd SOP' },
    DRAFT: { description: 'concept of ter beoordeling' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Expertise areas of the chosen SOP.' })
export class ExpertiseFilter {
  @Field(() => [String], { description: 'Expertise codes, e.g. `["autisme"]`.' })
  codes!: string[];

  @Field(() => CodeMatch, { defaultValue: CodeMatch.ANY })
  match!: CodeMatch;

  @Field(() => Boolean, {
    defaultValue: true,
    description: "Only expertise in the team itself (`in-team`); false also counts bought-in ('ingekocht').",
  })
  inTeamOnly!: boolean;
}

@InputType({ description: 'An external partner at least this often.' })
export class PartnerFilter {
  @Field(() => String, { description: 'Partner code, e.g. `logopedie`.' })
  code!: string;

  @Field(() => String, {
    defaultValue: 'regelmatig',
    description: '`structureel`, `regelmatig`, `incidenteel` or `niet-van-toepassing`; this or more often.',
  })
  minimumFrequency!: string;
}

@InputType({ description: 'An HGW principle with a status.' })
export class HgwFilter {
  @Field(() => String)
  code!: string;

  @Field(() => String, {
    defaultValue: 'op-orde',
    description: '`op-orde`, `in-ontwikkeling`, `nog-op-te-starten`.',
  })
  status!: string;
}

@InputType({ description: 'Inclusive range; either bound may be left out.' })
export class IntRange {
  @Field(() => Int, { nullable: true })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;
}

@InputType({
  description:
    'A place to search around: latitude + longitude, or a postcode, or an address (geocoded). Exactly one form.',
})
export class NearInput {
  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'Dutch postcode, e.g. `2524 CK` or `2524CK`.' })
  postcode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free address, e.g. `Laan van Meerdervoort 1, Den Haag`.',
  })
  address?: string | null;

  @Field(() => Float, { defaultValue: 5, description: 'Radius in km, more than 0 and at most 50.' })
  radiusKm!: number;
}

@InputType()
export class SchoolSort {
  @Field(() => SchoolSortField, { defaultValue: SchoolSortField.NAME })
  field!: SchoolSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
