/**
 * Random SOPs in the Haaglanden template with known answers, from a seed. What varies is what varies between
 * schools: the marks (HGW status, partner frequency, facility), ja/nee, availability texts of any length, rows a
 * school added, the amount in the Dutch spellings schools use, the school year and the mark character.
 */
import {
  EXPERTISE_AREAS,
  FACILITIES,
  FACILITY_STATUS_CODES,
  type FacilityStatus,
  FREQUENCY_CODES,
  type Frequency,
  HGW_PRINCIPLES,
  HGW_STATUS_CODES,
  type HgwStatus,
  PARTNER_KINDS,
} from '@sop-atlas/sop-model';
import { type SampleMarkRow, type SampleSop } from '../fixtures/sample-sop';
import { type CorpusAnswers, type RowAnswer } from './answers';

/** mulberry32: a small, well-known seeded generator (tests must be repeatable). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r <= 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

const NAMES = [
  'De Vlinder',
  'Het Palet',
  'De Regenboog',
  'Sint-Jozef',
  'De Wilgen',
  'Prins Willem',
  "'t Startpunt",
];
const PREFIXES = ['Basisschool', 'OBS', 'RKBS', 'CBS', 'IKC', 'Daltonschool'];
const STREETS = [
  'Laan van Meerdervoort',
  'Guido Gezellestraat',
  'Herenstraat',
  'Fahrenheitstraat',
  'Weimarstraat',
];
const PEOPLE = [
  'Anna de Vries',
  'Piet Jansen',
  'Karin Bos',
  'Mohamed El Amrani',
  'Fatima Yilmaz',
  'Joost Bakker',
];
const PLACES: readonly (readonly [string, string])[] = [
  ['2517', 'Den Haag'],
  ['2524', 'Den Haag'],
  ['2282', 'Rijswijk'],
  ['2271', 'Voorburg'],
  ['2492', 'Den Haag'],
];

const AVAILABILITY = [
  'Twee dagen per week.',
  'Gehele week in diverse groepen.',
  'Eén dag in de week.',
  'Wanneer nodig wordt expertise ingekocht bij het expertisecentrum.',
  'De intern begeleider heeft deze expertise en is op maandag, dinsdag en donderdag op school aanwezig.',
  'Specialist in het team; wanneer meer nodig is, nemen we contact op met een extern bureau of met de adviseur passend onderwijs van het samenwerkingsverband.',
  '',
  'Op afspraak.',
];

const SCHOOL_ROWS = {
  partner: ['Dyslexiebehandelaar', 'Speltherapeut', 'Ambulante begeleiding cluster 2', 'Kinderoefentherapie'],
  facility: ['Snoezelruimte', 'Prikkelarme werkplekken', 'Invalideparkeerplaats'],
  expertise: ['Expertise executieve functies', 'Expertise rouw en verlies'],
} as const;

/** Spellings of an amount that schools write (all mean `amount`). */
function spellAmount(d: Dice, amount: number): string {
  const whole = Math.floor(amount);
  const cents = Math.round((amount - whole) * 100);
  const dotted = whole.toLocaleString('nl-NL').replace(/\s/g, '.');
  if (cents !== 0)
    return d.pick([
      `€ ${dotted},${String(cents).padStart(2, '0')}`,
      `€${dotted},${String(cents).padStart(2, '0')}`,
    ]);
  return d.pick([
    `€ ${dotted},-`,
    `€${dotted}`,
    `€ ${dotted},00`,
    `EUR ${dotted}`,
    `€ ${whole}`,
    `€ ${dotted}`,
  ]);
}

function fundingLine(d: Dice, amount: string, year: number): string {
  return d.pick([
    `De basisondersteuning in ${year} is ${amount} dit bedrag is voor een kalenderjaar.`,
    `Voor kalenderjaar ${year} ontvangt de school ${amount} voor de basisondersteuning.`,
    `Bedrag basisondersteuning ${year}: ${amount}`,
  ]);
}

export interface MarkStyle {
  /** The mark character. */
  readonly mark: string;
  /** What an unmarked cell holds. */
  readonly empty: string;
}

export const MARK_STYLES: readonly MarkStyle[] = [
  { mark: 'X', empty: '' },
  { mark: 'x', empty: '' },
  { mark: '✓', empty: '' },
  { mark: '☒', empty: '☐' },
  { mark: 'X', empty: '' },
];

export interface RandomSop {
  readonly sample: SampleSop;
  readonly answers: CorpusAnswers;
}

function markRows<V extends string>(
  d: Dice,
  rows: readonly { code: string | null; label: string }[],
  values: readonly V[],
  weights: readonly number[],
  style: MarkStyle,
): { sample: SampleMarkRow<V>[]; answers: RowAnswer<V>[] } {
  const sample: SampleMarkRow<V>[] = [];
  const answers: RowAnswer<V>[] = [];
  for (const row of rows) {
    const value = d.weighted(values.map((v, k) => [v, weights[k] ?? 1] as const));
    // A lower-case mark now and then, as schools mix them.
    const mark = style.mark === 'X' && d.chance(0.1) ? 'x' : style.mark;
    sample.push({ label: row.label, value, mark, ...(style.empty ? { emptyMark: style.empty } : {}) });
    answers.push({ code: row.code, label: row.label.replace(/\n/g, ' '), value });
  }
  return { sample, answers };
}

