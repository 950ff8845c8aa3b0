import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { isUuid } from '../common/uuid';
import { SopEntity } from './sop.entity';

@Injectable()
export class SopsService {
  constructor(@InjectRepository(SopEntity) private readonly sops: Repository<SopEntity>) {}

  /**
   * The SOP of a school for a school year (the published one, else the newest version), or without a year the
   * latest published SOP. Null when there is none.
   */
  async findForSchool(schoolId: string, schoolYear: string | null | undefined): Promise<SopEntity | null> {
    if (!isUuid(schoolId)) return null;
    const query = this.sops.createQueryBuilder('sop').where('sop.schoolId = :schoolId', { schoolId });
    if (schoolYear) {
      query
        .andWhere('sop.schoolYear = :schoolYear', { schoolYear })
        .andWhere(`sop.status <> 'archived'`)
        .orderBy(`sop.status = 'published'`, 'DESC')
        .addOrderBy('sop.version', 'DESC');
    } else {
      query.andWhere(`sop.status = 'published'`).orderBy('sop.schoolYear', 'DESC');
    }
    return query.limit(1).getOne();
  }
}
