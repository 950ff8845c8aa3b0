import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import {
  EXPERTISE_AVAILABILITIES,
  FACILITY_STATUSES,
  FREQUENCIES,
  HGW_STATUSES,
  werkgebiedName,
} from '@sop-atlas/sop-model';
import { encodeCursor } from '../common/pagination/connection';
import { AggregateCache } from '../aggregate-cache/aggregate-cache';
import { CompareService } from '../compare/compare.service';
import { toFunding } from '../funding/funding-figures';
import { RegionOverviewService } from '../region-overview/region-overview.service';
import { toCoverageItems } from '../region-overview/region-overview.mapper';
import { type SchoolFilter } from '../schools/dto/schools.args';
import { type NearInput, type SchoolSort } from '../schools/search/dto/search.inputs';
import { SchoolSearchService, type SearchHit } from '../schools/search/school-search.service';
import { nearPlace, searchCriteria } from '../schools/search/search-criteria';
import { type CellValue, type Column, type ColumnType, type Table } from './table';

/** Schools read per page while a search export streams. */
const EXPORT_PAGE = 200;

const KIND_LABELS: Record<string, string> = {
  hgw: 'Handelingsgericht werken',
  expertise: 'Expertise',
  partner: 'Externe partner',
  facility: 'Voorziening',
};

const statusLabel = (kind: string, value: string | null): string | null => {
  if (value === null) return null;
  const statuses: Record<string, readonly { code: string; label: string }[]> = {
    hgw: HGW_STATUSES,
    expertise: EXPERTISE_AVAILABILITIES,
    partner: FREQUENCIES,
    facility: FACILITY_STATUSES,
  };
  return statuses[kind]?.find((s) => s.code === value)?.label ?? value;
};

interface SchoolRow {
  id: string;
  name: string;
  vestigingscode: string | null;
  kind: string;
  werkgebied: string | null;
  gemeente: string | null;
  postcode: string | null;
  place: string | null;
  denomination: string | null;
  pupils: number | null;
  distanceKm: number | null;
  isDemo: boolean;
}

interface FundingExportRow {
  name: string;
  vestigingscode: string | null;
  werkgebied: string | null;
  kind: string;
  isDemo: boolean;
  calendarYear: number;
  stated: number | null;
  expected: number | null;
  deviation: number | null;
  deviationShare: number | null;
  pupils: number | null;
  referenceDate: Date | null;
  perPupil: number | null;
}

/** A row of the compare export: a fact of each school or a catalog item, one cell per school. */
interface CompareExportRow {
  kind: string;
  label: string;
  /** The type of the school cells in this row. */
  type: ColumnType;
  values: CellValue[];
  regionShare: number | null;
  differs: boolean | null;
}

const dateCell = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

const DATE_KIND_WORDS: Record<string, string> = {
  adopted: 'vastgesteld',
  mrAdvice: 'MR-advies',
  drafted: 'opgesteld',
};

/** Which date `sopDate` is, in words: the document's own (and which) or the day it was published here. */
function sopDateLabel(source: 'document' | 'published' | null, kind: string | null): string | null {
  if (source === 'document') return `${DATE_KIND_WORDS[kind ?? ''] ?? 'datum'} (volgens het document)`;
  if (source === 'published') return 'gepubliceerd in SOP Atlas (geen zekere datum in het document)';
  return null;
}

