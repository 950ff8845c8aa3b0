import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { type Identity } from '../common/auth/identity';
import { SchoolEntity } from '../schools/school.entity';
import { WerkgebiedEntity } from '../schools/werkgebied.entity';
import { BadInputError } from '../common/errors/app-error';

export interface WerkgebiedCounts {
  code: string;
  name: string;
  gemeenteCode: string;
  schoolCount: number;
  baoCount: number;
  sboCount: number;
  soCount: number;
  demoSchoolCount: number;
  manualCount: number;
}

@Injectable()
export class WerkgebiedenService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every werkgebied with its school counts (one statement), in name order. */
  async list(): Promise<WerkgebiedCounts[]> {
    return this.dataSource.query<WerkgebiedCounts[]>(
      `SELECT w.code, w.name, w.gemeente_code AS "gemeenteCode",
              count(s.id)::int AS "schoolCount",
              count(s.id) FILTER (WHERE s.kind = 'BAO')::int AS "baoCount",
              count(s.id) FILTER (WHERE s.kind = 'SBO')::int AS "sboCount",
              count(s.id) FILTER (WHERE s.kind = 'SO')::int AS "soCount",
              count(s.id) FILTER (WHERE s.is_demo)::int AS "demoSchoolCount",
              count(s.id) FILTER (WHERE s.werkgebied_source = 'manual')::int AS "manualCount"
       FROM werkgebied w LEFT JOIN school s ON s.werkgebied_code = w.code
       GROUP BY w.code, w.name, w.gemeente_code
       ORDER BY w.name`,
    );
  }

  /**
   * Sets a school's werkgebied by hand (`manual`: later DUO imports keep it), audited as `school.werkgebied-set`
   * when the caller is known; null when the school is unknown.
   */
  async setSchoolWerkgebied(
    schoolId: string,
    code: string | null,
    actor: Identity | null = null,
  ): Promise<SchoolEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      if (code !== null && !(await manager.existsBy(WerkgebiedEntity, { code })))
        throw new BadInputError(`Onbekend werkgebied '${code}'`, 'werkgebied');
      const before = await manager.findOneBy(SchoolEntity, { id: schoolId });
      const result = await manager
        .createQueryBuilder()
        .update(SchoolEntity)
        .set({ werkgebiedCode: code, werkgebiedSource: 'manual' })
        .where('id = :id', { id: schoolId })
        .execute();
      if (result.affected === 0 || !before) return null;
      if (actor)
        await recordAudit(manager, {
          actor,
          action: 'school.werkgebied-set',
          schoolId,
          path: 'werkgebied',
          oldValue: { code: before.werkgebiedCode, source: before.werkgebiedSource },
          newValue: { code, source: 'manual' },
          reason: 'werkgebied handmatig gekozen',
        });
      return manager.findOneBy(SchoolEntity, { id: schoolId });
    });
  }
}
