import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { AggregateCache } from '../aggregate-cache/aggregate-cache';
import { NotFoundError } from '../common/errors/app-error';
import {
  catalogEntries,
  catalogHasRowsSql,
  catalogItemRowsSql,
  type CatalogEntry,
} from '../common/catalog-sql';
import { SchoolEntity } from '../schools/school.entity';
import { toFunding } from '../funding/funding-figures';
import { FundingBasisLoader, fundingBasisKey } from '../funding/funding.loaders';
import { requireUuid } from '../common/args';
import { schoolYearOf } from '@sop-atlas/sop-model';

export interface ComparisonData {
  /** The school year the shares count (the overview's definition: published SOPs of that year in SPPOH). */
  shareSchoolYear: string;
  /** Schools with a published SOP of `shareSchoolYear` in SPPOH: the denominator of `regionShare`. */
  shareSchools: number;
  schools: ({ school: SchoolEntity; sopId: string | null; schoolYear: string | null } & SchoolFacts)[];
  rows: (CatalogEntry & {
    values: { schoolId: string; value: string | null; has: boolean; werkgebiedShare: number | null }[];
    regionShare: number | null;
  })[];
}

/**
 * What the compare page shows of each school beside the catalog: its latest pupil count (as `School.pupilCount`),
 * the basisondersteuning per leerling of its compared SOP (as `Sop.funding.perPupil`: the stated amount over the
 * pupils of that calendar year, `toFunding`), and the SOP's date: its own date when the document states one, else
 * the day it was published in SOP Atlas, saying which.
 */
export interface SchoolFacts {
  pupils: number | null;
  pupilsSuppressed: boolean;
  pupilsReferenceDate: string | null;
  fundingPerPupil: number | null;
  fundingCalendarYear: number | null;
  sopDate: string | null;
  sopDateSource: 'document' | 'published' | null;
  sopDateKind: string | null;
}

interface FactRow {
  school_id: string;
  total: number | null;
  suppressed: boolean | null;
  reference_date: string | null;
  funding_amount: string | null;
  funding_year: number | null;
  document_date: string | null;
  document_date_kind: string | null;
  published_at: string | null;
}

interface ValueRow {
  school_id: string;
  sop_id: string | null;
  school_year: string | null;
  kind: string | null;
  code: string | null;
  value: string | null;
  has: boolean | null;
}

export interface ShareRow {
  kind: string;
  code: string;
  werkgebied_code: string | null;
  is_region: boolean;
  schools: number;
  share: number | null;
}

/** Each school's published SOP of the year ($1), or its latest. */
const CHOSEN = `SELECT DISTINCT ON (sop.school_id) sop.school_id, sop.id, sop.school_year FROM sop
      WHERE sop.status = 'published' AND ($1::text IS NULL OR sop.school_year = $1)
      ORDER BY sop.school_id, sop.school_year DESC`;

/**
 * Side-by-side comparison: three statements (schools, their SOP values, region and werkgebied shares); the shares
 * are the same for every comparison of a school year and computed once per data version (AggregateCache).
 */
