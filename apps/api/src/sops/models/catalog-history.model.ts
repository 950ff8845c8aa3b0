import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A catalog item's value in one school year." })
export class HistoryValue {
  @Field(() => String)
  schoolYear!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Status, availability kind or frequency in that SOP; null when the SOP has no value.',
  })
  value!: string | null;
}

@ObjectType({ description: "One catalog item over the school's published SOPs, oldest school year first." })
export class CatalogHistory {
  @Field(() => String, { description: '`hgw`, `expertise`, `partner` or `facility`.' })
  kind!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [HistoryValue])
  values!: HistoryValue[];
}
