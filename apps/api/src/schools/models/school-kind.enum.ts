import { registerEnumType } from '@nestjs/graphql';

export enum SchoolKindEnum {
  BAO = 'BAO',
  SBO = 'SBO',
  SO = 'SO',
}

registerEnumType(SchoolKindEnum, {
  name: 'SchoolKind',
  description: 'BAO: basisonderwijs, SBO: speciaal basisonderwijs, SO: speciaal onderwijs.',
});
