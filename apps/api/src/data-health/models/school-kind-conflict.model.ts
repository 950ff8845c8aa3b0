import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { SchoolKindEnum } from '../../schools/models/school-kind.enum';

@ObjectType({
  description: 'One answer in a kind conflict: what a DUO file said, or what staff chose (`manual`).',
})
export class SchoolKindCandidate {
  @Field(() => SchoolKindEnum)
  kind!: SchoolKindEnum;

  @Field(() => String, { description: '`duo` (a DUO file) or `manual` (chosen by staff).' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'The DUO file as uploaded; null for a manual kind.' })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: '`register` or `pupils` (DUO file kind).' })
  fileKind!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The pupil file's peildatum (`YYYY-MM-DD`); null for a register file, which has none.",
  })
  referenceDate!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the file was imported.' })
  importedAt!: Date | null;
}

@ObjectType({
  description:
    "A school whose kind is in doubt: DUO files (or staff and a file) disagree. The stored kind follows the newest peildatum where the files have one, else the file imported last or staff's choice; open until staff choose.",
})
export class SchoolKindConflict {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  vestigingscode!: string | null;

  @Field(() => SchoolKindEnum, { description: 'The kind stored now (used in every count until resolved).' })
  kind!: SchoolKindEnum;

  @Field(() => String, { nullable: true, description: '`duo`, `naam`, `manual` or `demo`.' })
  kindSource!: string | null;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  @Field(() => [SchoolKindCandidate])
  candidates!: SchoolKindCandidate[];
}
