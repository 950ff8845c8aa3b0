/**
 * Catalogs of the Haaglanden model SOP. Codes are the contract every part of the product uses (see domain.md);
 * labels are Dutch as the template writes them. Each item names the template version that introduced it, so a
 * later template can add items or rename labels (a new entry in `aliases`) without breaking old SOPs.
 */

export const TEMPLATE_IDS = ['haaglanden-model-sop-2021-2025'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
export const CURRENT_TEMPLATE: TemplateId = 'haaglanden-model-sop-2021-2025';

export interface CatalogItem<C extends string> {
  readonly code: C;
  /** Short Dutch label for the UI. */
  readonly label: string;
  /** The row text as the template prints it. */
  readonly templateLabel: string;
  /** Other spellings seen in documents (lower-case, used for matching rows to codes). */
  readonly aliases: readonly string[];
  /** The template version that introduced the item. */
  readonly since: TemplateId;
  /** 1-based row position in the template table. */
  readonly row: number;
}

export interface ScaleValue<C extends string> {
  readonly code: C;
  readonly label: string;
  /** Column position in the template table (1-based); higher rank = more/better where that makes sense. */
  readonly column: number;
}

const T: TemplateId = 'haaglanden-model-sop-2021-2025';

function item<C extends string>(
  code: C,
  row: number,
  label: string,
  templateLabel: string,
  aliases: readonly string[] = [],
): CatalogItem<C> {
  return { code, row, label, templateLabel, aliases, since: T };
}

// --- HGW ---------------------------------------------------------------------------------------------------

export const HGW_CODES = [
  'doelgericht',
  'systematisch',
  'onderwijsbehoeften',
  'wisselwerking',
  'ouders-partners',
  'positief',
  'samenwerking',
] as const;
export type HgwCode = (typeof HGW_CODES)[number];

export const HGW_PRINCIPLES: readonly CatalogItem<HgwCode>[] = [
  item('doelgericht', 1, 'Doelgericht werken', 'Doelgericht werken.'),
  item(
    'systematisch',
    2,
    'Systematisch en transparant',
    'De werkwijze is systematisch, in stappen en transparant.',
  ),
  item('onderwijsbehoeften', 3, 'Onderwijsbehoeften centraal', 'Onderwijsbehoeften staan centraal.'),
  item(
    'wisselwerking',
    4,
    'Wisselwerking kind, opvoeding en onderwijs',
    'De wisselwerking en afstemming tussen het kind, opvoeding en onderwijs.',
  ),
  item(
    'ouders-partners',
    5,
    'Ouders en leerkrachten als partners',
    'Ouders en leerkrachten worden als ervaringsdeskundigen en partners gezien.',
  ),
  item('positief', 6, 'Positieve aspecten van belang', 'Positieve aspecten zijn van belang.'),
  item('samenwerking', 7, 'Constructieve samenwerking', 'Constructieve samenwerking.'),
];

export const HGW_STATUS_CODES = ['op-orde', 'in-ontwikkeling', 'nog-op-te-starten'] as const;
export type HgwStatus = (typeof HGW_STATUS_CODES)[number];
export const HGW_STATUSES: readonly ScaleValue<HgwStatus>[] = [
  { code: 'op-orde', label: 'Op orde', column: 1 },
  { code: 'in-ontwikkeling', label: 'In ontwikkeling', column: 2 },
  { code: 'nog-op-te-starten', label: 'Nog op te starten', column: 3 },
];

// --- Expertise in the team ----------------------------------------------------------------------------------

export const EXPERTISE_CODES = [
  'remedial-teaching',
  'taal-lezen-spraak',
  'rekenen-wiskunde',
  'gedrag',
  'jonge-kind',
  'hoogbegaafdheid',
  'motoriek',
  'nt2',
  'cognitieve-ontwikkeling',
  'autisme',
  'zieke-leerlingen',
  'faalangst',
] as const;
export type ExpertiseCode = (typeof EXPERTISE_CODES)[number];

export const EXPERTISE_AREAS: readonly CatalogItem<ExpertiseCode>[] = [
  item('remedial-teaching', 1, 'Remedial teaching', 'Remedial teaching', ['rt']),
  item('taal-lezen-spraak', 2, 'Taal, lezen en spraak', 'Expertise taal, lezen en spraak', [
    'taal/lezen',
    'dyslexie',
  ]),
  item('rekenen-wiskunde', 3, 'Rekenen en wiskunde', 'Expertise rekenen en wiskunde', ['dyscalculie']),
  item('gedrag', 4, 'Gedrag', 'Expertise gedrag'),
  item('jonge-kind', 5, 'Jonge kind', 'Expertise jonge kind', ['jonge kinderen']),
  item('hoogbegaafdheid', 6, '(Hoog)begaafdheid', 'Expertise (hoog)begaafdheid', [
    'hoogbegaafdheid',
    'begaafdheid',
  ]),
  item('motoriek', 7, 'Motoriek', 'Expertise motoriek'),
  item('nt2', 8, 'Tweede taal / NT2', 'Expertise tweede taal/NT2', ['nt2', 'tweede taal']),
  item('cognitieve-ontwikkeling', 9, 'Cognitieve ontwikkeling', 'Expertise cognitieve ontwikkeling'),
  item('autisme', 10, 'Autisme', 'Expertise autisme', ['ass', 'autismespectrumstoornis']),
  item('zieke-leerlingen', 11, 'Zieke leerlingen', 'Expertise zieke leerlingen'),
  item('faalangst', 12, 'Faalangst', 'Expertise faalangst'),
];

/** How an expertise is available to the school, derived from the yes/no column and the availability text. */
export const EXPERTISE_AVAILABILITY_CODES = ['in-team', 'ingekocht', 'geen', 'onbekend'] as const;
export type ExpertiseAvailability = (typeof EXPERTISE_AVAILABILITY_CODES)[number];
export const EXPERTISE_AVAILABILITIES: readonly ScaleValue<ExpertiseAvailability>[] = [
  { code: 'in-team', label: 'Binnen het team', column: 1 },
  { code: 'ingekocht', label: 'Ingekocht wanneer nodig', column: 2 },
  { code: 'geen', label: 'Niet aanwezig', column: 3 },
  { code: 'onbekend', label: 'Onbekend', column: 4 },
];

// --- External partners --------------------------------------------------------------------------------------

export const PARTNER_CODES = [
  'sbo',
  'so',
  'adviseur-passend-onderwijs',
  'schoolmaatschappelijk-werk',
  'leerplichtambtenaar',
  'jgz',
  'cjg',
  'politie-wijkagent',
  'logopedie',
  'fysiotherapie',
  'jeugdhulppartners',
] as const;
export type PartnerCode = (typeof PARTNER_CODES)[number];

export const PARTNER_KINDS: readonly CatalogItem<PartnerCode>[] = [
  item('sbo', 1, 'Speciaal basisonderwijs', 'Speciaal Basisonderwijs', ['sbo']),
  item('so', 2, 'Speciaal onderwijs', 'Speciaal Onderwijs', ['so']),
  item('adviseur-passend-onderwijs', 3, 'Adviseur passend onderwijs', 'Adviseur passend onderwijs'),
  item('schoolmaatschappelijk-werk', 4, 'Schoolmaatschappelijk werk', 'Schoolmaatschappelijk werk', ['smw']),
  item('leerplichtambtenaar', 5, 'Leerplichtambtenaar', 'Leerplichtambtenaar'),
  item(
    'jgz',
    6,
    'Jeugdgezondheidszorg / schoolarts / schoolverpleegkundige',
    'Jeugdgezondheidzorg/schoolarts/Schoolverpleegkundige',
    ['jeugdgezondheidszorg', 'jgz', 'schoolarts', 'schoolverpleegkundige'],
  ),
  item('cjg', 7, 'Centrum voor Jeugd en Gezin', 'CJG', ['centrum voor jeugd en gezin']),
  item('politie-wijkagent', 8, 'Politie / wijkagent', 'Politie/wijkagent', ['wijkagent', 'politie']),
  item('logopedie', 9, 'Logopedie', 'Logopedie'),
  item('fysiotherapie', 10, 'Fysiotherapie', 'Fysiotherapie'),
  item('jeugdhulppartners', 11, 'Jeugdhulppartners', 'Jeugdhulppartners', ['jeugdhulp']),
];

export const FREQUENCY_CODES = ['structureel', 'regelmatig', 'incidenteel', 'niet-van-toepassing'] as const;
export type Frequency = (typeof FREQUENCY_CODES)[number];
export const FREQUENCIES: readonly ScaleValue<Frequency>[] = [
  { code: 'structureel', label: 'Structureel', column: 1 },
  { code: 'regelmatig', label: 'Regelmatig', column: 2 },
  { code: 'incidenteel', label: 'Incidenteel', column: 3 },
  { code: 'niet-van-toepassing', label: 'Niet van toepassing', column: 4 },
];

/** Rank for "at least this often" filters: structureel (3) > regelmatig (2) > incidenteel (1) > n.v.t. (0). */
export function frequencyRank(frequency: Frequency): number {
  return FREQUENCY_CODES.length - 1 - FREQUENCY_CODES.indexOf(frequency);
}

// --- Facilities ---------------------------------------------------------------------------------------------

export const FACILITY_CODES = [
  'rolstoelvriendelijk',
  'invalidetoilet',
  'voorzieningen-doven-slechthorenden',
  'voorzieningen-blinden-slechtzienden',
  'gespreksruimte',
  'therapieruimte',
  'verzorgingsruimte',
  'time-out-ruimte',
  'lift',
] as const;
export type FacilityCode = (typeof FACILITY_CODES)[number];

export const FACILITIES: readonly CatalogItem<FacilityCode>[] = [
  item('rolstoelvriendelijk', 1, 'Rolstoelvriendelijk', 'Rolstoelvriendelijk'),
  item('invalidetoilet', 2, 'Invalidetoilet', 'Invalidetoilet', ['mindervalidetoilet', 'aangepast toilet']),
  item(
    'voorzieningen-doven-slechthorenden',
    3,
    'Voorzieningen doven/slechthorenden',
    'Voorzieningen doven/slechthorenden',
  ),
  item(
    'voorzieningen-blinden-slechtzienden',
    4,
    'Voorzieningen blinden/slechtzienden',
    'Voorzieningen blinden/slechtzienden',
  ),
  item('gespreksruimte', 5, 'Gespreksruimte', 'Gespreksruimte'),
  item('therapieruimte', 6, 'Therapieruimte', 'Therapieruimte'),
  item('verzorgingsruimte', 7, 'Verzorgingsruimte', 'Verzorgingsruimte'),
  item('time-out-ruimte', 8, 'Time-out-ruimte', 'Time out ruimte', [
    'time-out ruimte',
    'timeoutruimte',
    'time-outruimte',
  ]),
  item('lift', 9, 'Lift', 'Lift'),
];

export const FACILITY_STATUS_CODES = ['aanwezig', 'niet-van-toepassing'] as const;
export type FacilityStatus = (typeof FACILITY_STATUS_CODES)[number];
export const FACILITY_STATUSES: readonly ScaleValue<FacilityStatus>[] = [
  { code: 'aanwezig', label: 'Aanwezig in de school', column: 1 },
  { code: 'niet-van-toepassing', label: 'Niet van toepassing', column: 2 },
];

// --- Schools and areas --------------------------------------------------------------------------------------

export const SCHOOL_KIND_CODES = ['BAO', 'SBO', 'SO'] as const;
export type SchoolKind = (typeof SCHOOL_KIND_CODES)[number];
export const SCHOOL_KINDS: readonly ScaleValue<SchoolKind>[] = [
  { code: 'BAO', label: 'Basisonderwijs', column: 1 },
  { code: 'SBO', label: 'Speciaal basisonderwijs', column: 2 },
  { code: 'SO', label: 'Speciaal onderwijs', column: 3 },
];

export interface Gemeente {
  readonly code: string;
  readonly name: string;
}
export const GEMEENTEN: readonly Gemeente[] = [
  { code: '0518', name: "'s-Gravenhage" },
  { code: '0603', name: 'Rijswijk' },
  { code: '1916', name: 'Leidschendam-Voorburg' },
];

export const WERKGEBIED_CODES = [
  'centrum',
  'escamp',
  'haagse-hout',
  'laak',
  'leidschenveen-ypenburg',
  'loosduinen',
  'scheveningen',
  'segbroek',
  'leidschendam-voorburg',
  'rijswijk',
] as const;
export type WerkgebiedCode = (typeof WERKGEBIED_CODES)[number];

export interface Werkgebied {
  readonly code: WerkgebiedCode;
  readonly name: string;
  readonly gemeenteCode: string;
  /** Rough centre (lat, lon), for placing fictional demo schools and map defaults. */
  readonly centre: readonly [number, number];
}

export const WERKGEBIEDEN: readonly Werkgebied[] = [
  { code: 'centrum', name: 'Centrum', gemeenteCode: '0518', centre: [52.078, 4.31] },
  { code: 'escamp', name: 'Escamp', gemeenteCode: '0518', centre: [52.05, 4.267] },
  { code: 'haagse-hout', name: 'Haagse Hout', gemeenteCode: '0518', centre: [52.092, 4.34] },
  { code: 'laak', name: 'Laak', gemeenteCode: '0518', centre: [52.065, 4.33] },
  {
    code: 'leidschenveen-ypenburg',
    name: 'Leidschenveen-Ypenburg',
    gemeenteCode: '0518',
    centre: [52.053, 4.394],
  },
  { code: 'loosduinen', name: 'Loosduinen', gemeenteCode: '0518', centre: [52.05, 4.217] },
  { code: 'scheveningen', name: 'Scheveningen', gemeenteCode: '0518', centre: [52.1, 4.267] },
  { code: 'segbroek', name: 'Segbroek', gemeenteCode: '0518', centre: [52.075, 4.27] },
  {
    code: 'leidschendam-voorburg',
    name: 'Leidschendam-Voorburg',
    gemeenteCode: '1916',
    centre: [52.077, 4.375],
  },
  { code: 'rijswijk', name: 'Rijswijk', gemeenteCode: '0603', centre: [52.04, 4.325] },
];

/**
 * The Dutch name of a werkgebied, for anything people read (exports, reports): `laak` → `Laak`. An unknown code is
 * returned as it is rather than dropped; `null` stays `null`.
 */
export function werkgebiedName(code: string | null): string | null {
  if (code === null) return null;
  return WERKGEBIEDEN.find((w) => w.code === code)?.name ?? code;
}

/** The SWV this product serves; DUO files write it as PO2815. */
export const SWV = {
  code: 'PO2815',
  name: 'SPPOH',
  fullName: 'Stichting Passend Primair Onderwijs Haaglanden',
} as const;

// --- Lookups ------------------------------------------------------------------------------------------------

export type CatalogKind = 'hgw' | 'expertise' | 'partner' | 'facility';

export const CATALOGS = {
  hgw: HGW_PRINCIPLES,
  expertise: EXPERTISE_AREAS,
  partner: PARTNER_KINDS,
  facility: FACILITIES,
} as const;

/** Matching key of a row label: case, accents, numbering, "(+)", a leading "expertise" and all spacing/punctuation
 * ignored, so labels that wrapped over lines ("School verpleegkundige") still match. Importers use the same key. */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^\s*\d+\.\s*/, '')
    .replace(/\(\+\)/g, '')
    .replace(/^\s*expertise\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Finds the catalog code of a table row label as a school wrote it; `null` when it matches no item (the row is
 * then kept with its own label).
 */
export function matchCatalogLabel<K extends CatalogKind>(
  kind: K,
  label: string,
): (typeof CATALOGS)[K][number]['code'] | null {
  const wanted = normaliseLabel(label);
  if (wanted.length === 0) return null;
  const code = catalogKeys(kind).get(wanted);
  return code === undefined ? null : (code as (typeof CATALOGS)[K][number]['code']);
}

const keysByKind = new Map<CatalogKind, ReadonlyMap<string, string>>();
/** Every matching key of a catalog (template label, label, aliases) with its code; the first item wins a shared key. */
function catalogKeys(kind: CatalogKind): ReadonlyMap<string, string> {
  let keys = keysByKind.get(kind);
  if (!keys) {
    const map = new Map<string, string>();
    const items: readonly CatalogItem<string>[] = CATALOGS[kind];
    for (const item of items)
      for (const name of [item.templateLabel, item.label, ...item.aliases].map(normaliseLabel))
        if (!map.has(name)) map.set(name, item.code);
    keys = map;
    keysByKind.set(kind, keys);
  }
  return keys;
}

export function catalogLabel(kind: CatalogKind, code: string): string | undefined {
  const items: readonly CatalogItem<string>[] = CATALOGS[kind];
  return items.find((i) => i.code === code)?.label;
}
