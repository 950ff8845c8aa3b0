import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PlaceProblem {
  NO_WERKGEBIED = 'no-werkgebied',
  NO_COORDINATES = 'no-coordinates',
  ESTIMATED_WERKGEBIED = 'estimated-werkgebied',
}
registerEnumType(PlaceProblem, {
  name: 'PlaceProblem',
  description:
    'Why a school needs a fix: no werkgebied (left out of the overview), no coordinates (not found by distance) or a werkgebied estimated from the postcode table.',
});

@ObjectType({
  description: 'A school whose place in the region is missing or estimated, for data health fixes.',
})
export class SchoolPlaceIssue {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street, house number, postcode and place as known.' })
  address!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true })
  werkgebiedCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '`pdok`, `gemeente`, `postcode`, `geschat`, `manual` or `demo`.',
  })
  werkgebiedSource!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => [PlaceProblem])
  problems!: PlaceProblem[];
}
