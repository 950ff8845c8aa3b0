import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { schoolYearStart } from '@sop-atlas/sop-model';
import { AppConfig } from '../config/app-config';
import { AggregateCache } from '../aggregate-cache/aggregate-cache';
import { sopAsOfYearSql, sopStateSql } from '../schools/sop-state-sql';
import { catalogEntries, type CatalogEntry, type CatalogRowTable, unionPerKind } from '../common/catalog-sql';

export interface OverviewScope {
  schoolYear: string;
  werkgebied: string | null;
  allSchools: boolean;
  minimumSchools: number;
}

export interface CoverageRow {
  kind: string;
  code: string;
  werkgebied_code: string | null;
  werkgebied_name: string | null;
  is_region: boolean;
  schools: number;
  pupils: number;
  with_item: number;
  pupils_in_gaps: number;
}

export interface FundingRow {
  dim: 'all' | 'kind' | 'size';
  grp: string;
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  outliers: { id: string; name: string; werkgebiedCode: string | null; value: number }[];
}

export interface HealthRow {
  category:
    | 'missing'
    | 'stale'
    | 'warnings'
    | 'review'
    | 'no-werkgebied'
    | 'no-coordinates'
    | 'estimated-werkgebied'
    | 'uncertain-kind';
  id: string;
  name: string;
  werkgebied_code: string | null;
  value: number | null;
  detail: string | null;
}

export interface TrendRow {
  school_year: string;
  kind: string;
  code: string;
  schools: number;
  with_item: number;
}

export interface OverviewData {
  catalog: CatalogEntry[];
  totals: { schools: number; schoolsWithSop: number };
  coverage: CoverageRow[];
  funding: FundingRow[];
  health: HealthRow[];
  trends: TrendRow[];
}

/** The scope, its pupils and its published SOPs of the year: the CTEs every statement but trends starts with. */
const COMMON = `
      scope AS NOT MATERIALIZED (
        SELECT s.id, s.name, s.kind, s.werkgebied_code FROM school s
        WHERE ($3::boolean OR s.werkgebied_code IS NOT NULL) AND ($2::text IS NULL OR s.werkgebied_code = $2)
      ),
      pupils AS NOT MATERIALIZED (
        SELECT DISTINCT ON (pc.school_id) pc.school_id, pc.total FROM pupil_count pc
        JOIN scope ON scope.id = pc.school_id
        WHERE pc.reference_date <= $4::date ORDER BY pc.school_id, pc.reference_date DESC
      ),
      chosen AS NOT MATERIALIZED (
        SELECT sop.school_id, sop.id, sop.funding_amount FROM sop JOIN scope ON scope.id = sop.school_id
        WHERE sop.status = 'published' AND sop.school_year = $1
      )`;

/** What every statement of one overview shares: its scope and the parameters $1–$4. */
interface ScopeParams {
  scope: OverviewScope;
  /** $1 school year, $2 werkgebied, $3 all schools, $4 end of the school year. */
  base: [string, string | null, boolean, string];
  kinds: string[];
  codes: string[];
}

/**
 * The region overview in five SQL statements (totals, coverage per item × werkgebied with region totals and gaps,
 * funding per pupil percentiles with outliers, data health lists, trends per school year), one method each. Scope:
 * SPPOH schools (with a werkgebied), one werkgebied, or every school (`allSchools`).
 * Parameters shared by every statement: $1 school year, $2 werkgebied, $3 all schools, $4 end of the school year.
 * An answer is computed once per data version and scope (AggregateCache).
 */
