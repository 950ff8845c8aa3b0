import { registerEnumType } from '@nestjs/graphql';
import { type SopStatus } from '../sop.entity';

export enum SopStatusEnum {
  DRAFT = 'draft',
  IN_REVIEW = 'in-review',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}

registerEnumType(SopStatusEnum, { name: 'SopStatus' });

const BY_VALUE: Record<SopStatus, SopStatusEnum> = {
  draft: SopStatusEnum.DRAFT,
  'in-review': SopStatusEnum.IN_REVIEW,
  published: SopStatusEnum.PUBLISHED,
  archived: SopStatusEnum.ARCHIVED,
};

export function toSopStatusEnum(status: SopStatus): SopStatusEnum {
  return BY_VALUE[status];
}
