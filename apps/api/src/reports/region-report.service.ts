import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { type RegionOverview } from '../region-overview/models/region-overview.model';
import {
  toCoverageItems,
  toDataHealth,
  toFunding,
  toTrends,
} from '../region-overview/region-overview.mapper';
import { RegionOverviewService } from '../region-overview/region-overview.service';
import { buildRegionReport, type RegionReport, type ReportSource } from './report-model';

export interface RegionReportScope {
  schoolYear: string;
  werkgebied: string | null;
}

/** A werkgebied is a gap for an item when no school in it has the item (the `regionOverview` default). */
export const REPORT_MINIMUM_SCHOOLS = 1;

/** Gathers a region report: the region overview (same service and mapping as the `regionOverview` query) + sources. */
@Injectable()
export class RegionReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly overviewService: RegionOverviewService,
    private readonly config: AppConfig,
  ) {}

  /** The `regionOverview` result for this scope, as the GraphQL resolver builds it. */
  async overview(scope: RegionReportScope): Promise<RegionOverview> {
    const data = await this.overviewService.overview({
      schoolYear: scope.schoolYear,
      werkgebied: scope.werkgebied,
      allSchools: false,
      minimumSchools: REPORT_MINIMUM_SCHOOLS,
    });
    return {
      schoolYear: scope.schoolYear,
      werkgebied: scope.werkgebied,
      schools: data.totals.schools,
      schoolsWithSop: data.totals.schoolsWithSop,
      schoolsLeftOut: data.health.filter((r) => r.category === 'no-werkgebied').length,
      items: toCoverageItems(data.catalog, data.coverage, REPORT_MINIMUM_SCHOOLS),
      funding: toFunding(data.funding),
      // reports are published documents: drafts are counted, not named
      dataHealth: toDataHealth(data.health, false),
      trends: toTrends(data.catalog, data.trends),
    };
  }

  async report(scope: RegionReportScope, generatedAt = new Date()): Promise<RegionReport> {
    const overview = await this.overview(scope);
    const reference =
      scope.werkgebied === null
        ? null
        : await this.overview({ schoolYear: scope.schoolYear, werkgebied: null });
    const rows = await this.dataSource.query<
      {
        school_name: string;
        werkgebied: string | null;
        werkgebied_name: string | null;
        is_demo: boolean;
        school_year: string | null;
        published_at: Date | null;
        file_name: string | null;
        source_kind: string | null;
        imported_at: Date | null;
        document_date: string | null;
        document_date_kind: string | null;
      }[]
    >(
      `SELECT s.name AS school_name, s.werkgebied_code AS werkgebied, w.name AS werkgebied_name, s.is_demo,
              sop.school_year, sop.published_at, sd.file_name, sd.source_kind, sd.imported_at,
              to_char(sop.document_date, 'YYYY-MM-DD') AS document_date, sop.document_date_kind
       FROM school s
       LEFT JOIN werkgebied w ON w.code = s.werkgebied_code
       LEFT JOIN sop ON sop.school_id = s.id AND sop.status = 'published' AND sop.school_year = $1
       LEFT JOIN source_document sd ON sd.id = sop.source_document_id
       WHERE s.werkgebied_code IS NOT NULL AND ($2::text IS NULL OR s.werkgebied_code = $2)
       ORDER BY w.name, s.name, s.id`,
      [scope.schoolYear, scope.werkgebied],
    );
    const sources: ReportSource[] = rows.map((r) => ({
      schoolName: r.school_name,
      werkgebied: r.werkgebied_name,
      schoolYear: r.school_year,
      publishedAt: r.published_at,
      fileName: r.file_name,
      sourceKind: r.source_kind,
      importedAt: r.imported_at,
      documentDate: r.document_date,
      documentDateKind: r.document_date_kind,
    }));
    const werkgebiedName =
      scope.werkgebied === null
        ? null
        : (rows[0]?.werkgebied_name ??
          overview.items[0]?.werkgebieden.find((a) => a.werkgebiedCode === scope.werkgebied)
            ?.werkgebiedName ??
          scope.werkgebied);
    return buildRegionReport({
      overview,
      reference,
      werkgebiedName,
      demoSchools: rows.filter((r) => r.is_demo).length,
      sources,
      staleSopYears: this.config.staleSopYears,
      generatedAt,
    });
  }
}
