import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { type BatchLoader, groupByKey } from '../common/loaders/request-loaders';
import { catalogEntries, catalogItemRowsSql } from '../common/catalog-sql';
import { type CatalogHistory } from './models/catalog-history.model';

export interface HistoryRow {
  school_id: string;
  school_year: string;
  kind: string | null;
  code: string | null;
  value: string | null;
}

/**
 * Rows `(school_id, school_year, kind, code, value)` of every published SOP of the schools `schoolIds` (SQL
 * yielding a `uuid[]`), ordered by school and school year; a published SOP without catalog rows gives one row with
 * null `kind`. Shared by the loader and the school detail's prefetch.
 */
export function catalogHistoryRowsSql(schoolIds: string): string {
  return `WITH published AS MATERIALIZED (
         SELECT id, school_id, school_year FROM sop WHERE school_id = ANY(${schoolIds}) AND status = 'published'
       ),
       items AS (${catalogItemRowsSql('SELECT id FROM published')})
       SELECT p.school_id, p.school_year, i.kind, i.code, i.value
       FROM published p LEFT JOIN items i ON i.sop_id = p.id
       ORDER BY p.school_id, p.school_year`;
}

/** One school's history from its rows (as `catalogHistoryRowsSql` orders them): every catalog item, per year. */
export function toCatalogHistory(schoolRows: readonly HistoryRow[]): CatalogHistory[] {
  const years = [...new Set(schoolRows.map((r) => r.school_year))];
  const value = new Map(schoolRows.map((r) => [`${r.school_year}|${r.kind}|${r.code}`, r.value]));
  return catalogEntries().map((entry) => ({
    kind: entry.kind,
    code: entry.code,
    label: entry.label,
    values: years.map((schoolYear) => ({
      schoolYear,
      value: value.get(`${schoolYear}|${entry.kind}|${entry.code}`) ?? null,
    })),
  }));
}

/** Per school: every catalog item's value in each published SOP (one statement per batch of schools). */
@Injectable()
export class CatalogHistoryBySchoolLoader implements BatchLoader<string, CatalogHistory[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadMany(schoolIds: readonly string[]): Promise<CatalogHistory[][]> {
    const rows = await this.dataSource.query<HistoryRow[]>(catalogHistoryRowsSql('$1::uuid[]'), [
      [...schoolIds],
    ]);
    return groupByKey(schoolIds, rows, (r) => r.school_id).map(toCatalogHistory);
  }
}
