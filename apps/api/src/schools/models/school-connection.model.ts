import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/pagination/connection';
import { School } from './school.model';

@ObjectType('SchoolEdge')
export class SchoolEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => School)
  node!: School;

  @Field(() => Float, {
    nullable: true,
    description: 'Great-circle distance to `near` in km; null without `near`.',
  })
  distanceKm!: number | null;
}

@ObjectType('SearchCentre', { description: 'The place a search with `near` looked around.' })
export class SearchCentre {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Float)
  radiusKm!: number;

  @Field(() => String, {
    nullable: true,
    description: "The geocoder's name for the place (null for coordinates).",
  })
  label!: string | null;

  @Field(() => Boolean, {
    description:
      "True when the point is an estimate (offline: the centre of known schools or of the postcode area), not PDOK's answer.",
  })
  approximate!: boolean;
}

@ObjectType('SchoolConnection')
export class SchoolConnection {
  @Field(() => [SchoolEdge])
  edges!: SchoolEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All items matching the filter, over all pages.' })
  totalCount!: number;

  @Field(() => SearchCentre, {
    nullable: true,
    description: 'The place searched around; null without `near`.',
  })
  centre!: SearchCentre | null;
}
