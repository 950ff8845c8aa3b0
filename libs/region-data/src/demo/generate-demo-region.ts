/**
 * The fictional SPPOH demo region: 205 made-up school locations ("Demo-…" names, BRIN codes 99DA…99KZ that no
 * real school has), 27 made-up boards, pupil counts 2021–2024 and four school years of SOPs, deterministic from
 * a seed. The real school Basisschool Jeroen is added by the API, not here.
 */
import { GEMEENTEN, type SchoolKind, SWV, WERKGEBIEDEN, type WerkgebiedCode } from '@sop-atlas/sop-model';
import { type DuoPupilCount, type DuoSchool } from '../duo/types';
import { loadDefaultWerkgebiedTable, type WerkgebiedTable } from '../werkgebied/werkgebied-table';
import { Rng } from './prng';
import {
  type DemoSop,
  demoFundingParameters,
  type FundingParameterSet,
  generateSopHistory,
} from './sop-history';
import {
  BOARD_WORDS,
  DENOMINATIONS,
  KIND_PREFIX,
  NAME_FIRST,
  NAME_SECOND,
  slug,
  STREET_SUFFIX,
} from './words';

/** A fictional school location: the DUO fields plus what the product needs for maps and contact. */
export interface DemoSchool extends DuoSchool {
  kind: SchoolKind;
  werkgebied: WerkgebiedCode;
  latitude: number;
  longitude: number;
  boardName: string;
  email: string | null;
  isDemo: true;
}

export interface DemoRegion {
  schools: DemoSchool[];
  pupilCounts: DuoPupilCount[];
  sops: DemoSop[];
  fundingParameters: FundingParameterSet[];
}

/** Schools per werkgebied and kind: 186 BAO, 11 SBO (one in every werkgebied), 8 SO; Escamp and Centrum largest. */
export const DEMO_LAYOUT: Readonly<Record<WerkgebiedCode, Readonly<Record<SchoolKind, number>>>> = {
  centrum: { BAO: 27, SBO: 1, SO: 2 },
  escamp: { BAO: 32, SBO: 2, SO: 2 },
  'haagse-hout': { BAO: 16, SBO: 1, SO: 1 },
  laak: { BAO: 15, SBO: 1, SO: 1 },
  'leidschenveen-ypenburg': { BAO: 15, SBO: 1, SO: 0 },
  loosduinen: { BAO: 15, SBO: 1, SO: 1 },
  scheveningen: { BAO: 13, SBO: 1, SO: 0 },
  segbroek: { BAO: 16, SBO: 1, SO: 0 },
  'leidschendam-voorburg': { BAO: 21, SBO: 1, SO: 0 },
  rijswijk: { BAO: 16, SBO: 1, SO: 1 },
};

/** SPPOH's 2023 pupil totals (annual overview): the demo's 1 October 2023 counts add up to exactly these. */
export const DEMO_PUPILS_2023: Readonly<Record<SchoolKind, number>> = { BAO: 57_505, SBO: 1_694, SO: 1_091 };
export const DEMO_BOARD_COUNT = 27;
export const DEMO_COUNT_YEARS = [2021, 2022, 2023, 2024] as const;
/** Start years of the published SOPs (2021-2022 … 2024-2025) and of the drafts awaiting review (2025-2026). */
export const DEMO_SOP_YEARS = [2021, 2022, 2023, 2024] as const;
export const DEMO_DRAFT_YEAR = 2025;
export const DEMO_SPECIAL_CASES = { missingLatest: 6, stale: 5, drafts: 8 } as const;

const POSTCODE_LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';
const KM_PER_DEGREE_LAT = 111.32;

/** A point within `radiusKm` of a centre, uniform over the disc, rounded to 6 decimals (~0.1 m). */
export function jitter(rng: Rng, centre: readonly [number, number], radiusKm: number): [number, number] {
  const r = radiusKm * Math.sqrt(rng.next());
  const angle = rng.next() * 2 * Math.PI;
  const lat = centre[0] + (r * Math.cos(angle)) / KM_PER_DEGREE_LAT;
  const lon = centre[1] + (r * Math.sin(angle)) / (KM_PER_DEGREE_LAT * Math.cos((centre[0] * Math.PI) / 180));
  return [Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6];
}

