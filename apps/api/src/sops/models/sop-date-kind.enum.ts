import { registerEnumType } from '@nestjs/graphql';

/** Which of the SOP's own dates `Sop.documentDate` is. */
export enum SopDateKindEnum {
  ADOPTED = 'adopted',
  MR_ADVICE = 'mrAdvice',
  DRAFTED = 'drafted',
}

registerEnumType(SopDateKindEnum, {
  name: 'SopDateKind',
  description: 'ADOPTED: vastgesteld door het bestuur; MR_ADVICE: advies/instemming MR; DRAFTED: opgesteld.',
});

export function toSopDateKindEnum(kind: string | null): SopDateKindEnum | null {
  return Object.values(SopDateKindEnum).find((k) => k === kind) ?? null;
}
