import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { type BatchLoader, groupByKey } from '../common/loaders/request-loaders';
import { catalogEntries, catalogItemRowsSql } from '../region-overview/catalog-sql';
import { type CatalogHistory } from './models/catalog-history.model';

interface HistoryRow {
  school_id: string;
  school_year: string;
  kind: string | null;
  code: string | null;
  value: string | null;
}

/** Per school: every catalog item's value in each published SOP (one statement per batch of schools). */
@Injectable()
export class CatalogHistoryBySchoolLoader implements BatchLoader<string, CatalogHistory[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadMany(schoolIds: readonly string[]): Promise<CatalogHistory[][]> {
    const rows = await this.dataSource.query<HistoryRow[]>(
      `WITH published AS MATERIALIZED (
         SELECT id, school_id, school_year FROM sop WHERE school_id = ANY($1::uuid[]) AND status = 'published'
       ),
       items AS (${catalogItemRowsSql('SELECT id FROM published')})
       SELECT p.school_id, p.school_year, i.kind, i.code, i.value
       FROM published p LEFT JOIN items i ON i.sop_id = p.id
       ORDER BY p.school_id, p.school_year`,
      [[...schoolIds]],
    );
    const entries = catalogEntries();
    return groupByKey(schoolIds, rows, (r) => r.school_id).map((schoolRows) => {
      const years = [...new Set(schoolRows.map((r) => r.school_year))];
      const value = new Map(schoolRows.map((r) => [`${r.school_year}|${r.kind}|${r.code}`, r.value]));
      return entries.map((entry) => ({
        kind: entry.kind,
        code: entry.code,
        label: entry.label,
        values: years.map((schoolYear) => ({
          schoolYear,
          value: value.get(`${schoolYear}|${entry.kind}|${entry.code}`) ?? null,
        })),
      }));
    });
  }
}
