import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { type BatchLoader, byKey, groupByKey } from '../common/loaders/request-loaders';
import { PupilCountEntity } from './pupil-count.entity';
import { SchoolEntity } from './school.entity';
import { WerkgebiedEntity } from './werkgebied.entity';

@Injectable()
export class SchoolByIdLoader implements BatchLoader<string, SchoolEntity | null> {
  constructor(@InjectRepository(SchoolEntity) private readonly schools: Repository<SchoolEntity>) {}

  async loadMany(ids: readonly string[]): Promise<(SchoolEntity | null)[]> {
    const rows = await this.schools.findBy({ id: In([...ids]) });
    return byKey(
      ids,
      rows,
      (r) => r.id,
      (r) => r,
      null,
    );
  }
}

@Injectable()
export class WerkgebiedByCodeLoader implements BatchLoader<string, WerkgebiedEntity | null> {
  constructor(
    @InjectRepository(WerkgebiedEntity) private readonly werkgebieden: Repository<WerkgebiedEntity>,
  ) {}

  async loadMany(codes: readonly string[]): Promise<(WerkgebiedEntity | null)[]> {
    const rows = await this.werkgebieden.findBy({ code: In([...codes]) });
    return byKey(
      codes,
      rows,
      (r) => r.code,
      (r) => r,
      null,
    );
  }
}

/** Full pupil count history per school, newest first. */
@Injectable()
export class PupilCountsBySchoolLoader implements BatchLoader<string, PupilCountEntity[]> {
  constructor(@InjectRepository(PupilCountEntity) private readonly counts: Repository<PupilCountEntity>) {}

  async loadMany(schoolIds: readonly string[]): Promise<PupilCountEntity[][]> {
    const rows = await this.counts.find({
      where: { schoolId: In([...schoolIds]) },
      order: { referenceDate: 'DESC' },
    });
    return groupByKey(schoolIds, rows, (r) => r.schoolId);
  }
}

/** The newest pupil count per school (one `DISTINCT ON` query for the whole batch). */
@Injectable()
export class LatestPupilCountBySchoolLoader implements BatchLoader<string, PupilCountEntity | null> {
  constructor(@InjectRepository(PupilCountEntity) private readonly counts: Repository<PupilCountEntity>) {}

  async loadMany(schoolIds: readonly string[]): Promise<(PupilCountEntity | null)[]> {
    const rows = await this.counts
      .createQueryBuilder('count')
      .distinctOn(['count.schoolId'])
      .where('count.schoolId = ANY(:schoolIds)', { schoolIds: [...schoolIds] })
      .orderBy('count.schoolId')
      .addOrderBy('count.referenceDate', 'DESC')
      .getMany();
    return byKey(
      schoolIds,
      rows,
      (r) => r.schoolId,
      (r) => r,
      null,
    );
  }
}

export const SCHOOL_LOADERS = [
  SchoolByIdLoader,
  WerkgebiedByCodeLoader,
  PupilCountsBySchoolLoader,
  LatestPupilCountBySchoolLoader,
];
