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

interface BasisRow {
  key: string;
  total: number | null;
  suppressed: boolean | null;
  reference_date: string | null;
  base_per_location: string | null;
  per_pupil: string | null;
  note: string | null;
}

const EMPTY_BASIS: FundingBasis = { pupils: null, suppressed: false, referenceDate: null, parameters: null };

const BASIS_COLUMNS = `pc.total, pc.suppressed, to_char(pc.reference_date, 'YYYY-MM-DD') AS reference_date,
  fp.base_per_location, fp.per_pupil, fp.note`;

/** Joins the pupil count and formula of `<alias>.year` for `<alias>.school_id` (alias is a constant). */
const BASIS_JOINS = (alias: string): string => `
  LEFT JOIN LATERAL (
    SELECT total, suppressed, reference_date FROM pupil_count
    WHERE school_id = ${alias}.school_id
      AND reference_date <= make_date(${alias}.year, 10, 1) AND reference_date > make_date(${alias}.year - 1, 10, 1)
    ORDER BY reference_date DESC LIMIT 1
  ) pc ON true
  LEFT JOIN funding_parameter fp ON fp.calendar_year = ${alias}.year`;

function toBasis(r: BasisRow): FundingBasis {
  return {
    pupils: r.total,
    suppressed: r.suppressed ?? false,
    referenceDate: r.reference_date,
    parameters:
      r.base_per_location === null || r.per_pupil === null
        ? null
        : { basePerLocation: Number(r.base_per_location), perPupil: Number(r.per_pupil), note: r.note },
  };
}

/**
 * Pupil count and formula per (school, calendar year) in one statement: the count of 1 October of that year, or
 * the latest one in the twelve months before it; the `funding_parameter` row of that year.
 */
@Injectable()
export class FundingBasisLoader implements BatchLoader<FundingBasisKey, FundingBasis> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadMany(keys: readonly FundingBasisKey[]): Promise<FundingBasis[]> {
    const parts = keys.map((k) => k.split('|') as [string, string]);
    const rows = await this.dataSource.query<BasisRow[]>(
      `SELECT k.school_id || '|' || k.year AS key, ${BASIS_COLUMNS}
       FROM unnest($1::uuid[], $2::int[]) AS k(school_id, year) ${BASIS_JOINS('k')}`,
      [parts.map((p) => p[0]), parts.map((p) => Number(p[1]))],
    );
    return byKey(keys, rows, (r) => r.key, toBasis, EMPTY_BASIS);
  }
}

/** A school's funding statement for a calendar year with its basis; `calendarYear` null = nothing to show. */
export interface SchoolFunding {
  calendarYear: number | null;
  statedAmount: number | null;
  basis: FundingBasis;
}

/**
 * `${schoolId}|${calendarYear or ''}` → what the school's published SOP states for that year (or its newest
 * statement when the year is empty), with pupils and formula of that year: one statement per batch, so a page of
 * schools costs the same number of statements whatever its size.
 */
@Injectable()
export class SchoolFundingLoader implements BatchLoader<string, SchoolFunding> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadMany(keys: readonly string[]): Promise<SchoolFunding[]> {
    const parts = keys.map((k) => k.split('|') as [string, string]);
    const rows = await this.dataSource.query<(BasisRow & { amount: string | null; year: number | null })[]>(
      `WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(school_id, year)),
       stated AS (
         SELECT DISTINCT ON (k.school_id, k.year) k.school_id, k.year, s.funding_amount, s.funding_year
         FROM k JOIN sop s ON s.school_id = k.school_id AND s.status = 'published' AND s.funding_year IS NOT NULL
           AND (k.year IS NULL OR s.funding_year = k.year)
         ORDER BY k.school_id, k.year, s.funding_year DESC, s.school_year DESC
       ),
       y AS (
         SELECT k.school_id, k.year AS asked, COALESCE(k.year, st.funding_year) AS year, st.funding_amount
         FROM k LEFT JOIN stated st ON st.school_id = k.school_id AND st.year IS NOT DISTINCT FROM k.year
       )
       SELECT y.school_id || '|' || COALESCE(y.asked::text, '') AS key, y.funding_amount AS amount, y.year,
              ${BASIS_COLUMNS}
       FROM y ${BASIS_JOINS('y')}`,
      [parts.map((p) => p[0]), parts.map((p) => (p[1] === '' ? null : Number(p[1])))],
    );
    return byKey(
      keys,
      rows,
      (r) => r.key,
      (r) => ({
        calendarYear: r.year,
        statedAmount: r.amount === null ? null : Number(r.amount),
        basis: toBasis(r),
      }),
      { calendarYear: null, statedAmount: null, basis: EMPTY_BASIS },
    );
  }
}

export const FUNDING_LOADERS = [FundingBasisLoader, SchoolFundingLoader];
