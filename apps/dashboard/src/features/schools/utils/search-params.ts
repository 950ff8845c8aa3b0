/**
 * The "Scholen zoeken" form state and its URL form. Every filter lives in the query string so a search can be
 * shared, bookmarked and linked to from a chart (`/scholen?werkgebied=escamp&expertise=autisme`).
 * Parameter names are Dutch and short; defaults are left out of the URL.
 */
import {
  EXPERTISE_CODES,
  FACILITY_CODES,
  FREQUENCY_CODES,
  HGW_CODES,
  HGW_STATUS_CODES,
  PARTNER_CODES,
  SCHOOL_KIND_CODES,
  type SchoolKind,
  WERKGEBIED_CODES,
} from '@sop-atlas/sop-model';

export const SORT_FIELDS = ['NAME', 'DISTANCE', 'PUPILS', 'FUNDING_PER_PUPIL'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type DemoChoice = 'alle' | 'demo' | 'echt';
/** The SOP state filter in the URL (`sop=`), in the users' words; the API's `SopStateFilter` per value. */
export const SOP_STATES = ['gepubliceerd', 'verouderd', 'zonder', 'concept'] as const;
export type SopStateChoice = (typeof SOP_STATES)[number];
const SOP_STATE_API = {
  gepubliceerd: 'PUBLISHED',
  verouderd: 'STALE',
  zonder: 'MISSING',
  concept: 'DRAFT',
} as const satisfies Record<SopStateChoice, string>;
/** `werkgebied=sppoh`: every werkgebied of SPPOH (schools outside it left out), as the Regio-overzicht counts. */
export const ALL_WERKGEBIEDEN = 'sppoh';
export type CodeMatch = 'ANY' | 'ALL';

export const DEFAULT_RADIUS_KM = 5;
export const MAX_RADIUS_KM = 50;

export interface SearchFilters {
  /** Free text: name, place and SOP texts (`q`). */
  readonly text: string;
  readonly werkgebieden: readonly string[];
  /** Only schools in a werkgebied of SPPOH (`werkgebied=sppoh`); ignored when werkgebieden are chosen. */
  readonly inRegion: boolean;
  /** SOP state in `schoolYear` (else the running year); '' = any. */
  readonly sopState: SopStateChoice | '';
  readonly kinds: readonly SchoolKind[];
  readonly expertise: readonly string[];
  readonly expertiseMatch: CodeMatch;
  /** false: bought-in expertise counts too (`ingekocht=1`). */
  readonly expertiseInTeamOnly: boolean;
  readonly facilities: readonly string[];
  readonly partner: string;
  readonly partnerMinimum: string;
  readonly hgw: string;
  readonly hgwStatus: string;
  readonly pupilsMin: number | null;
  readonly pupilsMax: number | null;
  /** SOP school year the SOP filters look at; '' = each school's latest published SOP. */
  readonly schoolYear: string;
  readonly demo: DemoChoice;
  /** Postcode or address to search around (`bij`); '' = no distance filter. */
  readonly near: string;
  readonly radiusKm: number;
  /** '' = the API's default (by name; by distance with `near`). */
  readonly sort: SortField | '';
}

export const EMPTY_SEARCH: SearchFilters = {
  text: '',
  werkgebieden: [],
  inRegion: false,
  sopState: '',
  kinds: [],
  expertise: [],
  expertiseMatch: 'ANY',
  expertiseInTeamOnly: true,
  facilities: [],
  partner: '',
  partnerMinimum: 'regelmatig',
  hgw: '',
  hgwStatus: 'op-orde',
  pupilsMin: null,
  pupilsMax: null,
  schoolYear: '',
  demo: 'alle',
  near: '',
  radiusKm: DEFAULT_RADIUS_KM,
  sort: '',
};

export const PARAM = {
  text: 'q',
  werkgebied: 'werkgebied',
  sopState: 'sop',
  kind: 'soort',
  expertise: 'expertise',
  expertiseMatch: 'expertise-alle',
  boughtIn: 'ingekocht',
  facility: 'voorziening',
  partner: 'partner',
  partnerMinimum: 'partner-min',
  hgw: 'hgw',
  hgwStatus: 'hgw-status',
  pupilsMin: 'min-leerlingen',
  pupilsMax: 'max-leerlingen',
  schoolYear: 'jaar',
  demo: 'demo',
  near: 'bij',
  radius: 'straal',
  sort: 'sortering',
} as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function allOf<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return [...new Set(values)].filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function nonNegativeInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

function radius(value: string | null): number {
  if (value === null) return DEFAULT_RADIUS_KM;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_RADIUS_KM) : DEFAULT_RADIUS_KM;
}

