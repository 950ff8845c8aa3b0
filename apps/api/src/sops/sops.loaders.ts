import { Injectable, type Type } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { type SopDocument } from '@sop-atlas/sop-model';
import { type BatchLoader, byKey, groupByKey } from '../common/loaders/request-loaders';
import { SopExpertiseEntity } from './entities/sop-expertise.entity';
import { SopExtraOfferEntity } from './entities/sop-extra-offer.entity';
import { SopFacilityEntity } from './entities/sop-facility.entity';
import { SopHgwEntity } from './entities/sop-hgw.entity';
import { SopPartnerEntity } from './entities/sop-partner.entity';
import { SopWarningEntity } from './entities/sop-warning.entity';
import { SopEntity } from './sop.entity';
import { StaleSopBySchoolYearLoader } from './stale-sop.loader';

/** The SOPs of each school that are not archived, newest school year first. */
@Injectable()
export class SopsBySchoolLoader implements BatchLoader<string, SopEntity[]> {
  constructor(@InjectRepository(SopEntity) private readonly sops: Repository<SopEntity>) {}

  async loadMany(schoolIds: readonly string[]): Promise<SopEntity[][]> {
    const rows = await this.sops
      .createQueryBuilder('sop')
      .where('sop.schoolId = ANY(:schoolIds)', { schoolIds: [...schoolIds] })
      .andWhere(`sop.status <> 'archived'`)
      .orderBy('sop.schoolYear', 'DESC')
      .addOrderBy('sop.version', 'DESC')
      .getMany();
    return groupByKey(schoolIds, rows, (r) => r.schoolId);
  }
}

/** The canonical document of each SOP (null for an unknown id); `provenance` and `document` read it. */
@Injectable()
export class DocumentBySopLoader implements BatchLoader<string, SopDocument | null> {
  constructor(@InjectRepository(SopEntity) private readonly sops: Repository<SopEntity>) {}

  async loadMany(sopIds: readonly string[]): Promise<(SopDocument | null)[]> {
    const rows = await this.sops
      .createQueryBuilder('sop')
      .select(['sop.id', 'sop.document'])
      .where('sop.id = ANY(:sopIds)', { sopIds: [...sopIds] })
      .getMany();
    return byKey<string, SopEntity, SopDocument | null>(
      sopIds,
      rows,
      (r) => r.id,
      (r) => r.document,
      null,
    );
  }
}

/** Rows of one SOP row table per SOP, in document order. */
function rowsBySop<E extends { sopId: string; position: number }>(
  entity: Type<E>,
): Type<BatchLoader<string, E[]>> {
  @Injectable()
  class RowsBySopLoader implements BatchLoader<string, E[]> {
    constructor(@InjectRepository(entity) readonly rows: Repository<E>) {}

    async loadMany(sopIds: readonly string[]): Promise<E[][]> {
      const rows = await this.rows
        .createQueryBuilder('row')
        .where('row.sopId = ANY(:sopIds)', { sopIds: [...sopIds] })
        .orderBy('row.sopId')
        .addOrderBy('row.position')
        .getMany();
      return groupByKey(sopIds, rows, (r) => r.sopId);
    }
  }
  return RowsBySopLoader;
}

@Injectable()
export class HgwBySopLoader extends rowsBySop(SopHgwEntity) {}
@Injectable()
export class ExpertiseBySopLoader extends rowsBySop(SopExpertiseEntity) {}
@Injectable()
export class PartnersBySopLoader extends rowsBySop(SopPartnerEntity) {}
@Injectable()
export class FacilitiesBySopLoader extends rowsBySop(SopFacilityEntity) {}
@Injectable()
export class ExtraOffersBySopLoader extends rowsBySop(SopExtraOfferEntity) {}
@Injectable()
export class WarningsBySopLoader extends rowsBySop(SopWarningEntity) {}

export const SOP_LOADERS = [
  StaleSopBySchoolYearLoader,
  SopsBySchoolLoader,
  DocumentBySopLoader,
  HgwBySopLoader,
  ExpertiseBySopLoader,
  PartnersBySopLoader,
  FacilitiesBySopLoader,
  ExtraOffersBySopLoader,
  WarningsBySopLoader,
];
