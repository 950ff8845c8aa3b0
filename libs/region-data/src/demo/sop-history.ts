/**
 * Fictional SOP documents for one school over several school years, shared by the demo region and the national
 * data set. Answers develop over time: HGW principles mature, expertise is gained and lost (a Markov chain per
 * area), facilities change rarely, the stated funding follows the formula with board redistribution noise.
 */
import {
  CURRENT_TEMPLATE,
  EXPERTISE_AREAS,
  type ExpertiseAvailability,
  type ExpertiseCode,
  FACILITIES,
  type FacilityCode,
  type Frequency,
  FREQUENCY_CODES,
  HGW_PRINCIPLES,
  type HgwStatus,
  PARTNER_KINDS,
  type PartnerCode,
  type Provenance,
  type SchoolKind,
  schoolYearFromStart,
  SOP_SECTIONS,
  type SopDocument,
  type SopWarning,
  emptySopDocument,
} from '@sop-atlas/sop-model';
import { type Rng } from './prng';
import { INITIALS, SURNAMES } from './words';

export type SopStatus = 'published' | 'draft';

/** One SOP of one school year, as the API stores it. */
export interface DemoSop {
  vestigingscode: string;
  /** `2023-2024`. */
  schoolYear: string;
  status: SopStatus;
  /** ISO date-time; null for a draft. */
  publishedAt: string | null;
  document: SopDocument;
}

export interface FundingParameterSet {
  calendarYear: number;
  basePerLocation: number;
  perPupil: number;
  note: string;
}

/** The parameters the fictional stated amounts are drawn around (the published SPPOH figures, for every year). */
export const DEMO_BASE_PER_LOCATION = 7_000;
export const DEMO_PER_PUPIL = 106;

export function demoFundingParameters(firstYear: number, lastYear: number): FundingParameterSet[] {
  const out: FundingParameterSet[] = [];
  for (let calendarYear = firstYear; calendarYear <= lastYear; calendarYear += 1) {
    out.push({
      calendarYear,
      basePerLocation: DEMO_BASE_PER_LOCATION,
      perPupil: DEMO_PER_PUPIL,
      note: 'Demo: gepubliceerde SPPOH-bedragen 2017-2018 (EUR 7.000 per vestiging + EUR 106 per leerling), voor elk jaar gebruikt.',
    });
  }
  return out;
}

export interface SopSchoolProfile {
  vestigingscode: string;
  name: string;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  place: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  kind: SchoolKind;
  /** Used in the texts; null outside SPPOH. */
  areaName: string | null;
  /** Pupils at 1 October per calendar year. */
  pupilsByYear: ReadonlyMap<number, number>;
  /** The board's redistribution, as a fraction (−0.05 = the board keeps 5%). */
  boardBias: number;
}

export interface SopPlan {
  /** First school year that the evolution starts from (year index 0), e.g. 2021. */
  baseYear: number;
  /** Start years of the published SOPs. */
  publishedYears: readonly number[];
  /** Start year of a draft awaiting review, if any. */
  draftYear: number | null;
}

/** Probability of "in the team" at year 0 for BAO and for SBO/SO, and the yearly gain rate when absent. */
const EXPERTISE_PRIOR: Readonly<Record<ExpertiseCode, readonly [number, number, number]>> = {
  'remedial-teaching': [0.65, 0.85, 0.08],
  'taal-lezen-spraak': [0.55, 0.85, 0.08],
  'rekenen-wiskunde': [0.45, 0.8, 0.07],
  gedrag: [0.4, 0.95, 0.08],
  'jonge-kind': [0.5, 0.7, 0.07],
  hoogbegaafdheid: [0.35, 0.3, 0.07],
  motoriek: [0.12, 0.7, 0.03],
  nt2: [0.28, 0.4, 0.05],
  'cognitieve-ontwikkeling': [0.18, 0.75, 0.04],
  autisme: [0.19, 0.95, 0.05],
  'zieke-leerlingen': [0.07, 0.45, 0.02],
  faalangst: [0.2, 0.7, 0.05],
};
/** Chance an expertise in the team stays another year (people leave; special schools keep their specialists). */
const EXPERTISE_KEEP = { BAO: 0.88, special: 0.96 } as const;