@Injectable()
export class RegionOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cache: AggregateCache,
  ) {}

  /** The overview of this scope at the current data version (`req`: the version check is shared per request). */
  overview(scope: OverviewScope, req?: object | null): Promise<OverviewData> {
    const key = `overview|${scope.schoolYear}|${scope.werkgebied ?? '*'}|${scope.allSchools}|${scope.minimumSchools}`;
    return this.cache.get(key, () => this.compute(scope), req);
  }

  /** The five statements, uncached. */
  async compute(scope: OverviewScope): Promise<OverviewData> {
    const start = schoolYearStart(scope.schoolYear);
    const catalog = catalogEntries();
    const p: ScopeParams = {
      scope,
      base: [scope.schoolYear, scope.werkgebied, scope.allSchools, `${start + 1}-07-31`],
      kinds: catalog.map((c) => c.kind),
      codes: catalog.map((c) => c.code),
    };
    // The five statements are independent reads: on a server they run side by side on pool connections (on the
    // embedded database they queue; no transaction is open, so nothing waits on itself).
    const [[totals], coverage, funding, health, trends] = await Promise.all([
      this.totals(p),
      this.coverage(p),
      this.funding(p),
      this.health(p),
      this.trends(p),
    ]);
    return {
      catalog,
      totals: { schools: totals?.schools ?? 0, schoolsWithSop: totals?.with_sop ?? 0 },
      coverage,
      funding,
      health,
      trends,
    };
  }

  private totals({ base }: ScopeParams): Promise<{ schools: number; with_sop: number }[]> {
    return this.dataSource.query<{ schools: number; with_sop: number }[]>(
      `WITH ${COMMON} SELECT (SELECT count(*) FROM scope)::int AS schools, (SELECT count(*) FROM chosen)::int AS with_sop`,
      base,
    );
  }

  private coverage({ scope, base, kinds, codes }: ScopeParams): Promise<CoverageRow[]> {
    // Each row table aggregated on its own (real row counts for the planner; see trends below).
    const coverageBranch = (kind: string, { table, has }: CatalogRowTable): string => `
      SELECT '${kind}'::text AS kind, r.code, s.werkgebied_code, count(DISTINCT s.id) AS n
      FROM chosen c JOIN scope s ON s.id = c.school_id JOIN ${table} r ON r.sop_id = c.id
      WHERE r.code IS NOT NULL AND ${has('r')}
      GROUP BY r.code, s.werkgebied_code`;
    return this.dataSource.query<CoverageRow[]>(
      `WITH ${COMMON},
        catalog AS (SELECT * FROM unnest($5::text[], $6::text[]) AS t(kind, code)),
        areas AS (
          SELECT w.code, w.name FROM werkgebied w WHERE NOT $3::boolean AND ($2::text IS NULL OR w.code = $2)
          UNION
          SELECT DISTINCT s.werkgebied_code, w.name FROM scope s LEFT JOIN werkgebied w ON w.code = s.werkgebied_code
          WHERE $3::boolean
        ),
        area_totals AS (
          SELECT a.code, a.name, count(c.id)::int AS schools, coalesce(sum(p.total), 0)::int AS pupils
          FROM areas a
          LEFT JOIN scope s ON s.werkgebied_code IS NOT DISTINCT FROM a.code
          LEFT JOIN chosen c ON c.school_id = s.id
          LEFT JOIN pupils p ON p.school_id = s.id
          GROUP BY a.code, a.name
        ),
        has AS (
          ${unionPerKind(coverageBranch)}
        ),
        cells AS (
          SELECT k.kind, k.code, a.code AS werkgebied_code, a.name AS werkgebied_name, a.schools, a.pupils,
                 coalesce(h.n, 0)::int AS with_item
          FROM catalog k CROSS JOIN area_totals a
          LEFT JOIN has h ON h.kind = k.kind AND h.code = k.code AND h.werkgebied_code IS NOT DISTINCT FROM a.code
        )
      SELECT kind, code, werkgebied_code, werkgebied_name, false AS is_region, schools, pupils, with_item,
             CASE WHEN with_item < $7 THEN pupils ELSE 0 END AS pupils_in_gaps
      FROM cells
      UNION ALL
      SELECT kind, code, NULL, NULL, true, sum(schools)::int, sum(pupils)::int, sum(with_item)::int,
             coalesce(sum(pupils) FILTER (WHERE with_item < $7), 0)::int
      FROM cells GROUP BY kind, code
      ORDER BY werkgebied_code NULLS FIRST`,
      [...base, kinds, codes, scope.minimumSchools],
    );
  }

  private funding({ base }: ScopeParams): Promise<FundingRow[]> {
    return this.dataSource.query<FundingRow[]>(
      `WITH ${COMMON},
        fpp AS (
          SELECT s.id, s.name, s.werkgebied_code, s.kind, c.funding_amount::float8 / p.total AS v,
                 CASE WHEN p.total < 100 THEN '<100' WHEN p.total < 200 THEN '100-199'
                      WHEN p.total < 400 THEN '200-399' ELSE '400+' END AS band
          FROM scope s JOIN chosen c ON c.school_id = s.id JOIN pupils p ON p.school_id = s.id
          WHERE c.funding_amount IS NOT NULL AND p.total > 0
        ),
        stats AS (
          SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(band) = 0 THEN 'size' ELSE 'all' END AS dim,
                 coalesce(kind, band, 'all') AS grp, count(*)::int AS n, min(v) AS min, max(v) AS max,
                 percentile_cont(0.25) WITHIN GROUP (ORDER BY v) AS q1,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS median,
                 percentile_cont(0.75) WITHIN GROUP (ORDER BY v) AS q3
          FROM fpp GROUP BY GROUPING SETS ((kind), (band), ())
        )
      SELECT st.*, coalesce((
        SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'werkgebiedCode', f.werkgebied_code,
                                          'value', f.v) ORDER BY f.v)
        FROM fpp f
        WHERE (st.dim = 'all' OR (st.dim = 'kind' AND f.kind = st.grp) OR (st.dim = 'size' AND f.band = st.grp))
          AND (f.v < st.q1 - 1.5 * (st.q3 - st.q1) OR f.v > st.q3 + 1.5 * (st.q3 - st.q1))
      ), '[]'::json) AS outliers
      FROM stats st ORDER BY dim, grp`,
      base,
    );
  }

  private health({ scope, base }: ScopeParams): Promise<HealthRow[]> {
    const start = schoolYearStart(scope.schoolYear);
    // "Zonder gepubliceerd SOP", "Verouderd SOP" and "Wachten op beoordeling" (one school each): the definitions of
    // the search's `status` filter (MISSING, STALE, DRAFT in sop-state-sql.ts), so every figure's link lands on a
    // list of exactly that many schools; a stale SOP's age comes from the same figure (the year it speaks for).
    const params = { school: 's', year: () => '$1', start: () => '$5', staleYears: () => '$6' };
    const stale = sopStateSql('stale', params);
    return this.dataSource.query<HealthRow[]>(
      `WITH ${COMMON},
        latest AS (
          SELECT DISTINCT ON (sop.school_id) sop.school_id, sop.school_year, ${sopAsOfYearSql('sop')} AS as_of
          FROM sop JOIN scope ON scope.id = sop.school_id
          WHERE sop.status = 'published' AND sop.school_year <= $1
          ORDER BY sop.school_id, sop.school_year DESC
        ),
        year_sops AS (
          SELECT sop.id, sop.school_id, sop.status FROM sop JOIN scope ON scope.id = sop.school_id
          WHERE sop.school_year = $1 AND sop.status <> 'archived'
        )
      SELECT 'missing' AS category, s.id, s.name, s.werkgebied_code, NULL::float8 AS value, NULL::text AS detail
      FROM scope s WHERE ${sopStateSql('missing', params)}
      UNION ALL
      SELECT 'stale', s.id, s.name, s.werkgebied_code, ($5::int - l.as_of)::float8, l.school_year
      FROM scope s JOIN latest l ON l.school_id = s.id
      WHERE ${stale}
      UNION ALL
      SELECT 'warnings', s.id, s.name, s.werkgebied_code, count(w.id)::float8, ys.status
      FROM year_sops ys JOIN scope s ON s.id = ys.school_id
      JOIN sop_warning w ON w.sop_id = ys.id AND w.resolved_at IS NULL
      GROUP BY ys.id, ys.status, s.id, s.name, s.werkgebied_code
      UNION ALL
      SELECT 'review', s.id, s.name, s.werkgebied_code, NULL::float8,
             (SELECT min(ys.status) FROM year_sops ys WHERE ys.school_id = s.id AND ys.status IN ('draft', 'in-review'))
      FROM scope s WHERE ${sopStateSql('draft', params)}
      UNION ALL
      -- Left out of the overview (no werkgebied): real schools and the demo region, not the national test set.
      SELECT 'no-werkgebied', s.id, s.name, NULL, NULL::float8,
             CASE WHEN s.postcode IS NULL THEN 'geen postcode' ELSE 'postcode ' || s.postcode END
      FROM school s
      WHERE NOT $3::boolean AND $2::text IS NULL AND s.werkgebied_code IS NULL
        AND (NOT s.is_demo OR s.vestigingscode LIKE '99%')
        AND (s.gemeente_code IS NULL OR s.gemeente_code IN ('0518', '0603', '1916'))
      UNION ALL
      SELECT 'no-coordinates', s.id, s.name, s.werkgebied_code, NULL::float8, s.postcode
      FROM scope sc JOIN school s ON s.id = sc.id WHERE s.latitude IS NULL OR s.longitude IS NULL
      UNION ALL
      SELECT 'estimated-werkgebied', s.id, s.name, s.werkgebied_code, NULL::float8, s.postcode
      FROM scope sc JOIN school s ON s.id = sc.id WHERE s.werkgebied_source = 'geschat'
      UNION ALL
      -- Kind in doubt between DUO files (ADR 0008; detail: the candidate kinds, e.g. 'SBO / SO').
      SELECT 'uncertain-kind', s.id, s.name, s.werkgebied_code, NULL::float8,
             (SELECT string_agg(DISTINCT e->>'kind', ' / ' ORDER BY e->>'kind') FROM jsonb_array_elements(c.candidates) e)
      FROM scope sc JOIN school s ON s.id = sc.id
      JOIN school_kind_conflict c ON c.school_id = s.id AND c.resolved_at IS NULL
      ORDER BY category, name, id`,
      [...base, start, this.config.staleSopYears],
    );
  }

  private trends({ scope, kinds, codes }: ScopeParams): Promise<TrendRow[]> {
    // Trends: each row table aggregated on its own, joined to the published SOPs of the scope (no CTE in between,
    // so the planner sees real row counts: hash joins instead of sorting a million rows).
    const branch = (kind: string, { table, has }: CatalogRowTable): string => `
      SELECT sop.school_year, '${kind}'::text AS kind, r.code, count(DISTINCT sop.school_id)::int AS n
      FROM sop JOIN school s ON s.id = sop.school_id JOIN ${table} r ON r.sop_id = sop.id
      WHERE sop.status = 'published' AND r.code IS NOT NULL AND ${has('r')}
        AND ($2::boolean OR s.werkgebied_code IS NOT NULL) AND ($1::text IS NULL OR s.werkgebied_code = $1)
      GROUP BY sop.school_year, r.code`;
    return this.dataSource.query<TrendRow[]>(
      `WITH catalog AS (SELECT * FROM unnest($3::text[], $4::text[]) AS t(kind, code)),
        totals AS (
          SELECT sop.school_year, count(*)::int AS schools FROM sop JOIN school s ON s.id = sop.school_id
          WHERE sop.status = 'published'
            AND ($2::boolean OR s.werkgebied_code IS NOT NULL) AND ($1::text IS NULL OR s.werkgebied_code = $1)
          GROUP BY sop.school_year
        ),
        has AS (
          ${unionPerKind(branch)}
        )
      SELECT t.school_year, k.kind, k.code, t.schools, coalesce(h.n, 0)::int AS with_item
      FROM totals t CROSS JOIN catalog k
      LEFT JOIN has h ON h.school_year = t.school_year AND h.kind = k.kind AND h.code = k.code
      ORDER BY t.school_year`,
      [scope.werkgebied, scope.allSchools, kinds, codes],
    );
  }
}
