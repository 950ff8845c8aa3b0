import {
  EXPERTISE_CODES,
  FACILITY_CODES,
  FREQUENCY_CODES,
  HGW_CODES,
  HGW_STATUS_CODES,
  PARTNER_CODES,
  WERKGEBIED_CODES,
  frequencyRank,
  type Frequency,
  schoolYearOf,
} from '@sop-atlas/sop-model';
import { checkSchoolYear } from '../../common/args';
import { BadInputError } from '../../common/errors/app-error';
import { type SopStateName } from '../sop-state-sql';
import { type SchoolFilter } from '../dto/schools.args';
import {
  type CodeMatch,
  type NearInput,
  type SchoolSort,
  SchoolSortField,
  SopStateFilter,
  SortDirection,
} from './dto/search.inputs';

export const MAX_RADIUS_KM = 50;
const POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;
const GEMEENTE_CODE = /^[0-9]{4}$/;

/** A place to search around before geocoding: coordinates, or a postcode/address still to be geocoded. */
export type NearPlace =
  | { kind: 'point'; latitude: number; longitude: number; radiusKm: number }
  | { kind: 'postcode'; postcode: string; radiusKm: number }
  | { kind: 'address'; address: string; radiusKm: number };

export interface Point {
  latitude: number;
  longitude: number;
}

/** Validated, normalised search criteria: everything the SQL builder needs and nothing optional left unchecked. */
export interface SearchCriteria {
  expertise: { codes: string[]; match: CodeMatch; inTeamOnly: boolean } | null;
  facilities: string[];
  partner: { code: string; minimumRank: number } | null;
  hgw: { code: string; status: string } | null;
  gemeenten: string[];
  werkgebieden: string[];
  kinds: string[];
  denominations: string[];
  pupils: { min: number | null; max: number | null } | null;
  schoolYear: string | null;
  text: string | null;
  isDemo: boolean | null;
  /** SOP state in a school year (the filter's, else the running one when the search was made). */
  status: { state: SopStateName; schoolYear: string } | null;
  sort: { field: SchoolSortField; direction: SortDirection };
}

const STATE_NAMES: Record<SopStateFilter, SopStateName> = {
  [SopStateFilter.PUBLISHED]: 'published',
  [SopStateFilter.MISSING]: 'missing',
  [SopStateFilter.STALE]: 'stale',
  [SopStateFilter.DRAFT]: 'draft',
};

function checkCodes(
  values: readonly string[],
  allowed: readonly string[],
  argument: string,
  what: string,
): string[] {
  values.forEach((value, i) => {
    if (!allowed.includes(value)) {
      throw new BadInputError(
        `onbekende ${what} '${value}' (bekend: ${allowed.join(', ')})`,
        `${argument}[${i}]`,
      );
    }
  });
  return [...new Set(values)];
}

function checkCode(value: string, allowed: readonly string[], argument: string, what: string): string {
  if (!allowed.includes(value)) {
    throw new BadInputError(`onbekende ${what} '${value}' (bekend: ${allowed.join(', ')})`, argument);
  }
  return value;
}

/** Normalises a Dutch postcode to `1234AB`, or a BAD_USER_INPUT naming `argument`. */
export function normalisePostcode(value: string, argument: string): string {
  const upper = value.trim().toUpperCase();
  if (!POSTCODE.test(upper)) {
    throw new BadInputError(`ongeldige postcode '${value}' (verwacht bijvoorbeeld 2524 CK)`, argument);
  }
  return upper.replace(' ', '');
}

/**
 * `maySeeDrafts`: whether the caller may ask for schools with a concept SOP (SWV staff); the overview shows anyone
 * else only their number.
 */
