import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The signed-in caller.' })
export class Me {
  @Field(() => ID, { description: 'Account id, or `staff-token` for the service credential.' })
  id!: string;

  @Field(() => String, { description: 'Email of the account, or `staff-token`.' })
  email!: string;

  @Field(() => [String], { description: 'school-editor, swv-staff and/or admin.' })
  roles!: string[];

  @Field(() => [ID], { description: 'Schools whose drafts this account may edit (school editors).' })
  schoolIds!: string[];
}