/** Reads the URL; unknown codes and malformed numbers are dropped rather than sent to the API. */
export function searchParamsToFilters(params: URLSearchParams): SearchFilters {
  const year = params.get(PARAM.schoolYear) ?? '';
  return {
    text: params.get(PARAM.text)?.trim() ?? '',
    werkgebieden: allOf(WERKGEBIED_CODES, params.getAll(PARAM.werkgebied)),
    inRegion: params.getAll(PARAM.werkgebied).includes(ALL_WERKGEBIEDEN),
    sopState: oneOf(SOP_STATES, params.get(PARAM.sopState)) ?? '',
    kinds: allOf(SCHOOL_KIND_CODES, params.getAll(PARAM.kind)),
    expertise: allOf(EXPERTISE_CODES, params.getAll(PARAM.expertise)),
    expertiseMatch: params.get(PARAM.expertiseMatch) === '1' ? 'ALL' : 'ANY',
    expertiseInTeamOnly: params.get(PARAM.boughtIn) !== '1',
    facilities: allOf(FACILITY_CODES, params.getAll(PARAM.facility)),
    partner: oneOf(PARTNER_CODES, params.get(PARAM.partner)) ?? '',
    partnerMinimum: oneOf(FREQUENCY_CODES, params.get(PARAM.partnerMinimum)) ?? EMPTY_SEARCH.partnerMinimum,
    hgw: oneOf(HGW_CODES, params.get(PARAM.hgw)) ?? '',
    hgwStatus: oneOf(HGW_STATUS_CODES, params.get(PARAM.hgwStatus)) ?? EMPTY_SEARCH.hgwStatus,
    pupilsMin: nonNegativeInt(params.get(PARAM.pupilsMin)),
    pupilsMax: nonNegativeInt(params.get(PARAM.pupilsMax)),
    schoolYear: /^\d{4}-\d{4}$/.test(year) ? year : '',
    demo: oneOf(['demo', 'echt'] as const, params.get(PARAM.demo)) ?? 'alle',
    near: params.get(PARAM.near)?.trim() ?? '',
    radiusKm: radius(params.get(PARAM.radius)),
    sort: oneOf(SORT_FIELDS, params.get(PARAM.sort)) ?? '',
  };
}

/** Writes the filters into a query string, leaving defaults out (stable order, so URLs compare equal). */
export function filtersToSearchParams(filters: SearchFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (filters.text.trim() !== '') p.set(PARAM.text, filters.text.trim());
  for (const w of filters.werkgebieden) p.append(PARAM.werkgebied, w);
  if (filters.werkgebieden.length === 0 && filters.inRegion) p.set(PARAM.werkgebied, ALL_WERKGEBIEDEN);
  if (filters.sopState !== '') p.set(PARAM.sopState, filters.sopState);
  for (const k of filters.kinds) p.append(PARAM.kind, k);
  for (const e of filters.expertise) p.append(PARAM.expertise, e);
  if (filters.expertise.length > 0 && filters.expertiseMatch === 'ALL') p.set(PARAM.expertiseMatch, '1');
  if (filters.expertise.length > 0 && !filters.expertiseInTeamOnly) p.set(PARAM.boughtIn, '1');
  for (const f of filters.facilities) p.append(PARAM.facility, f);
  if (filters.partner !== '') {
    p.set(PARAM.partner, filters.partner);
    if (filters.partnerMinimum !== EMPTY_SEARCH.partnerMinimum)
      p.set(PARAM.partnerMinimum, filters.partnerMinimum);
  }
  if (filters.hgw !== '') {
    p.set(PARAM.hgw, filters.hgw);
    if (filters.hgwStatus !== EMPTY_SEARCH.hgwStatus) p.set(PARAM.hgwStatus, filters.hgwStatus);
  }
  if (filters.pupilsMin !== null) p.set(PARAM.pupilsMin, String(filters.pupilsMin));
  if (filters.pupilsMax !== null) p.set(PARAM.pupilsMax, String(filters.pupilsMax));
  if (filters.schoolYear !== '') p.set(PARAM.schoolYear, filters.schoolYear);
  if (filters.demo !== 'alle') p.set(PARAM.demo, filters.demo);
  if (filters.near.trim() !== '') {
    p.set(PARAM.near, filters.near.trim());
    if (filters.radiusKm !== DEFAULT_RADIUS_KM) p.set(PARAM.radius, String(filters.radiusKm));
  }
  if (filters.sort !== '') p.set(PARAM.sort, filters.sort);
  return p;
}