const IN_TEAM_TEXTS = [
  '2 dagen per week',
  '8 uur per week',
  'De hele week aanwezig in het team',
  '1 dag per week',
  '12 uur per week, specialist in het team',
  '3 dagdelen per week',
  'Intern begeleider met deze specialisatie, 2 dagdelen per week',
];
const BOUGHT_IN_NO_TEXTS = [
  'Wordt ingekocht wanneer nodig',
  'Wanneer nodig wordt deze expertise ingekocht',
  'Op afroep via het samenwerkingsverband',
  'Indien nodig via het bestuur ingehuurd: wordt ingekocht wanneer nodig',
];
const BOUGHT_IN_YES_TEXT = 'Wanneer nodig nemen we contact op met een externe deskundige';

/** Frequency weights (structureel, regelmatig, incidenteel, n.v.t.) per partner for BAO and SBO/SO. */
const PARTNER_WEIGHTS: Readonly<Record<PartnerCode, readonly [readonly number[], readonly number[]]>> = {
  sbo: [
    [1, 3, 6, 2],
    [2, 3, 3, 3],
  ],
  so: [
    [0.5, 2, 6, 3],
    [2, 4, 3, 1],
  ],
  'adviseur-passend-onderwijs': [
    [6, 4, 1, 0],
    [7, 3, 0.5, 0],
  ],
  'schoolmaatschappelijk-werk': [
    [5, 3, 1, 1],
    [7, 2, 1, 0],
  ],
  leerplichtambtenaar: [
    [1, 3, 6, 0.5],
    [1, 4, 5, 0.5],
  ],
  jgz: [
    [4, 4, 2, 0.3],
    [5, 4, 1, 0],
  ],
  cjg: [
    [2, 4, 4, 0.5],
    [3, 4, 3, 0.5],
  ],
  'politie-wijkagent': [
    [0.5, 2, 6, 2],
    [0.5, 2, 6, 2],
  ],
  logopedie: [
    [2, 3, 4, 2],
    [6, 3, 1, 0],
  ],
  fysiotherapie: [
    [1, 2, 4, 4],
    [5, 3, 1, 1],
  ],
  jeugdhulppartners: [
    [2, 4, 4, 1],
    [6, 3, 1, 0],
  ],
};

const EXTRA_OFFERS = [
  'Sociale vaardigheidstraining in kleine groepjes',
  'Plusklas voor (hoog)begaafde leerlingen',
  'Taalklas voor nieuwkomers (NT2)',
  'Leesinterventie groep 3 en 4',
  'Faalangstreductietraining',
  'Rekenplusgroep',
  'Weerbaarheidstraining',
  'Kindgesprekken met de intern begeleider',
  'Motorische remedial teaching',
  'Huiswerkbegeleiding na schooltijd',
  'Ouderavonden over opvoeden en leren',
  'Prikkelarme werkplekken in de klas',
];

const PERIODS = [
  'doorlopend',
  'hele schooljaar',
  'eerste helft schooljaar',
  'tweede helft schooljaar',
  'op aanvraag',
];

/** Facilities a school can add by rearranging rooms (no lift, no special provisions for sensory needs). */
const IMPROVABLE_FACILITIES: ReadonlySet<FacilityCode> = new Set<FacilityCode>([
  'gespreksruimte',
  'therapieruimte',
  'verzorgingsruimte',
  'time-out-ruimte',
]);

type ExpertiseState = Exclude<ExpertiseAvailability, 'onbekend'>;

interface SchoolTraits {
  maturity: number;
  growth: number;
  principleOffset: number[];
  expertise: Map<ExpertiseCode, ExpertiseState>;
  partners: Map<PartnerCode, Frequency>;
  facilities: Map<FacilityCode, boolean>;
  offers: string[];
  director: string;
  mrChair: string;
  boardChair: string;
}

const isSpecial = (kind: SchoolKind): boolean => kind !== 'BAO';

function person(rng: Rng): string {
  return `${rng.pick(INITIALS)} ${rng.pick(SURNAMES)} (fictief)`;
}