@Injectable()
export class CompareService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AggregateCache,
    private readonly fundingBasis: FundingBasisLoader,
  ) {}

  async compare(
    ids: readonly string[],
    schoolYear: string | null,
    req?: object | null,
  ): Promise<ComparisonData> {
    ids.forEach((id, i) => {
      requireUuid(id, 'School', `ids[${i}]`);
    });
    const found = await this.dataSource.getRepository(SchoolEntity).findBy({ id: In([...ids]) });
    const byId = new Map(found.map((school) => [school.id, school]));
    ids.forEach((id, i) => {
      if (!byId.has(id)) throw new NotFoundError('School', `ids[${i}]`, id);
    });

    const catalog = catalogEntries();
    const values = await this.dataSource.query<ValueRow[]>(
      `WITH chosen AS MATERIALIZED (${CHOSEN.replace('WHERE', 'WHERE sop.school_id = ANY($2) AND')}),
            items AS (${catalogItemRowsSql('SELECT id FROM chosen')})
       SELECT s.id AS school_id, c.id AS sop_id, c.school_year, i.kind, i.code, i.value, i.has
       FROM unnest($2::uuid[]) AS s(id)
       LEFT JOIN chosen c ON c.school_id = s.id
       LEFT JOIN items i ON i.sop_id = c.id`,
      [schoolYear, [...ids]],
    );
    // Shares as the Regio-overzicht, its exports and the PDF count them (one definition): schools in SPPOH with a
    // published SOP of one school year that has the item, of all schools in SPPOH with a published SOP of that year.
    // The year: the one compared, else the newest school year up to the running one with published SOPs (the
    // overview's default), so "27,8 % here, 26,3 % there" from mixing each school's latest SOP cannot happen.
    const shareSchoolYear =
      schoolYear ??
      (
        await this.dataSource.query<{ year: string | null }[]>(
          `SELECT max(sop.school_year) AS year FROM sop JOIN school s ON s.id = sop.school_id
           WHERE sop.status = 'published' AND s.werkgebied_code IS NOT NULL AND sop.school_year <= $1`,
          [schoolYearOf(new Date())],
        )
      )[0]?.year ??
      schoolYearOf(new Date());
    const shares = await this.regionShares(shareSchoolYear, req);

    const shareOf = new Map(
      shares.map((s) => [`${s.kind}|${s.code}|${s.is_region ? '*' : (s.werkgebied_code ?? '')}`, s.share]),
    );
    const valueOf = new Map(
      values.filter((v) => v.kind !== null).map((v) => [`${v.school_id}|${v.kind}|${v.code}`, v]),
    );
    const sopOf = new Map(values.map((v) => [v.school_id, v]));
    const facts = await this.facts(ids, values);
    return {
      shareSchoolYear,
      shareSchools: shares.find((r) => r.is_region)?.schools ?? 0,
      schools: ids.map((id) => ({
        school: byId.get(id) as SchoolEntity,
        sopId: sopOf.get(id)?.sop_id ?? null,
        schoolYear: sopOf.get(id)?.school_year ?? null,
        ...(facts.get(id) as SchoolFacts),
      })),
      rows: catalog.map((entry) => ({
        ...entry,
        regionShare: shareOf.get(`${entry.kind}|${entry.code}|*`) ?? null,
        values: ids.map((id) => {
          const row = valueOf.get(`${id}|${entry.kind}|${entry.code}`);
          const werkgebied = byId.get(id)?.werkgebiedCode ?? null;
          return {
            schoolId: id,
            value: row?.value ?? null,
            has: row?.has ?? false,
            werkgebiedShare:
              werkgebied === null ? null : (shareOf.get(`${entry.kind}|${entry.code}|${werkgebied}`) ?? null),
          };
        }),
      })),
    };
  }

  /** Pupils, funding per leerling and SOP date of each compared school (two statements for all of them). */
  private async facts(
    ids: readonly string[],
    values: readonly ValueRow[],
  ): Promise<Map<string, SchoolFacts>> {
    const sopIds = [...new Set(values.map((v) => v.sop_id).filter((v): v is string => v !== null))];
    const rows = await this.dataSource.query<FactRow[]>(
      `SELECT s.id AS school_id, pc.total, pc.suppressed, to_char(pc.reference_date, 'YYYY-MM-DD') AS reference_date,
              sop.funding_amount, sop.funding_year, to_char(sop.document_date, 'YYYY-MM-DD') AS document_date,
              sop.document_date_kind, to_char(sop.published_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS published_at
       FROM unnest($1::uuid[]) AS s(id)
       LEFT JOIN sop ON sop.school_id = s.id AND sop.id = ANY($2::uuid[])
       LEFT JOIN LATERAL (
         SELECT total, suppressed, reference_date FROM pupil_count WHERE school_id = s.id
         ORDER BY reference_date DESC LIMIT 1
       ) pc ON true`,
      [[...ids], sopIds],
    );
    const withFunding = rows.filter((r) => r.funding_year !== null);
    const bases = await this.fundingBasis.loadMany(
      withFunding.map((r) => fundingBasisKey(r.school_id, r.funding_year as number)),
    );
    const perPupil = new Map(
      withFunding.map((r, i) => {
        const basis = bases[i];
        const amount = r.funding_amount === null ? null : Number(r.funding_amount);
        return [r.school_id, basis ? toFunding(r.funding_year as number, amount, basis).perPupil : null];
      }),
    );
    return new Map(
      rows.map((r) => [
        r.school_id,
        {
          pupils: r.suppressed ? null : r.total,
          pupilsSuppressed: r.suppressed ?? false,
          pupilsReferenceDate: r.reference_date,
          fundingPerPupil: perPupil.get(r.school_id) ?? null,
          fundingCalendarYear: r.funding_year,
          sopDate: r.document_date ?? r.published_at,
          sopDateSource: r.document_date ? 'document' : r.published_at ? 'published' : null,
          sopDateKind: r.document_date ? r.document_date_kind : null,
        },
      ]),
    );
  }

  /**
   * Share of the region's and each werkgebied's schools with each catalog item among the SPPOH schools with a
   * published SOP of `schoolYear` (the overview's definition), at the current data version.
   */
  regionShares(schoolYear: string, req?: object | null): Promise<ShareRow[]> {
    return this.cache.get(`compareShares|${schoolYear}`, () => this.computeShares(schoolYear), req);
  }

  private computeShares(schoolYear: string): Promise<ShareRow[]> {
    const catalog = catalogEntries();
    return this.dataSource.query<ShareRow[]>(
      `WITH chosen AS MATERIALIZED (
              SELECT sop.school_id, sop.id, sop.school_year FROM sop JOIN school s ON s.id = sop.school_id
              WHERE sop.status = 'published' AND sop.school_year = $1 AND s.werkgebied_code IS NOT NULL
            ),
            items AS (${catalogHasRowsSql('SELECT id FROM chosen')}),
            scope AS (SELECT s.id, s.werkgebied_code FROM school s JOIN chosen c ON c.school_id = s.id),
            per_item AS (
              SELECT i.kind, i.code, sc.werkgebied_code, GROUPING(sc.werkgebied_code) = 1 AS is_region,
                     count(DISTINCT sc.id) AS with_item
              FROM scope sc JOIN chosen c ON c.school_id = sc.id JOIN items i ON i.sop_id = c.id
              GROUP BY GROUPING SETS ((i.kind, i.code, sc.werkgebied_code), (i.kind, i.code))
            ),
            totals AS (
              SELECT werkgebied_code, GROUPING(werkgebied_code) = 1 AS is_region, count(*) AS schools
              FROM scope GROUP BY GROUPING SETS ((werkgebied_code), ())
            )
       SELECT k.kind, k.code, t.werkgebied_code, t.is_region, t.schools::int AS schools,
              (coalesce(p.with_item, 0)::float8 / NULLIF(t.schools, 0)) AS share
       FROM totals t CROSS JOIN unnest($2::text[], $3::text[]) AS k(kind, code)
       LEFT JOIN per_item p ON p.kind = k.kind AND p.code = k.code AND p.is_region = t.is_region
         AND p.werkgebied_code IS NOT DISTINCT FROM t.werkgebied_code`,
      [schoolYear, catalog.map((c) => c.kind), catalog.map((c) => c.code)],
    );
  }
}
