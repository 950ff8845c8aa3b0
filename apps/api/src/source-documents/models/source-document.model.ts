import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An original file an SOP or data set was read from.' })
export class SourceDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field(() => String, { description: 'SHA-256 of the bytes, lower-case hex.' })
  sha256!: string;

  @Field(() => String, { description: '`text`, `pdf`, `docx`, `csv` or `demo`.' })
  sourceKind!: string;

  @Field(() => Date)
  importedAt!: Date;

  @Field(() => String, { nullable: true })
  importedBy!: string | null;

  @Field(() => String, { nullable: true })
  importer!: string | null;

  @Field(() => String, { description: 'Path serving the original bytes, e.g. `/api/documents/<id>`.' })
  url!: string;
}