const POSTCODE = /^(\d{4})\s*([a-z]{2})$/i;

const POINT = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;

export interface NearVariables {
  readonly latitude?: number;
  readonly longitude?: number;
  readonly postcode?: string;
  readonly address?: string;
  readonly radiusKm: number;
}

/** `2524ck` → postcode `2524 CK`; `52.09, 4.28` → a point; anything else is an address for the geocoder. */
export function toNearInput(near: string, radiusKm: number): NearVariables | null {
  const text = near.trim();
  if (text === '') return null;
  const point = POINT.exec(text);
  if (point) return { latitude: Number(point[1]), longitude: Number(point[2]), radiusKm };
  const match = POSTCODE.exec(text);
  if (match) return { postcode: `${match[1] ?? ''} ${(match[2] ?? '').toUpperCase()}`, radiusKm };
  return { address: text, radiusKm };
}

export interface FilterVariables {
  readonly text?: string;
  readonly werkgebieden?: string[];
  readonly kinds?: SchoolKind[];
  readonly expertise?: { codes: string[]; match: CodeMatch; inTeamOnly: boolean };
  readonly facilities?: string[];
  readonly partner?: { code: string; minimumFrequency: string };
  readonly hgw?: { code: string; status: string };
  readonly pupils?: { min?: number; max?: number };
  readonly schoolYear?: string;
  readonly isDemo?: boolean;
  readonly status?: (typeof SOP_STATE_API)[SopStateChoice];
}

/** The `SchoolFilter` input for the API: only what is set. */
export function toFilterInput(f: SearchFilters): FilterVariables {
  return {
    ...(f.text.trim() !== '' ? { text: f.text.trim() } : {}),
    ...(f.werkgebieden.length > 0
      ? { werkgebieden: [...f.werkgebieden] }
      : f.inRegion
        ? { werkgebieden: [...WERKGEBIED_CODES] }
        : {}),
    ...(f.sopState !== '' ? { status: SOP_STATE_API[f.sopState] } : {}),
    ...(f.kinds.length > 0 ? { kinds: [...f.kinds] } : {}),
    ...(f.expertise.length > 0
      ? { expertise: { codes: [...f.expertise], match: f.expertiseMatch, inTeamOnly: f.expertiseInTeamOnly } }
      : {}),
    ...(f.facilities.length > 0 ? { facilities: [...f.facilities] } : {}),
    ...(f.partner !== '' ? { partner: { code: f.partner, minimumFrequency: f.partnerMinimum } } : {}),
    ...(f.hgw !== '' ? { hgw: { code: f.hgw, status: f.hgwStatus } } : {}),
    ...(f.pupilsMin !== null || f.pupilsMax !== null
      ? {
          pupils: {
            ...(f.pupilsMin !== null ? { min: f.pupilsMin } : {}),
            ...(f.pupilsMax !== null ? { max: f.pupilsMax } : {}),
          },
        }
      : {}),
    ...(f.schoolYear !== '' ? { schoolYear: f.schoolYear } : {}),
    ...(f.demo !== 'alle' ? { isDemo: f.demo === 'demo' } : {}),
  };
}

export interface SortVariables {
  readonly field: SortField;
  readonly direction: 'ASC' | 'DESC';
}

/** The `SchoolSort` input: names and distances ascending, numbers descending; none for the default order. */
export function toSortInput(f: SearchFilters): SortVariables | null {
  const near = toNearInput(f.near, f.radiusKm);
  if (f.sort === '' || (f.sort === 'DISTANCE' && near === null)) return null;
  return { field: f.sort, direction: f.sort === 'NAME' || f.sort === 'DISTANCE' ? 'ASC' : 'DESC' };
}

/** Whether the SOP items of the results are needed (to highlight what matched). */
export function filtersOnSopItems(f: SearchFilters): boolean {
  return f.expertise.length > 0 || f.facilities.length > 0 || f.partner !== '' || f.hgw !== '';
}
