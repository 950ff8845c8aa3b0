import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One of the 10 SPPOH werkgebieden.' })
export class Werkgebied {
  @Field(() => String, { description: 'e.g. `escamp`' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'CBS gemeente code, e.g. `0518`' })
  gemeenteCode!: string;
}
