import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type BatchLoader, byKey } from '../common/loaders/request-loaders';

/** Pupils and formula behind one school's funding in one calendar year. */
export interface FundingBasis {
  pupils: number | null;
  suppressed: boolean;
  referenceDate: string | null;
  parameters: { basePerLocation: number; perPupil: number; note: string | null } | null;
}

/** `${schoolId}|${calendarYear}` (see `fundingBasisKey`). */
export type FundingBasisKey = string;
export const fundingBasisKey = (schoolId: string, calendarYear: number): FundingBasisKey =>
  `${schoolId}|${calendarYear}`;

/**
 * Pupil count and formula per (school, calendar year) in one statement: the count of 1 October of that year, or
 * the latest one in the twelve months before it; the `funding_parameter` row of that year.
 */
@Injectable()
export class FundingBasisLoader implements BatchLoader<FundingBasisKey, FundingBasis> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadMany(keys: readonly FundingBasisKey[]): Promise<FundingBasis[]> {
    const parts = keys.map((k) => k.split('|') as [string, string]);
    const rows = await this.dataSource.query<
      {
        key: string;
        total: number | null;
        suppressed: boolean | null;
        reference_date: string | null;
        base_per_location: string | null;
        per_pupil: string | null;
        note: string | null;
      }[]
    >(
      `SELECT k.school_id || '|' || k.year AS key, pc.total, pc.suppressed,
              to_char(pc.reference_date, 'YYYY-MM-DD') AS reference_date,
              fp.base_per_location, fp.per_pupil, fp.note
       FROM unnest($1::uuid[], $2::int[]) AS k(school_id, year)
       LEFT JOIN LATERAL (
         SELECT total, suppressed, reference_date FROM pupil_count
         WHERE school_id = k.school_id
           AND reference_date <= make_date(k.year, 10, 1) AND reference_date > make_date(k.year - 1, 10, 1)
         ORDER BY reference_date DESC LIMIT 1
       ) pc ON true
       LEFT JOIN funding_parameter fp ON fp.calendar_year = k.year`,
      [parts.map((p) => p[0]), parts.map((p) => Number(p[1]))],
    );
    return byKey(
      keys,
      rows,
      (r) => r.key,
      (r) => ({
        pupils: r.total,
        suppressed: r.suppressed ?? false,
        referenceDate: r.reference_date,
        parameters:
          r.base_per_location === null || r.per_pupil === null
            ? null
            : { basePerLocation: Number(r.base_per_location), perPupil: Number(r.per_pupil), note: r.note },
      }),
      { pupils: null, suppressed: false, referenceDate: null, parameters: null },
    );
  }
}

/** What a school's published SOP states for a calendar year (or its newest statement when the year is empty). */
export interface StatedFunding {
  amount: number | null;
  calendarYear: number;
}

/** `${schoolId}|${calendarYear or ''}`. */
@Injectable()
export class StatedFundingLoader implements BatchLoader<string, StatedFunding | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadMany(keys: readonly string[]): Promise<(StatedFunding | null)[]> {
    const parts = keys.map((k) => k.split('|') as [string, string]);
    const rows = await this.dataSource.query<{ key: string; amount: string | null; year: number }[]>(
      `SELECT DISTINCT ON (k.school_id, k.year) k.school_id || '|' || COALESCE(k.year::text, '') AS key,
              s.funding_amount AS amount, s.funding_year AS year
       FROM unnest($1::uuid[], $2::int[]) AS k(school_id, year)
       JOIN sop s ON s.school_id = k.school_id AND s.status = 'published' AND s.funding_year IS NOT NULL
         AND (k.year IS NULL OR s.funding_year = k.year)
       ORDER BY k.school_id, k.year, s.funding_year DESC, s.school_year DESC`,
      [parts.map((p) => p[0]), parts.map((p) => (p[1] === '' ? null : Number(p[1])))],
    );
    return byKey(
      keys,
      rows,
      (r) => r.key,
      (r) => ({ amount: r.amount === null ? null : Number(r.amount), calendarYear: r.year }),
      null,
    );
  }
}

export const FUNDING_LOADERS = [FundingBasisLoader, StatedFundingLoader];
