import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DatabaseKindEnum {
  embedded = 'embedded',
  postgres = 'postgres',
}
registerEnumType(DatabaseKindEnum, {
  name: 'DatabaseKind',
  description:
    '`embedded`: the embedded database in the data folder; `postgres`: a PostgreSQL server (DATABASE_URL).',
});

@ObjectType()
export class Health {
  @Field(() => String, { description: '`ok` when the database answers.' })
  status!: string;

  @Field(() => String, { description: 'Version of the API package.' })
  version!: string;

  @Field(() => DatabaseKindEnum)
  databaseKind!: DatabaseKindEnum;

  @Field(() => String, { description: 'PostgreSQL server version, e.g. `15.20`.' })
  databaseVersion!: string;

  @Field(() => Int, { description: 'Migrations applied to the database.' })
  migrationCount!: number;
}
