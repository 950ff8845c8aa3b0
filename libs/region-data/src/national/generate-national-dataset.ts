/**
 * A national-scale fictional data set for load and performance work: ~6,500 schools in ~75 made-up SWVs
 * (`PO9901`…), spread over the Netherlands, with pupil counts and SOPs for several school years. It is produced
 * as an iterator of batches so the API can bulk-load it (COPY or multi-row inserts) without holding everything
 * twice in memory. Every school is generated from its own seeded stream, so the data do not depend on the batch
 * size and any batch can be regenerated alone.
 *
 * Codes: BRIN `80AA`…`98ZZ` (vestiging `…00`), never used by real schools and apart from the SPPOH demo's `99..`.
 * National schools lie outside SPPOH, so their `werkgebied` is always `null` (SPPOH's werkgebieden do not apply).
 */
import { type SchoolKind, type WerkgebiedCode } from '@sop-atlas/sop-model';
import { type DuoPupilCount } from '../duo/types';
import { type DemoSchool, fictionalPhone, jitter, scaleToTotal } from '../demo/generate-demo-region';
import { Rng } from '../demo/prng';
import { type DemoSop, generateSopHistory } from '../demo/sop-history';
import {
  BOARD_WORDS,
  DENOMINATIONS,
  KIND_PREFIX,
  NAME_FIRST,
  NAME_SECOND,
  slug,
  STREET_SUFFIX,
} from '../demo/words';

export interface NationalDatasetOptions {
  seed: number;
  /** Default 75. */
  swvCount?: number;
  /** Default 6,500. */
  schoolCount?: number;
  /** Published school years per school, ending with `lastSchoolYearStart` (default 4). */
  schoolYears?: number;
  /** Start year of the newest published school year (default 2024, i.e. 2024-2025). */
  lastSchoolYearStart?: number;
  /** Schools per batch (default 500). */
  batchSize?: number;
}

export interface NationalSwv {
  /** `PO9901` … */
  code: string;
  name: string;
  /** (lat, lon) of the area's centre. */
  centre: [number, number];
  /** Number of schools in this SWV. */
  schoolCount: number;
}

/** A school of the national set: the demo school shape, with `werkgebied` always null (outside SPPOH). */
export interface NationalSchool extends Omit<DemoSchool, 'werkgebied'> {
  werkgebied: WerkgebiedCode | null;
}

export interface NationalBatch {
  /** 0-based batch number. */
  index: number;
  schools: NationalSchool[];
  pupilCounts: DuoPupilCount[];
  sops: DemoSop[];
}

/** Rough centres of Dutch towns, to put fictional SWV areas on land. */
const ANCHORS: readonly (readonly [number, number])[] = [
  [52.37, 4.9],
  [51.92, 4.48],
  [52.09, 5.12],
  [51.44, 5.47],
  [53.22, 6.57],
  [51.56, 5.09],
  [52.37, 5.22],
  [51.59, 4.78],
  [51.84, 5.86],
  [52.21, 5.97],
  [52.38, 4.64],
  [51.98, 5.91],
  [52.22, 6.89],
  [52.16, 5.39],
  [52.46, 4.82],
  [51.69, 5.3],
  [52.52, 6.09],
  [52.16, 4.49],
  [50.85, 5.69],
  [51.81, 4.67],
  [53.2, 5.8],
  [52.63, 4.75],
  [52.78, 6.9],
  [51.37, 6.17],
  [52.25, 6.16],
  [51.48, 5.66],
  [52.22, 5.18],
  [52.99, 6.56],
  [51.5, 3.61],
  [52.52, 5.47],
  [50.89, 5.98],
  [51.53, 4.47],
  [52.96, 4.76],
  [52.01, 4.71],
  [52.04, 5.67],
  [51.76, 5.52],
  [53.03, 5.66],
  [51.97, 6.29],
  [52.64, 5.06],
  [51.34, 3.83],
  [53.1, 6.1],
  [51.97, 6.72],
  [51.19, 5.99],
  [52.34, 5.62],
  [51.89, 5.43],
  [52.72, 6.48],
  [51.49, 4.29],
];
/** The Netherlands' bounding box (lat, lon). */
export const NL_BOUNDS = { minLat: 50.75, maxLat: 53.55, minLon: 3.36, maxLon: 7.23 } as const;
const BRIN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_SCHOOLS = 19 * 26 * 26;

