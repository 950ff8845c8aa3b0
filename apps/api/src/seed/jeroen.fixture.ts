/**
 * Basisschool Jeroen (Den Haag), SOP 2023-2024, in the canonical format: checked by hand against
 * `shared/sop/jeroen-2023-2024.txt`. The import library's parse of the real text replaces this fixture later.
 *
 * Place: the school stands in the Laakkwartier (stadsdeel Laak). Its werkgebied `laak` is the postcode table's
 * estimate for 2524 (marked `geschat`), and the point below is an approximation of Guido Gezellestraat 51 in the
 * Laakkwartier written down without network access (not a PDOK answer, so its `locationSource` is `geschat` too:
 * "locatie bij benadering"): with PDOK reachable, `npm run sop --
 * plaats` (also run after every DUO import) replaces both with the address's own point and wijk. Committed so
 * that a fresh start without network still places the school on the map and finds it around 2524 CK.
 */
import {
  CURRENT_TEMPLATE,
  EXPERTISE_AREAS,
  FACILITIES,
  type FacilityCode,
  type Frequency,
  HGW_PRINCIPLES,
  PARTNER_KINDS,
  type PartnerCode,
  SOP_SCHEMA_VERSION,
  SOP_SECTIONS,
  type SopDocument,
} from '@sop-atlas/sop-model';

export const JEROEN_SCHOOL = {
  name: 'Basisschool Jeroen',
  vestigingscode: null,
  street: 'Guido Gezellestraat',
  houseNumber: '51',
  postcode: '2524 CK',
  place: 'Den Haag',
  gemeenteCode: '0518',
  gemeenteName: "'s-Gravenhage",
  werkgebiedCode: 'laak',
  werkgebiedSource: 'geschat',
  latitude: 52.0657,
  longitude: 4.3262,
  locationSource: 'geschat',
  kind: 'BAO',
  phone: '070 393 94 93',
  email: 'info@jeroenschool.lucasonderwijs.nl',
  website: 'https://www.basisschooljeroen.nl/',
  isDemo: false,
} as const;

const WHOLE_WEEK = 'Gehele week in diverse groepen.';
const EXPERTISE: Record<string, [boolean, string]> = {
  'remedial-teaching': [true, WHOLE_WEEK],
  'taal-lezen-spraak': [true, WHOLE_WEEK],
  'rekenen-wiskunde': [true, WHOLE_WEEK],
  gedrag: [true, WHOLE_WEEK],
  'jonge-kind': [true, WHOLE_WEEK],
  hoogbegaafdheid: [
    true,
    'Expertise begaafdheid gehele week in diverse groepen. Wanneer expertise over hoogbegaafdheid nodig is, ' +
      'nemen we contact op met het Bazalt.',
  ],
  motoriek: [true, 'Eén dag in de week.'],
  nt2: [true, WHOLE_WEEK],
  'cognitieve-ontwikkeling': [true, WHOLE_WEEK],
  autisme: [false, 'Wanneer nodig wordt bij expertisecentrum autisme, expertise ingekocht.'],
  'zieke-leerlingen': [false, 'Wanneer nodig, nemen we contact op met het Bazalt.'],
  faalangst: [true, WHOLE_WEEK],
};

/** null = the text cell fits two columns (see the warnings). */
const PARTNERS: Record<PartnerCode, Frequency | null> = {
  sbo: 'incidenteel',
  so: 'incidenteel',
  'adviseur-passend-onderwijs': 'structureel',
  'schoolmaatschappelijk-werk': 'structureel',
  leerplichtambtenaar: 'structureel',
  jgz: 'structureel',
  cjg: 'regelmatig',
  'politie-wijkagent': 'incidenteel',
  logopedie: 'structureel',
  fysiotherapie: null,
  jeugdhulppartners: null,
};

const PRESENT: readonly FacilityCode[] = ['rolstoelvriendelijk', 'invalidetoilet', 'gespreksruimte', 'lift'];

const SECTION_PARTNERS = '2D Expertise van externe deskundigen';

/** Partner rows whose label in the document differs from the template's. */
const PARTNER_LABELS: Partial<Record<PartnerCode, string>> = {
  'schoolmaatschappelijk-werk': 'Schoolmaatschappelijk werk (+)',
  jgz: 'Jeugdgezondheidzorg/schoolarts/School verpleegkundige',
};

