import { ArgsType, Field, ID } from '@nestjs/graphql';
import { SchoolKindEnum } from '../../schools/models/school-kind.enum';

@ArgsType()
export class SetSchoolKindArgs {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => SchoolKindEnum, {
    description: 'The kind staff chose; stored as `manual` (DUO imports keep it).',
  })
  kind!: SchoolKindEnum;
}