function clampToNl([lat, lon]: [number, number]): [number, number] {
  return [
    Math.min(NL_BOUNDS.maxLat, Math.max(NL_BOUNDS.minLat, lat)),
    Math.min(NL_BOUNDS.maxLon, Math.max(NL_BOUNDS.minLon, lon)),
  ];
}

interface Resolved {
  seed: number;
  swvCount: number;
  schoolCount: number;
  schoolYears: number;
  lastSchoolYearStart: number;
  batchSize: number;
}

function resolve(options: NationalDatasetOptions): Resolved {
  const resolved = {
    seed: options.seed,
    swvCount: options.swvCount ?? 75,
    schoolCount: options.schoolCount ?? 6_500,
    schoolYears: options.schoolYears ?? 4,
    lastSchoolYearStart: options.lastSchoolYearStart ?? 2024,
    batchSize: options.batchSize ?? 500,
  };
  const { swvCount, schoolCount, schoolYears, batchSize } = resolved;
  if (!Number.isInteger(swvCount) || swvCount < 1 || swvCount > 99)
    throw new RangeError('swvCount moet 1–99 zijn');
  if (!Number.isInteger(schoolCount) || schoolCount < swvCount || schoolCount > MAX_SCHOOLS) {
    throw new RangeError(`schoolCount moet tussen swvCount en ${MAX_SCHOOLS} liggen`);
  }
  if (!Number.isInteger(schoolYears) || schoolYears < 1 || schoolYears > 10)
    throw new RangeError('schoolYears moet 1–10 zijn');
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError('batchSize moet een positief geheel getal zijn');
  return resolved;
}

/** The fictional SWVs of a national data set, with their sizes (sum = schoolCount). */
export function listNationalSwvs(options: NationalDatasetOptions): NationalSwv[] {
  const { seed, swvCount, schoolCount } = resolve(options);
  const rng = Rng.derive(seed, 'swvs');
  const weights = Array.from({ length: swvCount }, () => Math.exp(rng.normal() * 0.5));
  // At least one school each: share out the rest by weight.
  const sizes = scaleToTotal(weights, schoolCount - swvCount).map((n) => n + 1);
  return sizes.map((schoolCount, i) => {
    const anchor = ANCHORS[i % ANCHORS.length] as readonly [number, number];
    return {
      code: `PO99${String(i + 1).padStart(2, '0')}`,
      name: `Demo-samenwerkingsverband ${BOARD_WORDS[i % BOARD_WORDS.length] ?? 'Regio'} ${i + 1} (fictief)`,
      centre: clampToNl(jitter(rng, anchor, i < ANCHORS.length ? 4 : 12)),
      schoolCount,
    };
  });
}

const KIND_WEIGHTS: readonly [SchoolKind, number][] = [
  ['BAO', 0.925],
  ['SBO', 0.035],
  ['SO', 0.04],
];

function nationalBrin(index: number): string {
  const digits = 80 + Math.floor(index / 676);
  return `${digits}${BRIN_LETTERS[Math.floor(index / 26) % 26] ?? 'Z'}${BRIN_LETTERS[index % 26] ?? 'Z'}`;
}

function boardOf(
  seed: number,
  swvIndex: number,
  board: number,
): { number: string; name: string; denomination: string; bias: number } {
  const rng = Rng.derive(seed, `board-${swvIndex}-${board}`);
  return {
    number: `8${String(swvIndex + 1).padStart(2, '0')}${String(board + 1).padStart(2, '0')}`,
    name: `Stichting Demo-Onderwijs ${BOARD_WORDS[(swvIndex * 7 + board) % BOARD_WORDS.length] ?? 'Regio'} ${swvIndex + 1}-${board + 1}`,
    denomination: (DENOMINATIONS[rng.weighted(DENOMINATIONS.map((d) => d[1]))] as [string, number])[0],
    bias: rng.between(-0.05, 0.03),
  };
}

