import { werkgebiedName } from '@sop-atlas/sop-model';
import { type RegionOverview } from '../region-overview/models/region-overview.model';
import { describeGaps } from './describe-gaps';
import { fmtDate, fmtEuroCents, fmtInt, fmtShare } from './format-nl';

/** One school's source for the report: which SOP document, of which date. */
export interface ReportSource {
  schoolName: string;
  werkgebied: string | null;
  schoolYear: string | null;
  publishedAt: Date | null;
  fileName: string | null;
  sourceKind: string | null;
  importedAt: Date | null;
  /** The SOP's own date as the document states it for certain (`2024-03-12`), and which date it is. */
  documentDate: string | null;
  documentDateKind: string | null;
}

export interface ReportInput {
  overview: RegionOverview;
  /** For a werkgebied report: the whole region's overview, shown as a reference column. */
  reference?: RegionOverview | null;
  werkgebiedName: string | null;
  /** Schools in scope that are fictional demo schools. */
  demoSchools: number;
  sources: ReportSource[];
  staleSopYears: number;
  generatedAt: Date;
}

export interface Figure {
  label: string;
  value: string;
}

export interface MatrixRow {
  kind: string;
  label: string;
  region: number | null;
  cells: (number | null)[];
}

export interface BoxStats {
  group: string;
  schools: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

export interface TrendSeries {
  label: string;
  points: { schoolYear: string; share: number | null }[];
}

/** Everything the PDF and the HTML print: one model, two renderers, so both say the same. */
export interface RegionReport {
  title: string;
  scope: string;
  schoolYear: string;
  generatedAt: string;
  demoNotice: string | null;
  headline: Figure[];
  /** `total` is the scope's own column (region or werkgebied); `areas` the werkgebieden, or the region as reference. */
  matrix: { totalLabel: string; areas: string[]; rows: MatrixRow[]; definition: string };
  gaps: string[];
  funding: { overall: BoxStats; byKind: BoxStats[]; outliers: { name: string; value: number }[] };
  hgw: { label: string; share: number | null; previous: number | null }[];
  health: {
    missing: { name: string; werkgebied: string | null }[];
    stale: { name: string; werkgebied: string | null; lastYear: string | null }[];
    staleSopYears: number;
  };
  /**
   * Schools the report cannot place, named, never left out silently: without a werkgebied they count in none of its
   * figures; without coordinates they count in their werkgebied but have no place on a map or in a distance search.
   */
  leftOut: {
    withoutWerkgebied: { name: string; detail: string | null }[];
    withoutCoordinates: { name: string; werkgebied: string | null }[];
  };
  trends: { years: { schoolYear: string; sops: number }[]; series: TrendSeries[] };
  sources: ReportSource[];
}

export const KIND_TITLES: Record<string, string> = {
  hgw: 'Handelingsgericht werken (HGW, op orde)',
  expertise: 'Expertise binnen het team',
  partner: 'Externe partners (structureel of regelmatig)',
  facility: 'Voorzieningen (aanwezig)',
};

export const DEMO_NOTICE = 'Fictieve demogegevens: deze scholen en cijfers bestaan niet.';

const mean = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

function box(stats: RegionOverview['funding']['overall']): BoxStats {
  return {
    group: stats.group,
    schools: stats.schools,
    min: stats.min,
    q1: stats.q1,
    median: stats.median,
    q3: stats.q3,
    max: stats.max,
  };
}

/** How every share of the coverage table is counted: the definition the overview, Vergelijken and the exports use. */
function shareDefinition(schoolYear: string, scope: string, schoolsWithSop: number): string {
  return (
    `Aandeel scholen met een gepubliceerd SOP voor ${schoolYear} dat het item heeft, in elke kolom van de ` +
    `scholen in dat gebied (${scope}: ${fmtInt(schoolsWithSop)} scholen). Dezelfde telling als op het ` +
    'Regio-overzicht, in Vergelijken en in de downloads. Rood: geen enkele school.'
  );
}

/** Builds the report from the region overview (the same figures as the `regionOverview` query) and its sources. */
export function buildRegionReport(input: ReportInput): RegionReport {
  const o = input.overview;
  const scope = input.werkgebiedName ? `werkgebied ${input.werkgebiedName}` : 'regio SPPOH';
  const areas = (o.items[0]?.werkgebieden ?? []).map(
    (a) => a.werkgebiedName ?? werkgebiedName(a.werkgebiedCode) ?? '–',
  );
  const years = (o.trends[0]?.points ?? []).map((p) => ({ schoolYear: p.schoolYear, sops: p.schools }));
  const seriesOf = (kind: string, label: string): TrendSeries => ({
    label,
    points: years.map((y) => ({
      schoolYear: y.schoolYear,
      share: mean(
        o.trends
          .filter((t) => t.kind === kind)
          .map((t) => t.points.find((p) => p.schoolYear === y.schoolYear)?.share ?? null),
      ),
    })),
  });
  const previousYear = years.filter((y) => y.schoolYear < o.schoolYear).at(-1)?.schoolYear ?? null;
  const staleSchools = o.dataHealth.staleSops.schools;
  return {
    title: `Dekkend aanbod ${scope}`,
    scope,
    schoolYear: o.schoolYear,
    generatedAt: fmtDate(input.generatedAt),
    demoNotice: input.demoSchools > 0 ? DEMO_NOTICE : null,
    headline: [
      { label: 'Scholen', value: fmtInt(o.schools) },
      {
        label: 'Niet meegeteld (geen werkgebied)',
        value: fmtInt(o.schoolsLeftOut),
      },
      { label: `Gepubliceerde SOP's ${o.schoolYear}`, value: fmtInt(o.schoolsWithSop) },
      { label: 'Zonder gepubliceerd SOP', value: fmtInt(o.dataHealth.withoutPublishedSop.count) },
      {
        label: `Verouderde SOP's (> ${input.staleSopYears} jaar)`,
        value: fmtInt(o.dataHealth.staleSops.count),
      },
      {
        label: 'Gaten in het aanbod (item × werkgebied)',
        value: fmtInt(o.items.reduce((n, i) => n + i.gaps.length, 0)),
      },
      { label: 'Mediaan basisondersteuning per leerling', value: fmtEuroCents(o.funding.overall.median) },
    ],
    matrix: input.werkgebiedName
      ? {
          definition: shareDefinition(o.schoolYear, input.werkgebiedName, o.schoolsWithSop),
          totalLabel: input.werkgebiedName,
          areas: input.reference ? ['Regio SPPOH (ter vergelijking)'] : [],
          rows: o.items.map((item) => ({
            kind: item.kind,
            label: item.label,
            region: item.region.share,
            cells: input.reference
              ? [
                  input.reference.items.find((r) => r.kind === item.kind && r.code === item.code)?.region
                    .share ?? null,
                ]
              : [],
          })),
        }
      : {
          definition: shareDefinition(o.schoolYear, 'SPPOH', o.schoolsWithSop),
          totalLabel: 'Regio',
          areas,
          rows: o.items.map((item) => ({
            kind: item.kind,
            label: item.label,
            region: item.region.share,
            cells: item.werkgebieden.map((a) => a.share),
          })),
        },
    gaps: describeGaps(o),
    funding: {
      overall: box(o.funding.overall),
      byKind: o.funding.byKind.map(box),
      outliers: o.funding.overall.outliers.map((x) => ({ name: x.name, value: x.value ?? 0 })),
    },
    hgw: o.items
      .filter((i) => i.kind === 'hgw')
      .map((item) => ({
        label: item.label,
        share: item.region.share,
        previous:
          previousYear === null
            ? null
            : (o.trends
                .find((t) => t.kind === item.kind && t.code === item.code)
                ?.points.find((p) => p.schoolYear === previousYear)?.share ?? null),
      })),
    health: {
      missing: o.dataHealth.withoutPublishedSop.schools.map((s) => ({
        name: s.name,
        werkgebied: werkgebiedName(s.werkgebiedCode),
      })),
      stale: staleSchools.map((s) => ({
        name: s.name,
        werkgebied: werkgebiedName(s.werkgebiedCode),
        lastYear: s.detail,
      })),
      staleSopYears: input.staleSopYears,
    },
    leftOut: {
      withoutWerkgebied: o.dataHealth.withoutWerkgebied.schools.map((s) => ({
        name: s.name,
        detail: s.detail,
      })),
      withoutCoordinates: o.dataHealth.withoutCoordinates.schools.map((s) => ({
        name: s.name,
        werkgebied: werkgebiedName(s.werkgebiedCode),
      })),
    },
    trends: {
      years,
      series: [
        seriesOf('expertise', 'Expertise binnen het team (gemiddeld)'),
        seriesOf('hgw', 'Handelingsgericht werken op orde (gemiddeld)'),
        seriesOf('facility', 'Voorzieningen aanwezig (gemiddeld)'),
        seriesOf('partner', 'Partners structureel/regelmatig (gemiddeld)'),
      ],
    },
    sources: input.sources,
  };
}

/** The report as plain text lines, section by section (what the PDF and HTML say; specs compare against it). */
export function reportText(report: RegionReport): string[] {
  const lines: string[] = [
    `${report.title} — schooljaar ${report.schoolYear}`,
    `Gemaakt op ${report.generatedAt}`,
  ];
  if (report.demoNotice) lines.push(report.demoNotice);
  lines.push('Kerncijfers', ...report.headline.map((f) => `${f.label}: ${f.value}`));
  lines.push(
    'Dekking per werkgebied',
    ['Item', report.matrix.totalLabel, ...report.matrix.areas].join(' | '),
  );
  for (const row of report.matrix.rows) {
    lines.push([row.label, fmtShare(row.region), ...row.cells.map(fmtShare)].join(' | '));
  }
  lines.push(report.matrix.definition);
  lines.push('Gaten in het aanbod', ...(report.gaps.length ? report.gaps : ['Geen gaten gevonden.']));
  const f = report.funding.overall;
  lines.push(
    'Basisondersteuning per leerling',
    `Scholen: ${fmtInt(f.schools)}; minimum ${fmtEuroCents(f.min)}, eerste kwartiel ${fmtEuroCents(f.q1)}, ` +
      `mediaan ${fmtEuroCents(f.median)}, derde kwartiel ${fmtEuroCents(f.q3)}, maximum ${fmtEuroCents(f.max)}`,
    ...report.funding.byKind.map(
      (k) => `${k.group}: ${fmtInt(k.schools)} scholen, mediaan ${fmtEuroCents(k.median)}`,
    ),
    ...report.funding.outliers.map((x) => `Uitschieter: ${x.name} ${fmtEuroCents(x.value)}`),
  );
  lines.push(
    'Ontwikkeling handelingsgericht werken',
    ...report.hgw.map((h) => `${h.label}: ${fmtShare(h.share)} op orde (vorig jaar ${fmtShare(h.previous)})`),
  );
  lines.push(
    'Datakwaliteit',
    `Zonder gepubliceerd SOP ${report.schoolYear}: ${fmtInt(report.health.missing.length)}`,
    ...report.health.missing.map((s) => `Ontbreekt: ${s.name}`),
    `Verouderd (ouder dan ${report.health.staleSopYears} jaar): ${fmtInt(report.health.stale.length)}`,
    ...report.health.stale.map((s) => `Verouderd: ${s.name} (laatste SOP ${s.lastYear ?? '–'})`),
  );
  lines.push('Niet geplaatste scholen', ...leftOutLines(report));
  lines.push(
    'Trend over de jaren',
    ...report.trends.years.map(
      (y) =>
        `${y.schoolYear}: ${fmtInt(y.sops)} SOP's; ` +
        report.trends.series
          .map(
            (s) =>
              `${s.label} ${fmtShare(s.points.find((p) => p.schoolYear === y.schoolYear)?.share ?? null)}`,
          )
          .join('; '),
    ),
  );
  lines.push('Bronnen', ...report.sources.map((s) => `${s.schoolName}: ${sourceText(s)}`));
  return lines;
}

/** The schools the report cannot place, as sentences (the PDF and the HTML print these). */
export function leftOutLines(report: RegionReport): string[] {
  const { withoutWerkgebied, withoutCoordinates } = report.leftOut;
  const lines: string[] = [];
  lines.push(
    withoutWerkgebied.length === 0
      ? 'Zonder werkgebied: geen; elke school telt mee.'
      : `Zonder werkgebied, in geen enkel cijfer van dit rapport meegeteld: ${fmtInt(withoutWerkgebied.length)} scholen.`,
    ...withoutWerkgebied.map((s) => `Zonder werkgebied: ${s.name}${s.detail ? ` (${s.detail})` : ''}`),
    withoutCoordinates.length === 0
      ? 'Zonder coördinaten: geen.'
      : `Zonder coördinaten, wel meegeteld in hun werkgebied maar niet op de kaart en niet te vinden bij zoeken op afstand: ${fmtInt(withoutCoordinates.length)} scholen.`,
    ...withoutCoordinates.map(
      (s) => `Zonder coördinaten: ${s.name}${s.werkgebied ? ` (${s.werkgebied})` : ''}`,
    ),
  );
  return lines;
}

const DATE_KIND_WORDS: Record<string, string> = {
  adopted: 'vastgesteld',
  mrAdvice: 'MR-advies',
  drafted: 'opgesteld',
};

/**
 * `SOP 2023-2024, jeroen.pdf (ingelezen 01-10-2023), gepubliceerd 02-10-2023, vastgesteld 15-09-2023 (volgens het
 * document)`: every date in the report's one format; the document's own date only where it states one for certain.
 */
export function sourceText(s: ReportSource): string {
  if (s.schoolYear === null) return 'geen gepubliceerd SOP';
  const parts = [`SOP ${s.schoolYear}`];
  if (s.fileName) parts.push(`${s.fileName} (ingelezen ${fmtDate(s.importedAt)})`);
  if (s.publishedAt) parts.push(`gepubliceerd ${fmtDate(s.publishedAt)}`);
  if (s.documentDate)
    parts.push(
      `${DATE_KIND_WORDS[s.documentDateKind ?? ''] ?? 'gedateerd'} ${fmtDate(s.documentDate)} (volgens het document)`,
    );
  return parts.join(', ');
}