/** Builds export tables from the same services the GraphQL API uses (search, compare, region overview). */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SchoolSearchService,
    private readonly compareService: CompareService,
    private readonly overviewService: RegionOverviewService,
    private readonly cache: AggregateCache,
  ) {}

  /**
   * Every school the `schools` query would list for these arguments, read page by page (keyset cursor) while the
   * export is written: no cap, and never all rows in memory.
   */
  async schools(
    filter: SchoolFilter | null,
    near: NearInput | null,
    sort: SchoolSort | null,
  ): Promise<Table<SchoolRow>> {
    const criteria = searchCriteria(filter, sort, near !== null);
    const place = near ? nearPlace(near) : null;
    const area = place ? await this.search.locate(place) : null;
    const columns: Column<SchoolRow>[] = [
      { header: 'School', type: 'text', value: (r) => r.name, width: 40 },
      { header: 'Vestigingscode', type: 'text', value: (r) => r.vestigingscode },
      { header: 'Soort', type: 'text', value: (r) => r.kind, width: 8 },
      { header: 'Werkgebied', type: 'text', value: (r) => r.werkgebied, width: 22 },
      { header: 'Gemeente', type: 'text', value: (r) => r.gemeente, width: 22 },
      { header: 'Postcode', type: 'text', value: (r) => r.postcode, width: 10 },
      { header: 'Plaats', type: 'text', value: (r) => r.place },
      { header: 'Denominatie', type: 'text', value: (r) => r.denomination },
      { header: 'Leerlingen', type: 'int', value: (r) => r.pupils },
      ...(area
        ? [{ header: 'Afstand (km)', type: 'decimal', value: (r) => r.distanceKm } as Column<SchoolRow>]
        : []),
      { header: 'Fictief (demo)', type: 'boolean', value: (r) => r.isDemo },
      { header: 'Id', type: 'text', value: (r) => r.id, width: 38 },
    ];
    return { name: 'scholen', columns, rows: this.schoolPages(criteria, area) };
  }

  private async *schoolPages(
    criteria: ReturnType<typeof searchCriteria>,
    area: Awaited<ReturnType<SchoolSearchService['locate']>> | null,
  ): AsyncIterable<SchoolRow[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.search.search(criteria, area, EXPORT_PAGE, after);
      if (page.hits.length > 0) yield await this.schoolRows(page.hits);
      const last = page.hits.at(-1);
      if (!page.hasNextPage || !last) return;
      after = encodeCursor(last.cursor);
    }
  }

  private async schoolRows(hits: readonly SearchHit[]): Promise<SchoolRow[]> {
    const pupils = await this.dataSource.query<{ school_id: string; total: number | null }[]>(
      `SELECT DISTINCT ON (school_id) school_id, total FROM pupil_count WHERE school_id = ANY($1::uuid[])
       ORDER BY school_id, reference_date DESC`,
      [hits.map((h) => h.school.id)],
    );
    const pupilsOf = new Map(pupils.map((p) => [p.school_id, p.total]));
    return hits.map((h) => ({
      id: h.school.id,
      name: h.school.name,
      vestigingscode: h.school.vestigingscode,
      kind: h.school.kind,
      werkgebied: werkgebiedName(h.school.werkgebiedCode),
      gemeente: h.school.gemeenteName,
      postcode: h.school.postcode,
      place: h.school.place,
      denomination: h.school.denomination,
      pupils: pupilsOf.get(h.school.id) ?? null,
      distanceKm: h.distanceKm,
      isDemo: h.school.isDemo,
    }));
  }

  /**
   * The compareSchools rows: first the facts of each school (pupils, basisondersteuning per leerling, the SOP's date
   * and which date that is), then one row per catalog item; one column per school.
   */
  async compare(ids: readonly string[], schoolYear: string | null): Promise<Table<CompareExportRow>> {
    const data = await this.compareService.compare(ids, schoolYear);
    const facts: CompareExportRow[] = [
      {
        kind: 'School',
        label: 'Leerlingen (laatste peildatum)',
        type: 'int',
        values: data.schools.map((s) => s.pupils),
        regionShare: null,
        differs: null,
      },
      {
        kind: 'School',
        label: 'Peildatum leerlingen',
        type: 'date',
        values: data.schools.map((s) => dateCell(s.pupilsReferenceDate)),
        regionShare: null,
        differs: null,
      },
      {
        kind: 'School',
        label: 'Basisondersteuning per leerling (bedrag in het SOP / leerlingen van dat kalenderjaar)',
        type: 'money',
        values: data.schools.map((s) => s.fundingPerPupil),
        regionShare: null,
        differs: null,
      },
      {
        kind: 'School',
        label: 'Kalenderjaar van het bedrag',
        type: 'int',
        values: data.schools.map((s) => s.fundingCalendarYear),
        regionShare: null,
        differs: null,
      },
      {
        kind: 'School',
        label: 'Datum van het SOP',
        type: 'date',
        values: data.schools.map((s) => dateCell(s.sopDate)),
        regionShare: null,
        differs: null,
      },
      {
        kind: 'School',
        label: 'Welke datum',
        type: 'text',
        values: data.schools.map((s) => sopDateLabel(s.sopDateSource, s.sopDateKind)),
        regionShare: null,
        differs: null,
      },
    ];
    const rows: CompareExportRow[] = data.rows.map((row) => ({
      kind: KIND_LABELS[row.kind] ?? row.kind,
      label: row.label,
      type: 'text',
      values: row.values.map((v) => statusLabel(row.kind, v.value)),
      regionShare: row.regionShare,
      differs: new Set(row.values.map((v) => v.value)).size > 1,
    }));
    const columns: Column<CompareExportRow>[] = [
      { header: 'Onderdeel', type: 'text', value: (r) => r.kind },
      { header: 'Item', type: 'text', value: (r) => r.label, width: 32 },
      ...data.schools.map((s, i): Column<CompareExportRow> => ({
        header: `${s.school.name}${s.schoolYear ? ` (${s.schoolYear})` : ' (geen SOP)'}`,
        type: 'text',
        typeOf: (r) => r.type,
        value: (r) => r.values[i] ?? null,
        width: 28,
      })),
      {
        // the overview's definition, named in the header: the year and the denominator
        header: `Aandeel SPPOH ${data.shareSchoolYear} (van ${data.shareSchools} scholen met gepubliceerd SOP)`,
        type: 'percent',
        value: (r) => r.regionShare,
      },
      { header: 'Verschilt', type: 'boolean', value: (r) => r.differs },
    ];
    return { name: `vergelijking${schoolYear ? `-${schoolYear}` : ''}`, columns, rows: [...facts, ...rows] };
  }

  /** Coverage matrix of regionOverview: share of schools with each item per werkgebied, region totals. */
  async coverage(schoolYear: string, werkgebied: string | null, minimumSchools: number) {
    const data = await this.overviewService.overview({
      schoolYear,
      werkgebied,
      allSchools: false,
      minimumSchools,
    });
    const items = toCoverageItems(data.catalog, data.coverage, minimumSchools);
    const areas = items[0]?.werkgebieden ?? [];
    type Row = (typeof items)[number];
    const columns: Column<Row>[] = [
      { header: 'Onderdeel', type: 'text', value: (r) => KIND_LABELS[r.kind] ?? r.kind },
      { header: 'Item', type: 'text', value: (r) => r.label, width: 32 },
      { header: 'Scholen met SOP', type: 'int', value: (r) => r.region.schools },
      { header: 'Scholen met item', type: 'int', value: (r) => r.region.withItem },
      { header: 'Aandeel regio', type: 'percent', value: (r) => r.region.share },
      ...areas.map((area, i): Column<Row> => ({
        header: area.werkgebiedName ?? area.werkgebiedCode ?? '(geen werkgebied)',
        type: 'percent',
        value: (r) => r.werkgebieden[i]?.share ?? null,
        width: 14,
      })),
      { header: 'Werkgebieden zonder', type: 'int', value: (r) => r.gaps.length },
      { header: 'Leerlingen in gaten', type: 'int', value: (r) => r.pupilsInGaps },
    ];
    return { name: `dekking-${schoolYear}${werkgebied ? `-${werkgebied}` : ''}`, columns, rows: items };
  }

  /**
   * Funding per school for a calendar year: stated (published SOP), expected (formula of that year), deviation,
   * pupils of 1 October and per pupil; the formula functions are sop-model's, as in the GraphQL `funding` field.
   */
  async funding(calendarYear: number): Promise<Table<FundingExportRow>> {
    const rows = await this.cache.get(`fundingFigures|${calendarYear}`, () => this.fundingRows(calendarYear));
    const columns: Column<FundingExportRow>[] = [
      { header: 'School', type: 'text', value: (r) => r.name, width: 40 },
      { header: 'Vestigingscode', type: 'text', value: (r) => r.vestigingscode },
      { header: 'Werkgebied', type: 'text', value: (r) => r.werkgebied, width: 22 },
      { header: 'Soort', type: 'text', value: (r) => r.kind, width: 8 },
      { header: 'Kalenderjaar', type: 'int', value: (r) => r.calendarYear },
      { header: 'Bedrag volgens SOP', type: 'money', value: (r) => r.stated, width: 18 },
      { header: 'Verwacht (formule)', type: 'money', value: (r) => r.expected, width: 18 },
      { header: 'Afwijking', type: 'money', value: (r) => r.deviation, width: 14 },
      { header: 'Afwijking %', type: 'percent', value: (r) => r.deviationShare },
      { header: 'Leerlingen', type: 'int', value: (r) => r.pupils },
      { header: 'Peildatum', type: 'date', value: (r) => r.referenceDate },
      { header: 'Per leerling', type: 'money', value: (r) => r.perPupil, width: 14 },
      { header: 'Fictief (demo)', type: 'boolean', value: (r) => r.isDemo },
    ];
    return { name: `bekostiging-${calendarYear}`, columns, rows };
  }

  /** The funding figures of every SPPOH school for a calendar year (computed once per data version). */
  private async fundingRows(calendarYear: number): Promise<FundingExportRow[]> {
    const raw = await this.dataSource.query<
      {
        name: string;
        vestigingscode: string | null;
        werkgebied: string | null;
        kind: string;
        is_demo: boolean;
        amount: string | null;
        total: number | null;
        suppressed: boolean | null;
        reference_date: string | null;
        base_per_location: string | null;
        per_pupil: string | null;
        note: string | null;
      }[]
    >(
      `SELECT s.name, s.vestigingscode, w.name AS werkgebied, s.kind, s.is_demo, st.amount, pc.total, pc.suppressed,
              to_char(pc.reference_date, 'YYYY-MM-DD') AS reference_date, fp.base_per_location, fp.per_pupil, fp.note
       FROM school s
       LEFT JOIN werkgebied w ON w.code = s.werkgebied_code
       LEFT JOIN LATERAL (
         SELECT sop.funding_amount AS amount FROM sop
         WHERE sop.school_id = s.id AND sop.status = 'published' AND sop.funding_year = $1
         ORDER BY sop.school_year DESC LIMIT 1
       ) st ON true
       LEFT JOIN LATERAL (
         SELECT total, suppressed, reference_date FROM pupil_count
         WHERE school_id = s.id AND reference_date <= make_date($1, 10, 1) AND reference_date > make_date($1 - 1, 10, 1)
         ORDER BY reference_date DESC LIMIT 1
       ) pc ON true
       LEFT JOIN funding_parameter fp ON fp.calendar_year = $1
       WHERE s.werkgebied_code IS NOT NULL
       ORDER BY w.name, s.name, s.id`,
      [calendarYear],
    );
    return raw.map((r): FundingExportRow => {
      const f = toFunding(calendarYear, r.amount === null ? null : Number(r.amount), {
        pupils: r.total,
        suppressed: r.suppressed ?? false,
        referenceDate: r.reference_date,
        parameters:
          r.base_per_location === null || r.per_pupil === null
            ? null
            : { basePerLocation: Number(r.base_per_location), perPupil: Number(r.per_pupil), note: r.note },
      });
      return {
        name: r.name,
        vestigingscode: r.vestigingscode,
        werkgebied: r.werkgebied,
        kind: r.kind,
        isDemo: r.is_demo,
        calendarYear,
        stated: f.statedAmount,
        expected: f.expectedAmount,
        deviation: f.deviation?.absolute ?? null,
        deviationShare: f.deviation?.relative ?? null,
        pupils: f.pupils,
        referenceDate: f.referenceDate === null ? null : new Date(`${f.referenceDate}T00:00:00Z`),
        perPupil: f.perPupil,
      };
    });
  }
}