export function randomSop(seed: number): RandomSop {
  const d = new Dice(seededRandom(seed));
  const style = d.pick(MARK_STYLES);
  const y1 = d.int(2021, 2026);
  const schoolYear = `${y1}-${y1 + 1}`;
  const yearText = d.pick([schoolYear, `${y1} - ${y1 + 1}`, `${y1}/${y1 + 1}`]);
  const calendarYear = d.chance(0.5) ? y1 : y1 + 1;
  const amount = d.int(18, 140) * 1000 + d.pick([0, 0, 0, 250, 130, 875]) + (d.chance(0.1) ? 0.5 : 0);
  const [pc4, place] = d.pick(PLACES);
  const name = `${d.pick(PREFIXES)} ${d.pick(NAMES)}`;

  const hgw = markRows(
    d,
    HGW_PRINCIPLES.map((p) => ({ code: p.code, label: `${p.row}. ${p.templateLabel}` })),
    HGW_STATUS_CODES,
    [6, 3, 1],
    style,
  );
  const partnerRows: { code: string | null; label: string }[] = PARTNER_KINDS.map((p) => ({
    code: p.code,
    label:
      p.code === 'schoolmaatschappelijk-werk' && d.chance(0.5) ? `${p.templateLabel} (+)` : p.templateLabel,
  }));
  if (d.chance(0.3)) partnerRows.push({ code: null, label: d.pick(SCHOOL_ROWS.partner) });
  const partners = markRows<Frequency>(d, partnerRows, FREQUENCY_CODES, [3, 3, 3, 2], style);
  const facilityRows: { code: string | null; label: string }[] = FACILITIES.map((f) => ({
    code: f.code,
    label: f.templateLabel,
  }));
  if (d.chance(0.2)) facilityRows.push({ code: null, label: d.pick(SCHOOL_ROWS.facility) });
  const facilities = markRows<FacilityStatus>(d, facilityRows, FACILITY_STATUS_CODES, [1, 1], style);

  const expertiseRows: { code: string | null; label: string }[] = EXPERTISE_AREAS.map((e) => ({
    code: e.code,
    label: e.templateLabel,
  }));
  if (d.chance(0.2)) expertiseRows.push({ code: null, label: d.pick(SCHOOL_ROWS.expertise) });
  const expertise = expertiseRows.map((row) => {
    const yes = d.chance(0.65);
    const answer = yes ? d.pick(['Ja', 'Ja', 'ja', 'JA']) : d.pick(['Nee', 'Nee', 'nee']);
    return { row, yes, answer, availability: d.pick(AVAILABILITY) };
  });

  const sample: SampleSop = {
    schoolYear: yearText,
    name,
    street: d.pick(STREETS),
    houseNumber: String(d.int(1, 240)),
    postcode: `${pc4} ${d.pick(['AB', 'CK', 'KL', 'TR', 'ZX'])}`,
    place,
    phone: `070 ${d.int(100, 999)} ${d.int(10, 99)} ${d.int(10, 99)}`,
    email: 'info@school.example.nl',
    website: 'https://www.school.example.nl/',
    director: d.pick(PEOPLE),
    mrChair: d.pick(PEOPLE),
    boardChair: d.pick(PEOPLE),
    vision: ['Ieder kind hoort erbij.', 'Wij kijken samen met ouders naar wat een kind nodig heeft.'],
    supportStructure: `De intern begeleider coördineert de ondersteuning; zie het zorgplan ${schoolYear}.`,
    hgw: hgw.sample,
    expertise: expertise.map((e) => ({
      label: e.row.label,
      answer: e.answer as 'Ja' | 'Nee',
      availability: e.availability,
    })),
    partners: [...partners.sample, ...(d.chance(0.5) ? [{ label: '', value: null }] : [])],
    offers: [
      { offer: 'Rots en Water training', period: 'Groep 5 en 6, na de kerstvakantie.' },
      { offer: 'Kanjertraining in alle groepen', period: 'Het hele schooljaar.' },
    ],
    offerNote: 'Trainingen worden ingekocht wanneer het team dat nodig vindt voor een groep.',
    facilities: facilities.sample,
    extraSupport: [
      `${name} heeft extra ondersteuning:`,
      '- een ambulant begeleider voor leerlingen met een arrangement.',
    ],
    limits: [
      '- Onze grens ligt waar de veiligheid van de leerling of de groep niet meer gewaarborgd kan worden.',
    ],
    fundingLine: fundingLine(d, spellAmount(d, amount), calendarYear),
    evaluation: 'De school evalueert het schoolondersteuningsprofiel jaarlijks met het team en de MR.',
  };
  const answers: CorpusAnswers = {
    schoolYear,
    funding: { amount, calendarYear },
    hgw: hgw.answers,
    expertise: expertise.map((e) => ({ code: e.row.code, label: e.row.label, value: e.yes })),
    partners: partners.answers,
    facilities: facilities.answers,
  };
  return { sample, answers };
}

export type { HgwStatus };
