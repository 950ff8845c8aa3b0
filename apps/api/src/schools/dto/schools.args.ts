import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { SchoolKindEnum } from '../models/school-kind.enum';

@InputType({ description: 'Narrows the school list; every field is optional and they combine with AND.' })
export class SchoolFilter {
  @Field(() => [String], { nullable: true, description: 'Werkgebied codes, e.g. `["escamp", "laak"]`.' })
  werkgebieden?: string[] | null;

  @Field(() => [SchoolKindEnum], { nullable: true })
  kinds?: SchoolKindEnum[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only demo (true) or only real (false) schools.' })
  isDemo?: boolean | null;
}

@ArgsType()
export class SchoolsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, default 25, at most 200.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after?: string | null;

  @Field(() => SchoolFilter, { nullable: true })
  filter?: SchoolFilter | null;
}

@ArgsType()
export class SchoolArgs {
  @Field(() => ID)
  id!: string;
}