function initialTraits(profile: SopSchoolProfile, rng: Rng): SchoolTraits {
  const special = isSpecial(profile.kind);
  const expertise = new Map<ExpertiseCode, ExpertiseState>();
  for (const area of EXPERTISE_AREAS) {
    const [bao, sbo] = EXPERTISE_PRIOR[area.code];
    let p = special ? sbo : bao;
    if (area.code === 'nt2' && profile.areaName !== null && /Centrum|Laak|Escamp/.test(profile.areaName))
      p += 0.25;
    expertise.set(area.code, rng.chance(p) ? 'in-team' : rng.chance(0.55) ? 'ingekocht' : 'geen');
  }
  const partners = new Map<PartnerCode, Frequency>();
  for (const partner of PARTNER_KINDS) {
    const weights = PARTNER_WEIGHTS[partner.code][special ? 1 : 0];
    partners.set(partner.code, FREQUENCY_CODES[rng.weighted(weights)] as Frequency);
  }
  const newBuilding = rng.chance(special ? 0.5 : 0.3);
  const lift = rng.chance(newBuilding ? 0.75 : 0.05);
  const wheelchair = rng.chance(lift ? 0.9 : special ? 0.6 : 0.35);
  const facilities = new Map<FacilityCode, boolean>([
    ['rolstoelvriendelijk', wheelchair],
    ['invalidetoilet', rng.chance(wheelchair ? 0.85 : 0.2)],
    ['voorzieningen-doven-slechthorenden', rng.chance(profile.kind === 'SO' ? 0.3 : 0.04)],
    ['voorzieningen-blinden-slechtzienden', rng.chance(profile.kind === 'SO' ? 0.25 : 0.03)],
    ['gespreksruimte', rng.chance(0.92)],
    ['therapieruimte', rng.chance(special ? 0.8 : 0.3)],
    ['verzorgingsruimte', rng.chance(profile.kind === 'SO' ? 0.85 : special ? 0.5 : 0.22)],
    ['time-out-ruimte', rng.chance(profile.kind === 'SO' ? 0.75 : special ? 0.6 : 0.07)],
    ['lift', lift],
  ]);
  return {
    maturity: rng.between(0.15, 0.55) + (special ? 0.1 : 0),
    growth: rng.between(0.05, 0.15),
    principleOffset: HGW_PRINCIPLES.map(() => rng.normal() * 0.1),
    expertise,
    partners,
    facilities,
    offers: rng.shuffle(EXTRA_OFFERS).slice(0, rng.int(special ? 3 : 1, special ? 6 : 4)),
    director: person(rng),
    mrChair: person(rng),
    boardChair: person(rng),
  };
}

/** One year of change: expertise gained and lost, partners shifting, a rare building improvement. */
function evolve(traits: SchoolTraits, profile: SopSchoolProfile, rng: Rng): void {
  for (const [code, state] of traits.expertise) {
    const gain = EXPERTISE_PRIOR[code][2] * (isSpecial(profile.kind) ? 2 : 1);
    if (state === 'in-team') {
      if (!rng.chance(isSpecial(profile.kind) ? EXPERTISE_KEEP.special : EXPERTISE_KEEP.BAO))
        traits.expertise.set(code, rng.chance(0.6) ? 'ingekocht' : 'geen');
    } else if (rng.chance(gain)) traits.expertise.set(code, 'in-team');
    else if (rng.chance(0.1)) traits.expertise.set(code, state === 'geen' ? 'ingekocht' : 'geen');
  }
  for (const partner of PARTNER_KINDS) {
    if (rng.chance(0.12)) {
      const weights = PARTNER_WEIGHTS[partner.code][isSpecial(profile.kind) ? 1 : 0];
      traits.partners.set(partner.code, FREQUENCY_CODES[rng.weighted(weights)] as Frequency);
    }
  }
  for (const [code, present] of traits.facilities) {
    if (!present && IMPROVABLE_FACILITIES.has(code) && rng.chance(0.008)) traits.facilities.set(code, true);
  }
  if (rng.chance(0.3)) {
    const offer = rng.pick(EXTRA_OFFERS);
    if (!traits.offers.includes(offer)) traits.offers.push(offer);
    else if (traits.offers.length > 1) traits.offers.splice(traits.offers.indexOf(offer), 1);
  }
}

function hgwStatus(score: number): HgwStatus {
  if (score >= 0.65) return 'op-orde';
  if (score >= 0.35) return 'in-ontwikkeling';
  return 'nog-op-te-starten';
}