/** Distance in km between two (lat, lon) points (haversine). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Rounds values so they add up to `total` exactly (largest remainder). */
export function scaleToTotal(values: readonly number[], total: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  const exact = values.map((v) => (v / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((v, i) => [v - Math.floor(v), i] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left -= 1;
  }
  return out;
}

export function randomPostcode(rng: Rng, pc4s: readonly number[]): string {
  return `${rng.pick(pc4s)} ${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
}

export function fictionalPhone(rng: Rng, areaCode = '070'): string {
  // Subscriber numbers never start with 0, so "070 0…" cannot ring anyone.
  return `${areaCode} 0${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`;
}

function placeFor(werkgebied: WerkgebiedCode, pc4: number): string {
  if (werkgebied === 'rijswijk') return 'Rijswijk';
  if (werkgebied === 'leidschendam-voorburg') return pc4 < 2270 ? 'Leidschendam' : 'Voorburg';
  return 'Den Haag';
}

/** BRIN 99DA, 99DB, … 99DZ, 99EA, …: the `99` range is not used by real schools. */
function demoBrin(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `99${letters[3 + Math.floor(index / 26)] ?? 'Z'}${letters[index % 26] ?? 'Z'}`;
}

interface Board {
  number: string;
  name: string;
  denomination: string;
  bias: number;
}

function makeBoards(rng: Rng, count: number, numberPrefix: string): Board[] {
  return rng
    .shuffle(BOARD_WORDS)
    .slice(0, count)
    .map((word, i) => ({
      number: `${numberPrefix}${String(i + 1).padStart(3, '0')}`,
      name: `Stichting Demo-Onderwijs ${word}`,
      denomination: (DENOMINATIONS[rng.weighted(DENOMINATIONS.map((d) => d[1]))] as [string, number])[0],
      // Boards skim or add up to ~5%: the stated amounts differ from the formula.
      bias: rng.between(-0.05, 0.03),
    }));
}

/** Board sizes like a real region: a few large boards and many small ones. */
const BOARD_WEIGHTS = [
  40, 30, 25, 20, 15, 12, 10, 8, 6, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1,
];

export function generateDemoRegion(
  seed = 2815,
  werkgebiedTable: WerkgebiedTable = loadDefaultWerkgebiedTable(),
): DemoRegion {
  const rng = new Rng(seed);
  const boards = makeBoards(rng, DEMO_BOARD_COUNT, '99');
  const pc4sBy = new Map<WerkgebiedCode, number[]>();
  for (const entry of werkgebiedTable.entries.values()) {
    if (entry.werkgebied === null) continue;
    pc4sBy.set(entry.werkgebied, [...(pc4sBy.get(entry.werkgebied) ?? []), entry.pc4]);
  }

  // 1. Locations: kind and werkgebied from the layout, in a shuffled order so boards and codes mix.
  const slots: { werkgebied: WerkgebiedCode; kind: SchoolKind }[] = [];
  for (const werkgebied of WERKGEBIEDEN) {
    for (const kind of ['BAO', 'SBO', 'SO'] as const) {
      for (let i = 0; i < DEMO_LAYOUT[werkgebied.code][kind]; i += 1)
        slots.push({ werkgebied: werkgebied.code, kind });
    }
  }
  const usedNames = new Set<string>();
  const schools: DemoSchool[] = [];
  const lastBao = new Map<WerkgebiedCode, DemoSchool>();
  let brinIndex = 0;
  rng.shuffle(slots).forEach((slot, i) => {
    const area = WERKGEBIEDEN.find((w) => w.code === slot.werkgebied);
    const gemeente = GEMEENTEN.find((g) => g.code === area?.gemeenteCode);
    if (area === undefined || gemeente === undefined)
      throw new Error(`onbekend werkgebied ${slot.werkgebied}`);
    const previous = lastBao.get(slot.werkgebied);
    const dependance =
      slot.kind === 'BAO' &&
      previous !== undefined &&
      previous.vestigingscode.endsWith('00') &&
      rng.chance(0.05);
    const board = dependance
      ? (boards.find((b) => b.number === previous.boardNumber) as Board)
      : (boards[i < boards.length ? i : rng.weighted(BOARD_WEIGHTS)] as Board);
    let name: string;
    do {
      name = `${KIND_PREFIX[slot.kind]} De ${rng.pick(NAME_FIRST)}${rng.pick(NAME_SECOND)}`;
    } while (usedNames.has(name));
    usedNames.add(name);
    const brin = dependance ? previous.brin : demoBrin(brinIndex++);
    const pc4s = pc4sBy.get(slot.werkgebied) ?? [];
    const postcode = randomPostcode(rng, pc4s);
    const [latitude, longitude] = jitter(rng, area.centre, 1.8);
    const domain = `${slug(name)}.example`;
    const school: DemoSchool = {
      vestigingscode: `${brin}${dependance ? '01' : '00'}`,
      brin,
      name: dependance ? `${name}, dependance` : name,
      street: `${rng.pick(NAME_FIRST)}${rng.pick(STREET_SUFFIX)}`,
      houseNumber: `${rng.int(1, 250)}${rng.chance(0.1) ? rng.pick(['a', 'b', 'A']) : ''}`,
      postcode,
      place: placeFor(slot.werkgebied, Number(postcode.slice(0, 4))),
      gemeenteCode: gemeente.code,
      gemeenteName: gemeente.name,
      kind: slot.kind,
      denomination: board.denomination,
      boardNumber: board.number,
      phone: fictionalPhone(rng),
      website: `https://www.${domain}`,
      swv: SWV.code,
      werkgebied: slot.werkgebied,
      latitude,
      longitude,
      boardName: board.name,
      email: rng.chance(0.95) ? `info@${domain}` : null,
      isDemo: true,
    };
    schools.push(school);
    if (slot.kind === 'BAO' && !dependance) lastBao.set(slot.werkgebied, school);
  });

  // 2. Pupils: sizes per kind scaled to SPPOH's 2023 totals, then a small trend per school for the other years.
  const counts2023 = new Map<string, number>();
  for (const kind of ['BAO', 'SBO', 'SO'] as const) {
    const ofKind = schools.filter((s) => s.kind === kind);
    const raw = ofKind.map((s) => {
      if (kind === 'BAO')
        return (
          Math.min(800, Math.max(60, 300 * Math.exp(rng.normal() * 0.4))) *
          (s.name.endsWith('dependance') ? 0.4 : 1)
        );
      return Math.max(40, (kind === 'SBO' ? 154 : 136) * (1 + rng.normal() * 0.25));
    });
    scaleToTotal(raw, DEMO_PUPILS_2023[kind]).forEach((count, i) =>
      counts2023.set((ofKind[i] as DemoSchool).vestigingscode, count),
    );
  }
  const pupilCounts: DuoPupilCount[] = [];
  const pupilsBySchool = new Map<string, Map<number, number>>();
  for (const school of schools) {
    const base = counts2023.get(school.vestigingscode) ?? 0;
    const trend = rng.normal() * 0.025 - 0.004;
    const byYear = new Map<number, number>();
    for (const year of DEMO_COUNT_YEARS) {
      const total =
        year === 2023
          ? base
          : Math.max(15, Math.round(base * (1 + trend) ** (year - 2023) * (1 + rng.normal() * 0.01)));
      byYear.set(year, total);
      pupilCounts.push({
        vestigingscode: school.vestigingscode,
        referenceDate: `${year}-10-01`,
        total,
        suppressed: false,
      });
    }
    pupilsBySchool.set(school.vestigingscode, byYear);
  }

  // 3. SOPs: four published years, except a few schools with the latest missing or stale since 2021-2022; a few drafts.
  const bao = rng.shuffle(schools.filter((s) => s.kind === 'BAO').map((s) => s.vestigingscode));
  const missingLatest = new Set(bao.slice(0, DEMO_SPECIAL_CASES.missingLatest));
  const stale = new Set(
    bao.slice(DEMO_SPECIAL_CASES.missingLatest, DEMO_SPECIAL_CASES.missingLatest + DEMO_SPECIAL_CASES.stale),
  );
  const complete = schools.map((s) => s.vestigingscode).filter((c) => !missingLatest.has(c) && !stale.has(c));
  const drafts = new Set(rng.shuffle(complete).slice(0, DEMO_SPECIAL_CASES.drafts));
  const sops: DemoSop[] = [];
  for (const school of schools) {
    const code = school.vestigingscode;
    const publishedYears = stale.has(code)
      ? [2021]
      : missingLatest.has(code)
        ? [2021, 2022, 2023]
        : [...DEMO_SOP_YEARS];
    sops.push(
      ...generateSopHistory(
        {
          ...school,
          areaName: WERKGEBIEDEN.find((w) => w.code === school.werkgebied)?.name ?? null,
          pupilsByYear: pupilsBySchool.get(code) ?? new Map(),
          boardBias: boards.find((b) => b.number === school.boardNumber)?.bias ?? 0,
        },
        { baseYear: 2021, publishedYears, draftYear: drafts.has(code) ? DEMO_DRAFT_YEAR : null },
        Rng.derive(seed, code),
      ),
    );
  }

  return { schools, pupilCounts, sops, fundingParameters: demoFundingParameters(2021, DEMO_DRAFT_YEAR) };
}