/** Generates the data set batch by batch; the same options always give the same data, whatever the batch size. */
export function* generateNationalDataset(
  options: NationalDatasetOptions,
): Generator<NationalBatch, void, undefined> {
  const resolved = resolve(options);
  const { seed, schoolCount, schoolYears, lastSchoolYearStart, batchSize } = resolved;
  const swvs = listNationalSwvs(options);
  const firstYear = lastSchoolYearStart - schoolYears + 1;
  const years = Array.from({ length: schoolYears }, (_, i) => firstYear + i);

  let swvIndex = 0;
  let swvEnd = swvs[0]?.schoolCount ?? 0;
  let batch: NationalBatch = { index: 0, schools: [], pupilCounts: [], sops: [] };
  for (let i = 0; i < schoolCount; i += 1) {
    while (i >= swvEnd && swvIndex < swvs.length - 1) {
      swvIndex += 1;
      swvEnd += swvs[swvIndex]?.schoolCount ?? 0;
    }
    const swv = swvs[swvIndex] as NationalSwv;
    const rng = Rng.derive(seed, `school-${i}`);
    const kind = (KIND_WEIGHTS[rng.weighted(KIND_WEIGHTS.map((k) => k[1]))] as [SchoolKind, number])[0];
    const boards = Math.max(1, Math.round(swv.schoolCount / 9));
    const board = boardOf(seed, swvIndex, rng.int(0, boards - 1));
    const brin = nationalBrin(i);
    const name = `${KIND_PREFIX[kind]} De ${rng.pick(NAME_FIRST)}${rng.pick(NAME_SECOND)}`;
    const domain = `${slug(name)}-${brin.toLowerCase()}.example`;
    const [latitude, longitude] = clampToNl(jitter(rng, swv.centre, 12));
    const swvNumber = swv.code.slice(4);
    const school: NationalSchool = {
      vestigingscode: `${brin}00`,
      brin,
      name,
      street: `${rng.pick(NAME_FIRST)}${rng.pick(STREET_SUFFIX)}`,
      houseNumber: String(rng.int(1, 300)),
      postcode: `${rng.int(1000, 9999)} ${rng.pick([...'ABCDEFGHJKLMNPRTVWXZ'])}${rng.pick([...'ABCDEFGHJKLMNPRTVWXZ'])}`,
      place: `Demoplaats ${swvNumber}`,
      // Fictional gemeente codes 9xxx (real CBS codes stay below 2000).
      gemeenteCode: `9${swvNumber.padStart(3, '0')}`,
      gemeenteName: `Demogemeente ${swvNumber}`,
      kind,
      denomination: board.denomination,
      boardNumber: board.number,
      phone: fictionalPhone(rng, `0${rng.int(10, 99)}`),
      website: `https://www.${domain}`,
      swv: swv.code,
      werkgebied: null,
      latitude,
      longitude,
      boardName: board.name,
      email: rng.chance(0.95) ? `info@${domain}` : null,
      isDemo: true,
    };

    const base =
      kind === 'BAO'
        ? Math.min(1000, Math.max(25, 230 * Math.exp(rng.normal() * 0.45)))
        : Math.max(30, (kind === 'SBO' ? 150 : 120) * (1 + rng.normal() * 0.25));
    const trend = rng.normal() * 0.025 - 0.004;
    const pupilsByYear = new Map<number, number>();
    for (const year of years) {
      const total = Math.max(10, Math.round(base * (1 + trend) ** (year - lastSchoolYearStart)));
      pupilsByYear.set(year, total);
      batch.pupilCounts.push({
        vestigingscode: school.vestigingscode,
        referenceDate: `${year}-10-01`,
        total,
        suppressed: false,
      });
    }

    const roll = rng.next();
    const stale = schoolYears > 1 && roll < 0.025;
    const missingLatest = !stale && schoolYears > 1 && roll < 0.055;
    const publishedYears = stale ? [firstYear] : missingLatest ? years.slice(0, -1) : years;
    const draftYear = !stale && !missingLatest && rng.chance(0.015) ? lastSchoolYearStart + 1 : null;
    batch.sops.push(
      ...generateSopHistory(
        { ...school, areaName: null, pupilsByYear, boardBias: board.bias },
        { baseYear: firstYear, publishedYears, draftYear },
        rng,
      ),
    );
    batch.schools.push(school);

    if (batch.schools.length === batchSize) {
      yield batch;
      batch = { index: batch.index + 1, schools: [], pupilCounts: [], sops: [] };
    }
  }
  if (batch.schools.length > 0) yield batch;
}
