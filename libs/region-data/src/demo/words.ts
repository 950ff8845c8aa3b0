/**
 * Invented words for fictional schools, boards, streets and people. Every school name starts with "Demo-" so it
 * cannot be mistaken for a real school; people's surnames are obviously made up.
 */

export const NAME_FIRST = [
  'Zilver',
  'Wolken',
  'Klaver',
  'Duinen',
  'Parel',
  'Veder',
  'Kristal',
  'Linden',
  'Wilgen',
  'Berken',
  'Dauw',
  'Schelpen',
  'Koraal',
  'Morgen',
  'Sterren',
  'Noorder',
  'Oester',
  'Hazel',
  'Meidoorn',
  'Vonken',
  'Lavendel',
  'Zeewier',
  'Helm',
  'Amber',
  'Jade',
  'Karmijn',
  'Oker',
  'Saffier',
  'Topaas',
  'Kobalt',
] as const;

export const NAME_SECOND = [
  'reiger',
  'boog',
  'vlinder',
  'kade',
  'tuin',
  'baken',
  'brug',
  'haven',
  'molen',
  'toren',
  'kompas',
  'sprong',
  'veld',
  'meeuw',
  'specht',
  'lijster',
  'zwaluw',
  'dans',
  'vlonder',
  'steiger',
  'zeil',
  'lantaarn',
] as const;

export const STREET_SUFFIX = ['straat', 'laan', 'weg', 'plein', 'kade', 'hof', 'pad', 'singel'] as const;

export const SURNAMES = [
  'Fictiefsma',
  'Demohuis',
  'Van Bedachten',
  'Verzinsel',
  'De Proefmans',
  'Testerink',
  'Van Voorbeeld',
  'Modelaar',
  'Schijnveld',
  'Denkbeeld',
  'Van Verzonnen',
  'Oefenhuizen',
  'Droomstra',
  'Van Gisteren',
  'Fantasiën',
] as const;

export const INITIALS = [
  'A.',
  'B.',
  'C.',
  'D.',
  'E.',
  'F.',
  'G.',
  'H.',
  'I.',
  'J.',
  'K.',
  'L.',
  'M.',
  'N.',
  'P.',
  'R.',
  'S.',
  'T.',
];

export const BOARD_WORDS = [
  'Zilvermeeuw',
  'Duinwind',
  'Klaverveld',
  'Parelkust',
  'Lindenhof',
  'Wolkenrijk',
  'Sterrenpad',
  'Koraalrif',
  'Morgenrood',
  'Vederlicht',
  'Amberland',
  'Oesterbank',
  'Helmgras',
  'Saffierzee',
  'Kobaltkust',
  'Meidoornhaag',
  'Lavendelveld',
  'Hazelaar',
  'Topaasberg',
  'Okerduin',
  'Jadegroen',
  'Karmijnrood',
  'Schelpenstrand',
  'Dauwdruppel',
  'Wilgenoever',
  'Berkenbos',
  'Vonkenregen',
] as const;

export const DENOMINATIONS: readonly [string, number][] = [
  ['Openbaar', 30],
  ['Rooms-Katholiek', 22],
  ['Protestants-Christelijk', 20],
  ['Algemeen bijzonder', 12],
  ['Islamitisch', 6],
  ['Hindoeïstisch', 3],
  ['Interconfessioneel', 5],
  ['Reformatorisch', 2],
];

/** Every fictional school name starts with one of these, so it cannot be mistaken for a real school. */
export const KIND_PREFIX = { BAO: 'Demo-school', SBO: 'Demo-SBO', SO: 'Demo-SO-school' } as const;

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
