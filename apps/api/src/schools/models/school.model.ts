import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { LocationSourceEnum } from './location-source.enum';
import { SchoolKindEnum } from './school-kind.enum';

@ObjectType({ description: 'A school location (vestiging) in the SWV.' })
export class School {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'DUO vestigingscode, e.g. `09QA00`.' })
  vestigingscode!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => SchoolKindEnum)
  kind!: SchoolKindEnum;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  houseNumber!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  gemeenteCode!: string | null;

  @Field(() => String, { nullable: true })
  gemeenteName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the werkgebied; see `werkgebied` for its name.',
  })
  werkgebiedCode!: string | null;

  @Field(() => String, { nullable: true, description: '`postcode`, `manual` or `demo`.' })
  werkgebiedSource!: string | null;

  @Field(() => String, { nullable: true })
  denomination!: string | null;

  @Field(() => String, { nullable: true })
  boardNumber!: string | null;

  @Field(() => String, { nullable: true })
  boardName!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => LocationSourceEnum, {
    nullable: true,
    description: 'Where `latitude`/`longitude` come from; null exactly when the school has no coordinates.',
  })
  locationSource!: LocationSourceEnum | null;

  @Field(() => Boolean, {
    description:
      'True when the point is an estimate made without PDOK (`locationSource` GESCHAT), shown as "locatie bij benadering"; false for PDOK\'s point, a pin staff dropped and demo data.',
  })
  locationApproximate!: boolean;

  @Field(() => Boolean, { description: 'Fictional demo school.' })
  isDemo!: boolean;
}
