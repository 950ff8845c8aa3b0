import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An account (admin view).' })
export class UserAccount {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [String])
  roles!: string[];

  @Field(() => [ID])
  schoolIds!: string[];

  @Field(() => Int)
  failedLoginCount!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lockedUntil!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  disabledAt!: Date | null;
}