function expertiseAnswer(
  state: ExpertiseState,
  rng: Rng,
): { available: boolean; availability: string | null } {
  if (state === 'in-team') return { available: true, availability: rng.pick(IN_TEAM_TEXTS) };
  if (state === 'ingekocht') {
    return rng.chance(0.25)
      ? { available: true, availability: BOUGHT_IN_YES_TEXT }
      : { available: false, availability: rng.pick(BOUGHT_IN_NO_TEXTS) };
  }
  return { available: false, availability: rng.chance(0.5) ? null : 'Niet aanwezig' };
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const KIND_TEXT: Readonly<Record<SchoolKind, string>> = {
  BAO: 'basisschool',
  SBO: 'school voor speciaal basisonderwijs',
  SO: 'school voor speciaal onderwijs',
};

function buildDocument(
  profile: SopSchoolProfile,
  traits: SchoolTraits,
  startYear: number,
  yearIndex: number,
  rng: Rng,
): SopDocument {
  const doc = emptySopDocument();
  const provenance: Record<string, Provenance> = {};
  const mark = (path: string, section: string): void => {
    provenance[path] = { source: 'demo', section };
  };
  const where = profile.areaName === null ? '' : ` in ${profile.areaName}`;
  doc.template = CURRENT_TEMPLATE;
  doc.schoolYear = schoolYearFromStart(startYear);
  doc.school = {
    name: profile.name,
    vestigingscode: profile.vestigingscode,
    street: profile.street,
    houseNumber: profile.houseNumber,
    postcode: profile.postcode,
    place: profile.place,
    phone: profile.phone,
    email: profile.email,
    website: profile.website,
  };
  for (const field of ['name', 'vestigingscode', 'street', 'postcode', 'place'])
    mark(`school.${field}`, 'Algemene gegevens');
  doc.people = { director: traits.director, mrChair: traits.mrChair, boardChair: traits.boardChair };
  const drafted = isoDate(startYear, 9, rng.int(1, 28));
  doc.dates = {
    drafted,
    mrAdvice: isoDate(startYear, 10, rng.int(1, 14)),
    adopted: isoDate(startYear, 10, rng.int(15, 31)),
  };

  doc.vision = `Fictieve demoschool: ${profile.name} is een ${KIND_TEXT[profile.kind]}${where}. Wij willen dat elk kind zich veilig voelt en zich kan ontwikkelen; waar het kan thuisnabij, samen met ouders en partners. Deze tekst is verzonnen voor de demo.`;
  mark('vision', '1 Visie passend onderwijs');
  doc.supportStructure = `Fictief: de intern begeleider coördineert de ondersteuning. Groepsbesprekingen ${rng.pick(['drie', 'vier'])} keer per jaar, leerlingbesprekingen en waar nodig een MDO met ouders en de adviseur passend onderwijs.`;
  mark('supportStructure', '2B Ondersteuningsstructuur');

  doc.hgw = HGW_PRINCIPLES.map((principle, i) => {
    const score =
      traits.maturity + traits.growth * yearIndex + (traits.principleOffset[i] ?? 0) + rng.normal() * 0.03;
    mark(`hgw[${i}].status`, '2C Handelingsgericht werken');
    return { code: principle.code, label: principle.templateLabel, status: hgwStatus(score), candidates: [] };
  });

  doc.expertise = EXPERTISE_AREAS.map((area, i) => {
    mark(`expertise[${i}].available`, '2D Extra expertise binnen het team');
    return {
      code: area.code,
      label: area.templateLabel,
      ...expertiseAnswer(traits.expertise.get(area.code) ?? 'geen', rng),
    };
  });

  const warnings: SopWarning[] = [];
  doc.partners = PARTNER_KINDS.map((partner, i) => {
    mark(`partners[${i}].frequency`, '2D Expertise van externe deskundigen');
    return {
      code: partner.code,
      label: partner.templateLabel,
      frequency: traits.partners.get(partner.code) ?? null,
      candidates: [],
    };
  });
  if (rng.chance(0.012)) {
    // Like the seed's "Fysiotherapie  x": the mark fits two columns; the importer keeps both candidates.
    const index = rng.int(0, doc.partners.length - 1);
    const row = doc.partners[index];
    if (row !== undefined) {
      const candidates: Frequency[] = ['structureel', 'regelmatig'];
      row.frequency = null;
      row.candidates = candidates;
      warnings.push({
        path: `partners[${index}].frequency`,
        code: 'ambiguous-cell',
        message: `Demo: het kruisje bij '${row.label}' past in twee kolommen (structureel of regelmatig).`,
        candidates,
      });
    }
  }

  doc.extraOffers = traits.offers.map((offer) => ({ offer, period: rng.pick(PERIODS) }));
  mark('extraOffers', '2D Extra aanbod');

  doc.facilities = FACILITIES.map((facility, i) => {
    mark(`facilities[${i}].status`, '2D Bijzondere voorzieningen');
    return {
      code: facility.code,
      label: facility.templateLabel,
      status: traits.facilities.get(facility.code) === true ? 'aanwezig' : 'niet-van-toepassing',
      candidates: [],
    };
  });
  if (rng.chance(0.007)) {
    const index = doc.facilities.length;
    doc.facilities.push({
      code: null,
      label: 'Prikkelarme werkplek (demo)',
      status: 'aanwezig',
      candidates: [],
    });
    mark(`facilities[${index}].status`, '2D Bijzondere voorzieningen');
    warnings.push({
      path: `facilities[${index}]`,
      code: 'unknown-row',
      message:
        "Demo: de school heeft de rij 'Prikkelarme werkplek (demo)' toegevoegd; die past bij geen catalogusitem.",
    });
  }

  doc.extraSupport = `Fictief: extra ondersteuning via arrangementen van het samenwerkingsverband${isSpecial(profile.kind) ? ', kleine groepen en een vast team van specialisten' : ' en een onderwijsassistent in de onderbouw'}.`;
  mark('extraSupport', '3 Extra ondersteuning');
  doc.limits = `Fictief: wij bereiken onze grenzen wanneer ${rng.pick([
    'de veiligheid van het kind of van anderen niet gewaarborgd is',
    'een kind structureel één-op-één begeleiding nodig heeft',
    'de benodigde zorg de mogelijkheden van het gebouw te boven gaat',
  ])}.`;
  mark('limits', '3 Extra ondersteuning');

  const pupils = profile.pupilsByYear.get(startYear) ?? [...profile.pupilsByYear.values()].at(-1) ?? 0;
  const formula = DEMO_BASE_PER_LOCATION + DEMO_PER_PUPIL * pupils;
  const deviation = rng.chance(0.04)
    ? rng.pick([-1, 1]) * rng.between(0.18, 0.25)
    : profile.boardBias + rng.between(-0.03, 0.03);
  doc.funding = { amount: Math.max(0, Math.round(formula * (1 + deviation))), calendarYear: startYear };
  mark('funding.amount', '5 Financiën basisondersteuning');

  doc.evaluation =
    'Fictief: het team evalueert het SOP jaarlijks met de MR en past het aan waar de praktijk verandert.';
  mark('evaluation', '6 Ontwikkeling/evaluatie');
  doc.sections = { found: [...SOP_SECTIONS], missing: [] };
  doc.provenance = provenance;
  doc.warnings = warnings;
  return doc;
}

/** The SOPs of one school: one per published year plus an optional draft, with answers that develop over time. */
export function generateSopHistory(profile: SopSchoolProfile, plan: SopPlan, rng: Rng): DemoSop[] {
  const traits = initialTraits(profile, rng);
  const years = [...plan.publishedYears, ...(plan.draftYear === null ? [] : [plan.draftYear])];
  const out: DemoSop[] = [];
  let evolvedTo = plan.baseYear;
  for (const startYear of years) {
    while (evolvedTo < startYear) {
      evolve(traits, profile, rng);
      evolvedTo += 1;
    }
    const document = buildDocument(profile, traits, startYear, startYear - plan.baseYear, rng);
    const draft = startYear === plan.draftYear;
    const adopted = document.dates.adopted ?? isoDate(startYear, 10, 31);
    out.push({
      vestigingscode: profile.vestigingscode,
      schoolYear: schoolYearFromStart(startYear),
      status: draft ? 'draft' : 'published',
      publishedAt: draft ? null : `${adopted}T${String(rng.int(8, 16)).padStart(2, '0')}:00:00.000Z`,
      document,
    });
  }
  return out;
}
