import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { type BatchLoader, byKey } from '../common/loaders/request-loaders';
import { sopAsOfYearSql, sopStateSql } from '../schools/sop-state-sql';

export interface StaleSopRow {
  school_year: string;
  document_date: string | null;
  document_date_kind: string | null;
  as_of: number;
}

/** The loader's key: a school and the school year it is seen from. */
export function staleSopKey(schoolId: string, schoolYear: string): string {
  return `${schoolId}|${schoolYear}`;
}

/**
 * Per `staleSopKey`: the newest published SOP up to that year when the school's SOP is stale in it
 * (`sopStateSql('stale')`, the definition behind the overview's "Verouderd SOP" and `schools(filter.status:
 * STALE)`), else null. One statement per batch.
 */
@Injectable()
export class StaleSopBySchoolYearLoader implements BatchLoader<string, StaleSopRow | null> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async loadMany(keys: readonly string[]): Promise<(StaleSopRow | null)[]> {
    const pairs = keys.map((k) => k.split('|'));
    const stale = sopStateSql('stale', {
      school: 's',
      year: () => 'k.year',
      start: () => `split_part(k.year, '-', 1)::int`,
      staleYears: () => '$3::int',
    });
    const rows = await this.dataSource.query<(StaleSopRow & { key: string })[]>(
      `SELECT k.id::text || '|' || k.year AS key, l.school_year, l.document_date::text AS document_date,
              l.document_date_kind, l.as_of
       FROM unnest($1::uuid[], $2::text[]) AS k(id, year) JOIN school s ON s.id = k.id
       CROSS JOIN LATERAL (
         SELECT x.school_year, x.document_date, x.document_date_kind, ${sopAsOfYearSql('x')} AS as_of FROM sop x
         WHERE x.school_id = s.id AND x.status = 'published' AND x.school_year <= k.year
         ORDER BY x.school_year DESC LIMIT 1
       ) l
       WHERE ${stale}`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), this.config.staleSopYears],
    );
    return byKey(
      keys,
      rows,
      (r) => r.key,
      (r) => r,
      null,
    );
  }
}