export function searchCriteria(
  filter: SchoolFilter | null | undefined,
  sort: SchoolSort | null | undefined,
  hasNear: boolean,
  maySeeDrafts = false,
  today: Date = new Date(),
): SearchCriteria {
  const f = filter ?? {};
  if (f.status === SopStateFilter.DRAFT && !maySeeDrafts) {
    throw new BadInputError(
      'scholen met een concept-SOP zijn alleen zichtbaar voor SWV-medewerkers',
      'filter.status',
    );
  }
  let expertise: SearchCriteria['expertise'] = null;
  if (f.expertise) {
    if (f.expertise.codes.length === 0) {
      throw new BadInputError('geef minstens één expertisecode', 'filter.expertise.codes');
    }
    expertise = {
      codes: checkCodes(f.expertise.codes, EXPERTISE_CODES, 'filter.expertise.codes', 'expertisecode'),
      match: f.expertise.match,
      inTeamOnly: f.expertise.inTeamOnly,
    };
  }
  let partner: SearchCriteria['partner'] = null;
  if (f.partner) {
    const frequency = checkCode(
      f.partner.minimumFrequency,
      FREQUENCY_CODES,
      'filter.partner.minimumFrequency',
      'frequentie',
    ) as Frequency;
    partner = {
      code: checkCode(f.partner.code, PARTNER_CODES, 'filter.partner.code', 'partnercode'),
      minimumRank: frequencyRank(frequency),
    };
  }
  const hgw = f.hgw
    ? {
        code: checkCode(f.hgw.code, HGW_CODES, 'filter.hgw.code', 'HGW-code'),
        status: checkCode(f.hgw.status, HGW_STATUS_CODES, 'filter.hgw.status', 'HGW-status'),
      }
    : null;
  (f.gemeenten ?? []).forEach((code, i) => {
    if (!GEMEENTE_CODE.test(code)) {
      throw new BadInputError(
        `ongeldige gemeentecode '${code}' (4 cijfers, bijv. 0518)`,
        `filter.gemeenten[${i}]`,
      );
    }
  });
  let pupils: SearchCriteria['pupils'] = null;
  if (f.pupils) {
    const min = f.pupils.min ?? null;
    const max = f.pupils.max ?? null;
    if (min !== null && min < 0) throw new BadInputError('min mag niet negatief zijn', 'filter.pupils.min');
    if (min !== null && max !== null && max < min) {
      throw new BadInputError(`max (${max}) is kleiner dan min (${min})`, 'filter.pupils.max');
    }
    if (min !== null || max !== null) pupils = { min, max };
  }
  const text = f.text?.trim() ?? '';
  if (text.length > 200) throw new BadInputError('zoektekst is langer dan 200 tekens', 'filter.text');

  const schoolYear = f.schoolYear ? checkSchoolYear(f.schoolYear, 'filter.schoolYear') : null;
  const field = sort?.field ?? (hasNear ? SchoolSortField.DISTANCE : SchoolSortField.NAME);
  if (field === SchoolSortField.DISTANCE && !hasNear) {
    throw new BadInputError('sorteren op afstand kan alleen met near', 'sort.field');
  }
  return {
    expertise,
    facilities: checkCodes(f.facilities ?? [], FACILITY_CODES, 'filter.facilities', 'voorziening'),
    partner,
    hgw,
    gemeenten: [...new Set(f.gemeenten ?? [])],
    werkgebieden: checkCodes(f.werkgebieden ?? [], WERKGEBIED_CODES, 'filter.werkgebieden', 'werkgebied'),
    kinds: [...new Set(f.kinds ?? [])],
    denominations: [...new Set(f.denominations ?? [])],
    pupils,
    schoolYear,
    status: f.status ? { state: STATE_NAMES[f.status], schoolYear: schoolYear ?? schoolYearOf(today) } : null,
    text: text === '' ? null : text,
    isDemo: typeof f.isDemo === 'boolean' ? f.isDemo : null,
    sort: { field, direction: sort?.direction ?? SortDirection.ASC },
  };
}

export function nearPlace(near: NearInput): NearPlace {
  const radiusKm = near.radiusKm;
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw new BadInputError(
      `radiusKm moet groter dan 0 en hoogstens ${MAX_RADIUS_KM} zijn, niet ${radiusKm}`,
      'near.radiusKm',
    );
  }
  const hasPoint = near.latitude != null || near.longitude != null;
  const forms = [hasPoint, near.postcode != null, near.address != null].filter(Boolean).length;
  if (forms !== 1) {
    throw new BadInputError('geef precies één van: latitude + longitude, postcode of address', 'near');
  }
  if (hasPoint) {
    const { latitude, longitude } = near;
    if (latitude == null || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw new BadInputError('latitude moet tussen -90 en 90 liggen', 'near.latitude');
    }
    if (longitude == null || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw new BadInputError('longitude moet tussen -180 en 180 liggen', 'near.longitude');
    }
    return { kind: 'point', latitude, longitude, radiusKm };
  }
  if (near.postcode != null) {
    return { kind: 'postcode', postcode: normalisePostcode(near.postcode, 'near.postcode'), radiusKm };
  }
  const address = (near.address ?? '').trim();
  if (address.length < 3 || address.length > 200) {
    throw new BadInputError('address moet 3 tot 200 tekens lang zijn', 'near.address');
  }
  return { kind: 'address', address, radiusKm };
}
