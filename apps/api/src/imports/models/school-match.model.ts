import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A known school suggested for a document waiting "te koppelen".' })
export class SchoolMatchSuggestion {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => Float, { description: 'Name similarity after normalisation, 0..1.' })
  score!: number;

  @Field(() => String, { description: 'Dutch: why this school is suggested.' })
  reason!: string;
}

@ObjectType({
  description:
    'An imported document that matched no known school with confidence ("te koppelen"): it waits for staff to ' +
    'choose its school (or, explicitly, a new school). No school is ever created without that choice.',
})
export class SchoolMatch {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => ID)
  sourceDocumentId!: string;

  @Field(() => String, { nullable: true, description: 'The school name the document states.' })
  documentSchoolName!: string | null;

  @Field(() => String, { nullable: true, description: 'The address the document states, as one line.' })
  documentAddress!: string | null;

  @Field(() => String, { nullable: true })
  schoolYear!: string | null;

  @Field(() => String, { description: 'Dutch: why no school was chosen automatically.' })
  reason!: string;

  @Field(() => [SchoolMatchSuggestion], { description: 'Best candidates first (at most 3).' })
  suggestions!: SchoolMatchSuggestion[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolvedBy!: string | null;

  @Field(() => ID, { nullable: true, description: 'The chosen school, once linked.' })
  schoolId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The SOP saved once linked.' })
  sopId!: string | null;
}
