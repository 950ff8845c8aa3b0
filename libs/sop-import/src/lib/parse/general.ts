/** Algemene gegevens: school year, the school's name, address and contact, its people and the dates of the SOP. */
import { SOP_DATE_KINDS, type SopDateKind } from '@sop-atlas/sop-model';
import { truncate, collapse } from '../text-utils';
import { readDutchDate } from './dutch-date';
import { type ParseContext } from './context';

const SECTION_NAME = 'Algemene gegevens';

interface FieldHit {
  readonly value: string;
  readonly line: number;
  readonly column: number;
  readonly raw: string;
}

/** Reads `label: value` fields from the lines of the general part. */
class GeneralFields {
  constructor(
    private readonly ctx: ParseContext,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The first line in the range matching `re`, with its first group as the value. */
  field(re: RegExp): FieldHit | null {
    for (let i = this.from; i < this.to; i += 1) {
      if (this.ctx.removed[i]) continue;
      const raw = this.ctx.line(i);
      const m = re.exec(raw);
      if (m && m[1] !== undefined) return { value: collapse(m[1]), line: i, column: raw.indexOf(m[1]), raw };
    }
    return null;
  }

  /** The value of a hit (null when empty), with its provenance at `path`. */
  set(path: string, hit: FieldHit | null): string | null {
    if (!hit || hit.value === '') return null;
    this.ctx.prov(path, SECTION_NAME, hit.line, hit.column, hit.raw);
    return truncate(hit.value, 1000);
  }
}

/** Reads the general part, lines `from` to `to` (exclusive). */
export function parseGeneral(ctx: ParseContext, [from, to]: [number, number]): void {
  const fields = new GeneralFields(ctx, from, to);
  parseSchoolYear(ctx, from, to);
  const { doc } = ctx;
  doc.school.name = fields.set(
    'school.name',
    fields.field(/^\s*(?:school\s*naam|naam(?:\s+(?:van\s+)?(?:de\s+)?school)?|school)\s*:\s*(.*)$/i),
  );
  parseAddress(ctx, fields);
  parseContact(ctx, fields);
  doc.people.director = fields.set(
    'people.director',
    fields.field(/^\s*(?:naam\s+)?directeur(?:\s+\/\s*\S+)?\s*:\s*(.*)$/i),
  );
  doc.people.mrChair = fields.set(
    'people.mrChair',
    fields.field(/^\s*voorzitter\s+(?:van\s+)?(?:de\s+)?mr\s*:\s*(.*)$/i),
  );
  doc.people.boardChair = fields.set(
    'people.boardChair',
    fields.field(/^\s*voorzitter\s+(?:van\s+)?(?:het\s+)?bestuur\s*:\s*(.*)$/i),
  );
  parseDates(ctx, from, to);
}

/** School year: "opgesteld voor schooljaar 2023-2024", else any consecutive year pair in the general part. */
function parseSchoolYear(ctx: ParseContext, from: number, to: number): void {
  const searches: [RegExp, [number, number][]][] = [
    [
      /schooljaar\s*:?\s*(\d{4}\s*[-–/]\s*\d{2,4})\b/i,
      [
        [from, to],
        [0, ctx.lines.length],
      ],
    ],
    [/\b((?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2})\b/, [[from, to]]],
  ];
  for (const [re, ranges] of searches) {
    for (const [lo, hi] of ranges) {
      for (let i = lo; i < hi; i += 1) {
        if (ctx.removed[i]) continue;
        const raw = ctx.line(i);
        const m = re.exec(raw);
        if (!m || m[1] === undefined) continue;
        const year = schoolYearOf(m[1]);
        if (year !== null) {
          ctx.doc.schoolYear = year;
          ctx.prov('schoolYear', SECTION_NAME, i, raw.indexOf(m[1]), raw);
          return;
        }
      }
    }
  }
}

/** "2023-2024", "2023 / 24" → "2023-2024"; null unless the second year follows the first. */
function schoolYearOf(text: string): string | null {
  const [a, b] = text.split(/\s*[-–/]\s*/).map((s) => s.trim());
  const y1 = Number(a);
  let y2 = Number(b);
  if (b !== undefined && b.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
  return Number.isInteger(y1) && y2 === y1 + 1 && y1 >= 1990 && y1 <= 2098 ? `${y1}-${y2}` : null;
}

/** Street, house number, postcode and place: from the address line, else from their own lines. */
function parseAddress(ctx: ParseContext, fields: GeneralFields): void {
  const { school } = ctx.doc;
  const address = fields.field(/^\s*(?:bezoek)?adres\s*:\s*(.*)$/i);
  if (address && address.value !== '') {
    const m =
      /^(.*?\S)\s+(\d+(?:\s*[-]?\s*[a-zA-Z]{1,2}\b|\s*-\s*\d+)?)\s*,?\s*(?:(\d{4})\s?([A-Za-z]{2})\b\s*,?\s*(.*))?$/.exec(
        address.value,
      );
    if (m) {
      const [, street, house, pc4, pcl, place] = m;
      const at = (path: string, text: string | undefined): string | null => {
        if (!text || text.trim() === '') return null;
        ctx.prov(path, SECTION_NAME, address.line, address.raw.indexOf(text), address.raw);
        return truncate(text.trim(), 1000);
      };
      school.street = at('school.street', street);
      school.houseNumber = at('school.houseNumber', house);
      if (pc4 && pcl) {
        school.postcode = `${pc4} ${pcl.toUpperCase()}`;
        ctx.prov('school.postcode', SECTION_NAME, address.line, address.raw.indexOf(pc4), address.raw);
      }
      school.place = at('school.place', place);
    } else {
      school.street = fields.set('school.street', address);
    }
  }
  if (school.postcode === null) {
    const pc = fields.field(/^\s*postcode\s*:\s*(\d{4}\s?[A-Za-z]{2})\b/i);
    if (pc) {
      const v = collapse(pc.value).replace(
        /^(\d{4})\s?([A-Za-z]{2})$/,
        (_, d: string, l: string) => `${d} ${l.toUpperCase()}`,
      );
      if (/^\d{4} [A-Z]{2}$/.test(v)) {
        school.postcode = v;
        ctx.prov('school.postcode', SECTION_NAME, pc.line, pc.column, pc.raw);
      }
    }
  }
  if (school.place === null)
    school.place = fields.set(
      'school.place',
      fields.field(/^\s*(?:plaats|woonplaats|vestigingsplaats)\s*:\s*(.*)$/i),
    );
}

/** Phone, e-mail and website (the last two also as a line of their own). */
function parseContact(ctx: ParseContext, fields: GeneralFields): void {
  const { school } = ctx.doc;
  school.phone = fields.set('school.phone', fields.field(/^\s*(?:telefoon(?:nummer)?|tel\.?)\s*:\s*(.*)$/i));
  const email =
    fields.field(/^\s*e-?mail(?:adres)?\s*:\s*(\S+@\S+)/i) ?? fields.field(/^\s*(\S+@\S+\.[a-z]{2,})\s*$/i);
  school.email = fields.set('school.email', email);
  const website =
    fields.field(/^\s*(?:website|internet(?:adres)?|url|web)\s*:\s*(\S+)/i) ??
    fields.field(/^\s*((?:https?:\/\/|www\.)\S+)\s*$/i);
  school.website = fields.set('school.website', website);
}

/** "Datum: ...": of the MR's advice, of the board's adoption, else of drafting (the first of each counts). */
function parseDates(ctx: ParseContext, from: number, to: number): void {
  const { dates } = ctx.doc;
  for (let i = from; i < to; i += 1) {
    if (ctx.removed[i]) continue;
    const raw = ctx.line(i);
    const m =
      /datum\s*:\s*(.*)$/i.exec(raw) ??
      // "Vastgesteld door het bestuur op 12 maart 2024", "Instemming MR: 5-3-2024" (no "Datum:" label)
      /^\s*(?:vastgesteld|instemming|advies)\b[^:\d]*?(?::|\bop\b)\s*(.*\d.*)$/i.exec(raw);
    if (!m || m[1] === undefined || collapse(m[1]) === '') continue;
    const key = /\bmr\b/i.test(raw) ? 'mrAdvice' : /bestuur|vastgesteld/i.test(raw) ? 'adopted' : 'drafted';
    if (dates[key] !== null) continue;
    dates[key] = truncate(collapse(m[1]), 1000);
    ctx.prov(`dates.${key}`, SECTION_NAME, i, raw.indexOf(m[1]), raw);
  }
  parseDocumentDate(ctx);
}

const DATE_KIND_LABEL: Record<SopDateKind, string> = {
  adopted: 'vastgesteld door het bestuur',
  mrAdvice: 'advies of instemming MR',
  drafted: 'opgesteld',
};

/**
 * The document's own date: the most binding of `dates` the school filled in with something date-like. Stored only
 * when that text is one complete date that fits the school year (from four years before it to its end); otherwise
 * a warning names the text and the dates it could mean. A date is never guessed (ADR 0008): "maart 2024",
 * "12 maart" or two dates on one line are flagged, and a less binding date is not used in place of a doubtful one.
 */
function parseDocumentDate(ctx: ParseContext): void {
  const { doc } = ctx;
  for (const kind of SOP_DATE_KINDS) {
    const text = doc.dates[kind];
    if (text === null) continue;
    const reading = readDutchDate(text);
    if (reading.kind === 'none') continue;
    doc.documentDateKind = kind;
    const where = `'${DATE_KIND_LABEL[kind]}'`;
    const source = doc.provenance[`dates.${kind}`];
    if (source) doc.provenance['documentDate'] = { ...source };
    if (reading.kind === 'incomplete') {
      ctx.warn('documentDate', 'invalid-value', `Datum bij ${where} is geen volledige datum: '${text}'.`);
      return;
    }
    if (reading.kind === 'several') {
      ctx.warn(
        'documentDate',
        'other',
        `Datum bij ${where} is niet eenduidig: '${text}'. Kies de datum van het document.`,
        [...reading.dates],
      );
      return;
    }
    const fits = fitsSchoolYear(reading.date, doc.schoolYear);
    if (!fits) {
      ctx.warn(
        'documentDate',
        'invalid-value',
        `Datum bij ${where} (${text}) past niet bij schooljaar ${doc.schoolYear ?? '?'}.`,
        [reading.date],
      );
      return;
    }
    doc.documentDate = reading.date;
    return;
  }
}

/** From 1 January four years before the school year to its last day (31 July); any date without a school year. */
function fitsSchoolYear(date: string, schoolYear: string | null): boolean {
  if (schoolYear === null) return true;
  const start = Number(schoolYear.slice(0, 4));
  return date >= `${start - 4}-01-01` && date <= `${start + 1}-07-31`;
}
