/**
 * Addresses as schools write them in their SOP: `Herenstraat 129 - 2580WT 's-Gravenhage`, `Laan 5, 2511 AB Den
 * Haag`, street and postcode on two lines, `Postbus 123, 2500 AA Den Haag`. `parseSchoolAddress` reads one such
 * text; `schoolAddressOf` re-reads what an SOP parser stored in the school fields (a street that swallowed the
 * postcode and place is split again).
 */

export interface SchoolAddress {
  street: string | null;
  /** `129`, `12a`, `12-14`. */
  houseNumber: string | null;
  /** Normalised `2524 CK`. */
  postcode: string | null;
  place: string | null;
  /** The text is a Postbus: its postcode is not where the school stands (match on it only as a last resort). */
  postbus: boolean;
}

const POSTCODE = /(?<![0-9])([1-9]\d{3})\s?([A-Za-z]{2})(?![A-Za-z])/g;
const SEPARATORS = /^[\s,;\-–—|/]+|[\s,;\-–—|/]+$/g;

const trimSeparators = (text: string): string => text.replace(SEPARATORS, '').replace(/\s+/g, ' ').trim();

/** Street and house number from `Herenstraat 129`, `Laan van Meerdervoort 12 a`, `Kerkplein 3-5`. */
function streetAndNumber(text: string): { street: string | null; houseNumber: string | null } {
  const clean = trimSeparators(text);
  if (clean === '') return { street: null, houseNumber: null };
  const m = /^(.*?\D)\s*(\d+(?:\s*-\s*\d+|\s*[-]?\s*[A-Za-z]{1,2}\b)?)\s*(?:hs|bis)?$/.exec(clean);
  if (!m) return { street: clean, houseNumber: null };
  const street = trimSeparators(m[1] as string);
  const houseNumber = (m[2] as string).replace(/\s+/g, '').replace(/^(\d+)-([A-Za-z]{1,2})$/, '$1$2');
  return { street: street === '' ? null : street, houseNumber };
}

/** One address text (lines joined by newlines or commas) → its parts; null parts where the text says nothing. */
export function parseSchoolAddress(text: string): SchoolAddress {
  const flat = text.replace(/\r?\n/g, ', ').replace(/\s+/g, ' ').trim();
  const postbusMatch = /\bpostbus\s*(\d+)/i.exec(flat);
  const matches = [...flat.matchAll(POSTCODE)];
  const pc = matches[matches.length - 1];
  if (pc === undefined || pc.index === undefined) {
    const { street, houseNumber } = postbusMatch
      ? { street: null, houseNumber: null }
      : streetAndNumber(flat);
    return { street, houseNumber, postcode: null, place: null, postbus: postbusMatch !== null };
  }
  const before = flat.slice(0, pc.index);
  const after = trimSeparators(flat.slice(pc.index + pc[0].length));
  const postcode = `${pc[1] as string} ${(pc[2] as string).toUpperCase()}`;
  const place = after === '' ? null : after;
  if (postbusMatch !== null) return { street: null, houseNumber: null, postcode, place, postbus: true };
  return { ...streetAndNumber(before), postcode, place, postbus: false };
}

/** The school fields of a canonical SOP, re-read as one address (each field as the parser stored it). */
export function schoolAddressOf(school: {
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  place: string | null;
}): SchoolAddress {
  const text = [
    [school.street, school.houseNumber].filter((p) => p !== null && p.trim() !== '').join(' '),
    [school.postcode, school.place].filter((p) => p !== null && p.trim() !== '').join(' '),
  ]
    .filter((p) => p !== '')
    .join(', ');
  return parseSchoolAddress(text);
}

/** `12 a` / `12A` / `12-a` → `12a`: house numbers compared by digits and addition. */
export function normaliseHouseNumber(value: string | null): string | null {
  if (value === null) return null;
  const m = /^\s*(\d+)\s*[-]?\s*([A-Za-z]{0,3}|\d+)?/.exec(value);
  if (!m) return null;
  return `${m[1] as string}${(m[2] ?? '').toLowerCase()}`;
}

/** Just the number: `12a` → `12`. */
export function houseNumberDigits(value: string | null): string | null {
  const m = value === null ? null : /^\s*(\d+)/.exec(value);
  return m ? (m[1] as string) : null;
}

/** `2524ck` / `2524 CK` → `2524CK`; null for anything else. */
export function compactPostcode(value: string | null): string | null {
  if (value === null) return null;
  const m = /^\s*(\d{4})\s*([A-Za-z]{2})\s*$/.exec(value);
  return m ? `${m[1] as string}${(m[2] as string).toUpperCase()}` : null;
}

const GEMEENTEN: readonly { names: readonly string[]; code: string; name: string }[] = [
  {
    names: [
      'den haag',
      's gravenhage',
      'gravenhage',
      'the hague',
      'scheveningen',
      'loosduinen',
      'ypenburg',
      'leidschenveen',
    ],
    code: '0518',
    name: "'s-Gravenhage",
  },
  { names: ['rijswijk', 'rijswijk zh', 'rijswijk zuid holland'], code: '0603', name: 'Rijswijk' },
  {
    names: ['leidschendam voorburg', 'leidschendam', 'voorburg', 'stompwijk'],
    code: '1916',
    name: 'Leidschendam-Voorburg',
  },
];

/** `'s-Gravenhage` / `S-GRAVENHAGE` / `Den Haag` → `den haag`-style key: lower case, letters and spaces. */
export function placeKey(place: string): string {
  return place
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The SPPOH gemeente a place name belongs to (town synonyms: `'s-Gravenhage` = `Den Haag`); null otherwise. */
export function gemeenteOfPlace(place: string | null): { code: string; name: string } | null {
  if (place === null) return null;
  const key = placeKey(place);
  const found = GEMEENTEN.find((g) => g.names.includes(key));
  return found ? { code: found.code, name: found.name } : null;
}