export function jeroenSopDocument(): SopDocument {
  const partners = PARTNER_KINDS.map((p) => {
    const frequency = PARTNERS[p.code];
    return {
      code: p.code,
      label: PARTNER_LABELS[p.code] ?? p.templateLabel,
      frequency,
      candidates: frequency === null ? (['structureel', 'regelmatig'] as Frequency[]) : [],
    };
  });
  const ambiguous = partners.flatMap((p, index) =>
    p.frequency === null
      ? [
          {
            path: `partners[${index}].frequency`,
            code: 'ambiguous-cell' as const,
            message: `${p.label}: het kruisje past zowel bij Structureel als bij Regelmatig`,
            candidates: ['structureel', 'regelmatig'],
          },
        ]
      : [],
  );
  return {
    schemaVersion: SOP_SCHEMA_VERSION,
    template: CURRENT_TEMPLATE,
    schoolYear: '2023-2024',
    school: {
      name: JEROEN_SCHOOL.name,
      vestigingscode: null,
      street: JEROEN_SCHOOL.street,
      houseNumber: JEROEN_SCHOOL.houseNumber,
      postcode: JEROEN_SCHOOL.postcode,
      place: JEROEN_SCHOOL.place,
      phone: JEROEN_SCHOOL.phone,
      email: JEROEN_SCHOOL.email,
      website: JEROEN_SCHOOL.website,
    },
    people: { director: 'Gerard van Vliet', mrChair: 'Paula Hermans', boardChair: null },
    dates: { drafted: null, mrAdvice: null, adopted: null },
    // the real SOP fills in none of its date fields: no date of its own
    documentDate: null,
    documentDateKind: null,
    vision:
      'Gewoon doen! Samen met ouders kijken we naar de onderwijsbehoeften van het kind, de drie pijlers: ' +
      'cognitief, sociaal-emotioneel/ gedrag en fysiek/ medisch zijn hierin van belang. Samen kijken we of ' +
      'basisschool Jeroen een passend onderwijsaanbod heeft voor de onderwijsbehoefte van de leerling. Bij ' +
      'leerlingen waarbij er twijfel is of basisschool Jeroen in de onderwijsbehoeften kan voorzien gaan we, ' +
      'zoals in de zorgplicht staat omschreven, binnen 6 (+4) weken onderzoeken of we de leerling, een passende ' +
      'plek kunnen bieden. Als basisschool Jeroen geen passende plek kan bieden, dan zoeken we samen met de ' +
      'ouders naar een passende plek op een andere school.',
    supportStructure: 'Onze zorgpiramide staat beschreven in het zorgplan 2023-2024.',
    hgw: HGW_PRINCIPLES.map((h, index) => ({
      code: h.code,
      // As numbered in the document.
      label: `${index + 1}. ${h.templateLabel}`,
      status: 'op-orde',
      candidates: [],
    })),
    expertise: EXPERTISE_AREAS.map((e) => {
      const [available, availability] = EXPERTISE[e.code] ?? [null, null];
      return { code: e.code, label: e.templateLabel, available, availability };
    }),
    partners,
    extraOffers: [
      {
        offer: 'Mentaliseren in de klas, vanuit de preventieafdeling van Youz',
        period: 'Na de herfstvakantie in de groepen 6.',
      },
    ],
    extraOfferHints: ['Powerkidzzz training', 'Playing for keeps', 'KIES training'],
    extraOfferNote:
      'Trainingen worden ingekocht wanneer school denkt dat ze waardevol zijn voor een groep kinderen of een ' +
      'jaargroep. Er zijn door basisschool Jeroen niet standaard trainingen ingekocht.',
    facilities: FACILITIES.map((f) => ({
      code: f.code,
      label: f.templateLabel,
      status: PRESENT.includes(f.code) ? 'aanwezig' : 'niet-van-toepassing',
      candidates: [],
    })),
    extraSupport:
      'Basisschool Jeroen heeft in het schooljaar 2023-2024 een aantal extra mensen ter ondersteuning:\n' +
      '- ambulant begeleider vanuit cluster 2 die leerlingen in school begeleidt.\n' +
      '- Barbara van ZieZo ondersteunt leerlingen met een arrangement en geeft remedial teaching aan een aantal ' +
      'leerlingen.\n' +
      '- Iedere maandag is er in het gebouw de mogelijkheid voor motorische oefentherapie voor leerlingen, door ' +
      'Balans in Bewegen, dit wordt vergoed met een verwijzing van de huisarts.',
    limits:
      '- Basisschool Jeroen kijkt altijd samen met ouders en met de leden van het Multi Disciplinair Overleg hoe ' +
      'we leerlingen het beste in hun onderwijsbehoeften kunnen voorzien. Wanneer na een intensief traject van ' +
      'zorg blijkt dat er onvoldoende ontwikkeling te zien is in gedrag en of cognitie dan gaan we samen met ' +
      'ouders, MDO en leerling op zoek naar een passendere plek. Met betrekking tot gedrag is het van belang dat ' +
      'de veiligheid van de leerling, de groep en de leerkracht gewaarborgd kunnen worden. Onze grens wordt ' +
      'overschreden als leerlingen andere kinderen pijn doen en niet luisteren naar correcties van de ' +
      'leerkrachten binnen school.',
    funding: { amount: 46130, calendarYear: 2023 },
    evaluation:
      'De school stelt doelen passend onderwijs op in het jaarplan. Het schoolondersteuningsprofiel wordt ' +
      'geëvalueerd via de PDCA cyclus van de school op 4 keer per jaar samen met een externe deskundige.',
    sections: { found: [...SOP_SECTIONS], missing: [] },
    provenance: {
      'funding.amount': {
        source: 'manual',
        section: '5 Financiën basisondersteuning',
        excerpt: 'De basisondersteuning in 2023 is €46.130,- dit bedrag is voor een kalenderjaar.',
      },
      'partners[9].frequency': { source: 'manual', section: SECTION_PARTNERS, excerpt: 'Fysiotherapie  x' },
      'partners[10].frequency': {
        source: 'manual',
        section: SECTION_PARTNERS,
        excerpt: 'Jeugdhulppartners  x',
      },
    },
    warnings: ambiguous,
  };
}
