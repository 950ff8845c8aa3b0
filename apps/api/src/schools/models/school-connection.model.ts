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

@ObjectType('SchoolConnection')
export class SchoolConnection {
  @Field(() => [SchoolEdge])
  edges!: SchoolEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All items matching the filter, over all pages.' })
  totalCount!: number;
}
