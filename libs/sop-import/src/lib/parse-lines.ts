/**
 * The template parser: turns text lines (from a text file, reconstructed from a PDF, or flattened from a DOCX)
 * into the canonical SOP document. What the lines cannot tell (which column a mark belongs to, where a cell ends)
 * is asked from the `Layout`; where neither can tell, the parser reports the doubt instead of guessing.
 */
import {
  CATALOGS,
  type CatalogKind,
  CURRENT_TEMPLATE,
  emptySopDocument,
  type ExpertiseRow,
  FACILITY_STATUS_CODES,
  FREQUENCY_CODES,
  HGW_STATUS_CODES,
  matchCatalogLabel,
  normaliseLabel,
  type Provenance,
  SOP_SECTIONS,
  type SopDocument,
  type SopSection,
  type WarningCode,
} from '@sop-atlas/sop-model';
import { SopImportError } from './errors';
import { type Layout, type LayoutTable } from './layout';
import {
  EXTRA_OFFER_HINTS,
  EXTRA_SUPPORT_FOOTNOTE,
  EXTRA_SUPPORT_TEXT,
  FUNDING_TEXT,
  HGW_HEADER_ROW,
  HGW_TEXT,
  STRUCTURE_PROMPTS,
  STRUCTURE_TEXT,
  TEMPLATE_TITLE,
  VISION_INSTRUCTION,
} from './template-texts';
import { collapse, countSentences, countWords, fold, truncate } from './text-utils';

// --- Sections -----------------------------------------------------------------------------------------------

type SectionKey =
  | 'general'
  | 'vision'
  | 'basis'
  | 'basiskwaliteit'
  | 'structure'
  | 'hgw'
  | 'interventions'
  | 'expertise'
  | 'partners'
  | 'offers'
  | 'facilities'
  | 'extra'
  | 'limits'
  | 'zorgplicht'
  | 'funding'
  | 'evaluation';

interface SectionDef {
  readonly key: SectionKey;
  readonly re: RegExp;
  readonly title?: SopSection;
  /** Field path that a missing-section warning points at. */
  readonly field?: string;
}

const SECTION_DEFS: readonly SectionDef[] = [
  { key: 'general', re: /^algemene gegevens$/, title: 'Algemene gegevens', field: 'school' },
  {
    key: 'vision',
    re: /^(?:1\s*[.)]?\s*)?visie (?:op )?passend onderwijs$/,
    title: '1 Visie passend onderwijs',
    field: 'vision',
  },
  { key: 'basis', re: /^(?:2\s*[.)]?\s*)?basisondersteuning binnen haaglanden$/ },
  { key: 'basiskwaliteit', re: /^(?:2?\s*a\s*[.)]\s*)basiskwaliteit$/ },
  {
    key: 'structure',
    re: /^(?:2?\s*b\s*[.)]\s*)?(?:de )?ondersteuningsstructuur(?: op (?:de )?school)?$/,
    title: '2B Ondersteuningsstructuur',
    field: 'supportStructure',
  },
  {
    key: 'hgw',
    re: /^(?:2?\s*c\s*[.)]\s*)?handelingsgericht werken(?: \(hgw\))?$/,
    title: '2C Handelingsgericht werken',
    field: 'hgw',
  },
  { key: 'interventions', re: /^(?:2?\s*d\s*[.)]\s*)?preventieve en (?:licht )?curatieve interventies$/ },
  {
    key: 'expertise',
    re: /^(?:2?\s*d\s*[.)]\s*)?extra expertise binnen het team$/,
    title: '2D Extra expertise binnen het team',
    field: 'expertise',
  },
  {
    key: 'partners',
    re: /^(?:2?\s*d\s*[.)]\s*)?expertise van externe deskundigen$/,
    title: '2D Expertise van externe deskundigen',
    field: 'partners',
  },
  {
    key: 'offers',
    re: /^(?:2?\s*d\s*[.)]\s*)?extra aanbod(?: georganiseerd door de school)?$/,
    title: '2D Extra aanbod',
    field: 'extraOffers',
  },
  {
    key: 'facilities',
    re: /^(?:2?\s*d\s*[.)]\s*)?bijzondere voorzieningen(?: en(?:\/of)? toegankelijkheid(?: in het gebouw)?)?$/,
    title: '2D Bijzondere voorzieningen',
    field: 'facilities',
  },
  {
    key: 'extra',
    re: /^(?:3\s*[.)]?\s*)?extra ondersteuning$/,
    title: '3 Extra ondersteuning',
    field: 'extraSupport',
  },
  {
    key: 'limits',
    re: /^(?:3?\s*[a-z]?\s*[.)]?\s*)?grenzen(?: aan (?:de )?(?:extra )?ondersteuning| van (?:de )?(?:extra )?ondersteuning)?$/,
  },
  { key: 'zorgplicht', re: /^(?:4\s*[.)]?\s*)?zorgplicht$/ },
  {
    key: 'funding',
    re: /^(?:5\s*[.)]?\s*)?financien(?: basisondersteuning)?$/,
    title: '5 Financiën basisondersteuning',
    field: 'funding',
  },
  {
    key: 'evaluation',
    re: /^(?:6\s*[.)]?\s*)?(?:ontwikkeling\s*\/\s*evaluatie|evaluatie)$/,
    title: '6 Ontwikkeling/evaluatie',
    field: 'evaluation',
  },
];

interface Section {
  readonly key: SectionKey;
  readonly title?: SopSection;
  /** 0-based index of the heading line. */
  readonly heading: number;
  /** First body line (inclusive) and end (exclusive). */
  readonly start: number;
  readonly end: number;
}

const PAGE_HEADER = /^model\s+schoolondersteuningsprofiel\b.*\d+\s*-\s*\d+\s*\.?$/i;
const LONE_URL = /^(?:https?:\/\/|www\.)[^\s]+$/i;

/** One line of a section as the parsers see it: template text may have been cut out of it. */
interface Entry {
  readonly index: number;
  readonly text: string;
  /** Offset of `text` in the original line (for provenance columns). */
  readonly offset: number;
}

// --- Catalog label helpers ----------------------------------------------------------------------------------

const catalogNames = new Map<CatalogKind, string[]>();
function namesOf(kind: CatalogKind): string[] {
  let names = catalogNames.get(kind);
  if (!names) {
    const items: readonly { templateLabel: string; label: string; aliases: readonly string[] }[] =
      CATALOGS[kind];
    names = items.flatMap((i) => [i.templateLabel, i.label, ...i.aliases].map(normaliseLabel));
    catalogNames.set(kind, names);
  }
  return names;
}

/** True when the text is a catalog label or the start of one (so more lines may follow). */
function isLabelPrefix(kind: CatalogKind, text: string): boolean {
  const n = normaliseLabel(text);
  if (n.length < 2) return false;
  return namesOf(kind).some((name) => name === n || (n.length >= 4 && name.startsWith(n)));
}

function joinLabel(kind: CatalogKind, a: string, b: string): string {
  const options = /[-/]$/.test(a) ? [a + b, `${a} ${b}`] : [`${a} ${b}`, a + b];
  return (
    options.find((o) => matchCatalogLabel(kind, o) !== null) ??
    options.find((o) => isLabelPrefix(kind, o)) ??
    options[0]!
  );
}

function continuesLabel(kind: CatalogKind, a: string, b: string): boolean {
  return isLabelPrefix(kind, `${a} ${b}`) || isLabelPrefix(kind, a + b);
}

// --- Free text ----------------------------------------------------------------------------------------------

/** Joins wrapped lines into text: bullets and paragraphs after a full stop start a new line. */
export function joinText(texts: readonly string[]): string {
  let out = '';
  let blank = false;
  for (const raw of texts) {
    const t = collapse(raw);
    if (t === '') {
      if (out !== '') blank = true;
      continue;
    }
    if (out === '') out = t;
    else if (/^[-•*–]\s/.test(t) || (blank && /[.!?:]$/.test(out))) out += `\n${t}`;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(t)) out += t;
    else out += ` ${t}`;
    blank = false;
  }
  return out;
}

const MAX_TEXT = 100_000;
function boundedText(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  return t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t;
}

/** Splits entries into paragraphs at blank lines, unless the text before the blank line runs on (page break). */
function paragraphs(entries: readonly Entry[]): Entry[][] {
  const out: Entry[][] = [];
  let current: Entry[] = [];
  let blank = false;
  for (const e of entries) {
    if (collapse(e.text) === '') {
      blank = current.length > 0;
      continue;
    }
    const last = current[current.length - 1];
    if (blank && last && /[.!?:]\s*$/.test(last.text)) {
      out.push(current);
      current = [];
    }
    blank = false;
    current.push(e);
  }
  if (current.length > 0) out.push(current);
  return out;
}

// --- The parser ---------------------------------------------------------------------------------------------

interface MarkHit {
  /** Index of the (first) mark character in the raw line. */
  readonly index: number;
  readonly count: number;
  /** Spaces between label text and mark; null when the line holds no label text (continuation line). */
  readonly before: number | null;
  /** Spaces after the mark; null when there are none (trimmed line). */
  readonly after: number | null;
  readonly labelPart: string;
}

/** Finds the mark(s) `X`/`x` at the end of a table line. */
export function findMark(raw: string): MarkHit | null {
  const trimmedEnd = raw.replace(/\s+$/, '');
  const tail = raw.slice(trimmedEnd.length);
  const after = tail.length > 0 && /^ +$/.test(tail) ? tail.length : null;
  const tokens = [...trimmedEnd.matchAll(/\S+/g)];
  let count = 0;
  let first = -1;
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    const token = tokens[k]!;
    if (token[0] !== 'x' && token[0] !== 'X') break;
    count += 1;
    first = token.index;
  }
  if (count === 0) return null;
  const head = raw.slice(0, first);
  const labelPart = head.trim();
  const gap = head.slice(head.replace(/\s+$/, '').length);
  const before = labelPart === '' ? null : /^ +$/.test(gap) ? gap.length : null;
  return {
    index: first,
    count,
    before: count === 1 ? before : null,
    after: count === 1 ? after : null,
    labelPart,
  };
}

/** The columns (1-based) a mark can be in, judged from its spacing: k spaces before and (n + 1 - k) after. */
export function spacingColumns(n: number, before: number | null, after: number | null): number[] {
  const evidence: number[] = [];
  let contradictory = false;
  if (before !== null) {
    if (before >= 1 && before <= n) evidence.push(before);
    else contradictory = true;
  }
  if (after !== null) {
    const k = n + 1 - after;
    if (k >= 1 && k <= n) evidence.push(k);
    else contradictory = true;
  }
  const all = Array.from({ length: n }, (_, i) => i + 1);
  if (contradictory || evidence.length === 0) return all;
  return [...new Set(evidence)].sort((a, b) => a - b);
}

interface MarkTableSpec<C extends string> {
  readonly table: Extract<LayoutTable, 'hgw' | 'partner' | 'facility'>;
  readonly kind: 'hgw' | 'partner' | 'facility';
  readonly field: 'hgw' | 'partners' | 'facilities';
  readonly valueField: 'status' | 'frequency';
  readonly columns: readonly C[];
  readonly header: RegExp;
  /** Words of header cells that wrap onto the lines after the header line. */
  readonly headerWords: readonly string[];
  readonly numbered: boolean;
  readonly skip: readonly string[];
}

interface MarkRow<C extends string> {
  code: string | null;
  label: string;
  value: C | null;
  candidates: C[];
}

interface PendingLabel {
  text: string;
  lines: number[];
}

const TEMPLATE_HINT_SET = new Set(EXTRA_OFFER_HINTS.map((h) => fold(h)));

const PERIOD_WORDS =
  /vakantie|\b(?:herfst|najaar|voorjaar|winter|zomer|periode|schooljaar|jaarlijks|wekelijks|maandelijks|doorlopend|week|weken|maand|maanden|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|blok|vanaf|gedurende|trimester|semester)\b/i;

const LIMIT_WORDS =
  /\bgrens|\bgrenzen\b|passendere plek|andere school|niet (?:meer )?(?:kunnen )?bieden|handelingsverlegen|verwijdering/i;

export interface ParseLinesOutput {
  readonly document: SopDocument;
}

class SopLineParser {
  readonly doc: SopDocument = emptySopDocument();
  private readonly folded: string[];
  private readonly removed: boolean[];
  private sections: Section[] = [];

  constructor(
    private readonly lines: readonly string[],
    private readonly layout: Layout,
  ) {
    this.folded = lines.map((l) => fold(l));
    this.removed = lines.map((l) => PAGE_HEADER.test(collapse(l)));
  }

  // --- plumbing ---

  private prov(
    path: string,
    section: Section | string | undefined,
    line: number,
    char: number,
    excerpt: string,
    lineEnd?: number,
  ): void {
    const p: Provenance = { source: this.layout.source };
    const title = typeof section === 'string' ? section : (section?.title ?? section?.key);
    if (title) p.section = title;
    p.line = line + 1;
    if (lineEnd !== undefined && lineEnd > line) p.lineEnd = lineEnd + 1;
    p.column = Math.max(0, char) + 1;
    const ex = truncate(excerpt, 300);
    if (ex !== '') p.excerpt = ex;
    Object.assign(p, this.layout.locate(line, Math.max(0, char)));
    this.doc.provenance[path] = p;
  }

  private warn(path: string, code: WarningCode, message: string, candidates?: string[]): void {
    this.doc.warnings.push(candidates ? { path, code, message, candidates } : { path, code, message });
  }

  private entries(section: Section | undefined, from?: number, to?: number): Entry[] {
    if (!section) return [];
    const out: Entry[] = [];
    for (let i = from ?? section.start; i < (to ?? section.end); i += 1) {
      if (this.removed[i]) continue;
      out.push({ index: i, text: this.lines[i] ?? '', offset: 0 });
    }
    return out;
  }

  private section(key: SectionKey): Section | undefined {
    return this.sections.find((s) => s.key === key);
  }

  // --- top level ---

  parse(): SopDocument {
    this.findSections();
    const general = this.section('general');
    const firstHeading = this.sections[0]?.heading ?? this.lines.length;
    const generalRange: [number, number] = general ? [0, general.end] : [0, firstHeading];
    // Lone URL lines outside the general part are page artefacts of pdf-to-text.
    this.lines.forEach((l, i) => {
      if ((i < generalRange[0] || i >= generalRange[1]) && LONE_URL.test(collapse(l))) this.removed[i] = true;
    });

    const recognised = this.detectTemplate();
    this.doc.template = recognised ? CURRENT_TEMPLATE : null;
    this.parseGeneral(generalRange);
    this.parseVision();
    this.parseStructure();
    if (recognised) {
      this.parseMarkTable(this.section('hgw'), HGW_SPEC);
      this.parseExpertise();
      this.parseMarkTable(this.section('partners'), PARTNER_SPEC);
      this.parseOffers();
      this.parseMarkTable(this.section('facilities'), FACILITY_SPEC);
    }
    this.parseExtraSupport();
    this.parseFunding();
    this.parseEvaluation();

    const hasIdentity = [
      this.doc.school.name,
      this.doc.school.street,
      this.doc.school.email,
      this.doc.school.postcode,
    ].some((v) => v !== null);
    const foundTitles = new Set(
      this.sections.map((s) => s.title).filter((t): t is SopSection => t !== undefined),
    );
    if (foundTitles.size === 0 && !hasIdentity) {
      throw new SopImportError(
        'not-an-sop',
        'geen SOP herkend: geen enkele sectie en geen schoolgegevens gevonden',
      );
    }
    this.doc.sections.found = SOP_SECTIONS.filter((t) => foundTitles.has(t));
    this.doc.sections.missing = SOP_SECTIONS.filter((t) => !foundTitles.has(t));
    if (!recognised) {
      this.doc.warnings.unshift({
        path: '',
        code: 'foreign-template',
        message:
          'Dit document volgt niet het Haaglanden model-SOP 2021-2025; alleen herkenbare gegevens (school, jaar, vrije tekst) zijn overgenomen.',
      });
    }
    for (const title of this.doc.sections.missing) {
      const def = SECTION_DEFS.find((d) => d.title === title);
      this.warn(def?.field ?? '', 'missing-section', `Sectie '${title}' niet gevonden.`);
    }
    return this.doc;
  }

  private findSections(): void {
    // Headings are searched in template order (a list item like "D. Preventieve en licht curatieve interventies"
    // early in section 2 is not the heading of 2D); a heading out of order is still found, anywhere.
    const isHeading = (i: number, def: SectionDef): boolean => {
      const f = this.folded[i] ?? '';
      return !this.removed[i] && f.length <= 90 && def.re.test(f);
    };
    const found: { def: SectionDef; line: number }[] = [];
    const used = new Set<number>();
    let cursor = -1;
    for (const def of SECTION_DEFS) {
      let line = -1;
      for (let i = cursor + 1; i < this.lines.length && line < 0; i += 1) if (isHeading(i, def)) line = i;
      if (line >= 0) cursor = line;
      else
        for (let i = 0; i < this.lines.length && line < 0; i += 1)
          if (!used.has(i) && isHeading(i, def)) line = i;
      if (line < 0 || used.has(line)) continue;
      used.add(line);
      found.push({ def, line });
    }
    found.sort((a, b) => a.line - b.line);
    this.sections = found.map((f, k) => {
      const next = found[k + 1];
      const s: Section = {
        key: f.def.key,
        heading: f.line,
        start: f.line + 1,
        end: next ? next.line : this.lines.length,
      };
      return f.def.title ? { ...s, title: f.def.title } : s;
    });
  }

  private detectTemplate(): boolean {
    const text = this.folded;
    const title = fold(TEMPLATE_TITLE);
    if (text.some((l) => l === title || l.startsWith(`${title} `))) return true;
    if (this.lines.some((l) => PAGE_HEADER.test(collapse(l)))) return true;
    const markers = [
      /^uitgangspunt hgw\b/,
      /^betrokken experts\b/,
      /\bstructureel regelmatig incidenteel\b/,
      /^ja\s*\/\s*nee uren beschikbaar/,
      /aanwezig in de school niet van toepassing/,
      /^(?:2\s*[.)]?\s*)?basisondersteuning binnen haaglanden$/,
    ];
    return markers.filter((m) => text.some((l) => m.test(l))).length >= 3;
  }

  // --- Algemene gegevens ---

  private parseGeneral([from, to]: [number, number]): void {
    const sectionName = 'Algemene gegevens';
    const doc = this.doc;
    const field = (re: RegExp): { value: string; line: number; column: number; raw: string } | null => {
      for (let i = from; i < to; i += 1) {
        if (this.removed[i]) continue;
        const raw = this.lines[i] ?? '';
        const m = re.exec(raw);
        if (m && m[1] !== undefined) {
          const value = collapse(m[1]);
          if (value === '') return { value: '', line: i, column: raw.indexOf(m[1]), raw };
          return { value, line: i, column: raw.indexOf(m[1]), raw };
        }
      }
      return null;
    };
    const set = (
      path: string,
      hit: { value: string; line: number; column: number; raw: string } | null,
    ): string | null => {
      if (!hit || hit.value === '') return null;
      this.prov(path, sectionName, hit.line, hit.column, hit.raw);
      return truncate(hit.value, 1000);
    };

    // School year: "opgesteld voor schooljaar 2023-2024", else any consecutive year pair in the general part.
    const yearRes = [
      /schooljaar\s*:?\s*(\d{4}\s*[-–/]\s*\d{2,4})\b/i,
      /\b((?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2})\b/,
    ];
    outer: for (const re of yearRes) {
      for (const [lo, hi] of re === yearRes[0]
        ? [
            [from, to],
            [0, this.lines.length],
          ]
        : [[from, to]]) {
        for (let i = lo ?? 0; i < (hi ?? 0); i += 1) {
          if (this.removed[i]) continue;
          const raw = this.lines[i] ?? '';
          const m = re.exec(raw);
          if (!m || m[1] === undefined) continue;
          const [a, b] = m[1].split(/\s*[-–/]\s*/).map((s) => s.trim());
          const y1 = Number(a);
          let y2 = Number(b);
          if (b !== undefined && b.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
          if (Number.isInteger(y1) && y2 === y1 + 1 && y1 >= 1990 && y1 <= 2098) {
            doc.schoolYear = `${y1}-${y2}`;
            this.prov('schoolYear', sectionName, i, raw.indexOf(m[1]), raw);
            break outer;
          }
        }
      }
    }

    doc.school.name = set(
      'school.name',
      field(/^\s*(?:school\s*naam|naam(?:\s+(?:van\s+)?(?:de\s+)?school)?|school)\s*:\s*(.*)$/i),
    );
    const address = field(/^\s*(?:bezoek)?adres\s*:\s*(.*)$/i);
    if (address && address.value !== '') {
      const m =
        /^(.*?\S)\s+(\d+(?:\s*[-]?\s*[a-zA-Z]{1,2}\b|\s*-\s*\d+)?)\s*,?\s*(?:(\d{4})\s?([A-Za-z]{2})\b\s*,?\s*(.*))?$/.exec(
          address.value,
        );
      if (m) {
        const [, street, house, pc4, pcl, place] = m;
        const at = (path: string, text: string | undefined): string | null => {
          if (!text || text.trim() === '') return null;
          this.prov(path, sectionName, address.line, address.raw.indexOf(text), address.raw);
          return truncate(text.trim(), 1000);
        };
        doc.school.street = at('school.street', street);
        doc.school.houseNumber = at('school.houseNumber', house);
        if (pc4 && pcl) {
          doc.school.postcode = `${pc4} ${pcl.toUpperCase()}`;
          this.prov('school.postcode', sectionName, address.line, address.raw.indexOf(pc4), address.raw);
        }
        doc.school.place = at('school.place', place);
      } else {
        doc.school.street = set('school.street', address);
      }
    }
    if (doc.school.postcode === null) {
      const pc = field(/^\s*postcode\s*:\s*(\d{4}\s?[A-Za-z]{2})\b/i);
      if (pc) {
        const v = collapse(pc.value).replace(
          /^(\d{4})\s?([A-Za-z]{2})$/,
          (_, d: string, l: string) => `${d} ${l.toUpperCase()}`,
        );
        if (/^\d{4} [A-Z]{2}$/.test(v)) {
          doc.school.postcode = v;
          this.prov('school.postcode', sectionName, pc.line, pc.column, pc.raw);
        }
      }
    }
    if (doc.school.place === null)
      doc.school.place = set(
        'school.place',
        field(/^\s*(?:plaats|woonplaats|vestigingsplaats)\s*:\s*(.*)$/i),
      );
    doc.school.phone = set('school.phone', field(/^\s*(?:telefoon(?:nummer)?|tel\.?)\s*:\s*(.*)$/i));
    const email = field(/^\s*e-?mail(?:adres)?\s*:\s*(\S+@\S+)/i) ?? field(/^\s*(\S+@\S+\.[a-z]{2,})\s*$/i);
    doc.school.email = set('school.email', email);
    const website =
      field(/^\s*(?:website|internet(?:adres)?|url|web)\s*:\s*(\S+)/i) ??
      field(/^\s*((?:https?:\/\/|www\.)\S+)\s*$/i);
    doc.school.website = set('school.website', website);
    doc.people.director = set(
      'people.director',
      field(/^\s*(?:naam\s+)?directeur(?:\s+\/\s*\S+)?\s*:\s*(.*)$/i),
    );
    doc.people.mrChair = set(
      'people.mrChair',
      field(/^\s*voorzitter\s+(?:van\s+)?(?:de\s+)?mr\s*:\s*(.*)$/i),
    );
    doc.people.boardChair = set(
      'people.boardChair',
      field(/^\s*voorzitter\s+(?:van\s+)?(?:het\s+)?bestuur\s*:\s*(.*)$/i),
    );

    for (let i = from; i < to; i += 1) {
      if (this.removed[i]) continue;
      const raw = this.lines[i] ?? '';
      const m = /datum\s*:\s*(.*)$/i.exec(raw);
      if (!m || m[1] === undefined || collapse(m[1]) === '') continue;
      const key = /\bmr\b/i.test(raw) ? 'mrAdvice' : /bestuur/i.test(raw) ? 'adopted' : 'drafted';
      if (doc.dates[key] !== null) continue;
      doc.dates[key] = truncate(collapse(m[1]), 1000);
      this.prov(`dates.${key}`, sectionName, i, raw.indexOf(m[1]), raw);
    }
  }

  // --- Free-text sections ---

  /** Removes a fixed template text from the entries, wherever lines wrap. */
  private stripTemplate(entries: Entry[], template: string): Entry[] {
    const chars: string[] = [];
    const owners: [number, number][] = [];
    entries.forEach((e, ei) => {
      for (let ci = 0; ci < e.text.length; ci += 1) {
        const ch = e.text[ci] ?? '';
        if (/\s/.test(ch)) continue;
        chars.push((ch.toLowerCase()[0] ?? ch).normalize('NFC'));
        owners.push([ei, ci]);
      }
    });
    const needle = Array.from(template.replace(/\s+/g, '').toLowerCase())
      .map((c) => c.normalize('NFC'))
      .join('');
    const hay = chars.join('');
    const at = hay.indexOf(needle);
    if (at < 0 || needle.length === 0) return entries;
    const cut = new Map<number, [number, number]>();
    for (let k = at; k < at + needle.length; k += 1) {
      const owner = owners[k];
      if (!owner) continue;
      const [ei, ci] = owner;
      const range = cut.get(ei);
      cut.set(ei, range ? [Math.min(range[0], ci), Math.max(range[1], ci)] : [ci, ci]);
    }
    const out: Entry[] = [];
    entries.forEach((e, ei) => {
      const range = cut.get(ei);
      if (!range) {
        out.push(e);
        return;
      }
      const left = e.text.slice(0, range[0]);
      const right = e.text.slice(range[1] + 1);
      if (collapse(left) === '' && collapse(right) === '') return;
      if (collapse(left) === '') out.push({ index: e.index, text: right, offset: e.offset + range[1] + 1 });
      else
        out.push({
          index: e.index,
          text: collapse(right) === '' ? left : `${left} ${right}`,
          offset: e.offset,
        });
    });
    return out;
  }

  private freeText(path: string, section: Section, entries: readonly Entry[]): string | null {
    const content = entries.filter((e) => collapse(e.text) !== '');
    const first = content[0];
    const last = content[content.length - 1];
    const text = boundedText(joinText(entries.map((e) => e.text)));
    if (text === null || !first || !last) return null;
    const raw = this.lines[first.index] ?? '';
    this.prov(
      path,
      section,
      first.index,
      first.offset + raw.slice(first.offset).search(/\S|$/),
      text,
      last.index,
    );
    return text;
  }

  private parseVision(): void {
    const s = this.section('vision');
    if (!s) return;
    let entries = this.stripTemplate(this.entries(s), VISION_INSTRUCTION);
    entries = entries.map((e) => {
      const m = /^(\s*visie\s*:\s*)/i.exec(e.text);
      return m ? { ...e, text: e.text.slice(m[1]!.length), offset: e.offset + m[1]!.length } : e;
    });
    this.doc.vision = this.freeText('vision', s, entries);
  }

  private parseStructure(): void {
    const s = this.section('structure');
    if (!s) return;
    let entries = this.stripTemplate(this.entries(s), STRUCTURE_TEXT);
    for (const prompt of STRUCTURE_PROMPTS) entries = this.stripTemplate(entries, prompt);
    this.doc.supportStructure = this.freeText('supportStructure', s, entries);
  }

  private parseEvaluation(): void {
    const s = this.section('evaluation');
    if (!s) return;
    this.doc.evaluation = this.freeText('evaluation', s, this.entries(s));
  }

  private parseExtraSupport(): void {
    const s = this.section('extra');
    const limitsSection = this.section('limits');
    if (s) {
      let entries = this.stripTemplate(this.entries(s), EXTRA_SUPPORT_TEXT);
      entries = this.stripTemplate(entries, EXTRA_SUPPORT_FOOTNOTE);
      const paras = paragraphs(entries);
      const limitAt = limitsSection
        ? -1
        : paras.findIndex((p) => LIMIT_WORDS.test(p.map((e) => e.text).join(' ')));
      const supportParas = limitAt < 0 ? paras : paras.slice(0, limitAt);
      const limitParas = limitAt < 0 ? [] : paras.slice(limitAt);
      const withBlanks = (ps: Entry[][]): Entry[] =>
        ps.flatMap((p, k) => (k === 0 ? p : [{ index: -1, text: '', offset: 0 }, ...p]));
      this.doc.extraSupport = this.freeText('extraSupport', s, withBlanks(supportParas));
      this.doc.limits = this.freeText('limits', s, withBlanks(limitParas));
    }
    if (limitsSection) this.doc.limits = this.freeText('limits', limitsSection, this.entries(limitsSection));
  }

  // --- Funding ---

  private parseFunding(): void {
    const s = this.section('funding');
    if (!s) return;
    const entries = this.stripTemplate(this.entries(s), FUNDING_TEXT);
    const amountRe = /(?:€|\beur(?:o)?\b)\s*((?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?:[.,]\d{1,2}|,-{1,2}|,—)?)/i;
    let sawMoney: Entry | null = null;
    for (const e of entries) {
      const m = amountRe.exec(e.text);
      if (!m || m[1] === undefined) {
        if (/€|\beur(?:o)?\b/i.test(e.text) && !sawMoney) sawMoney = e;
        continue;
      }
      const amount = parseAmount(m[1]);
      if (amount === null || amount > 100_000_000) {
        sawMoney = e;
        continue;
      }
      this.doc.funding.amount = amount;
      const raw = this.lines[e.index] ?? '';
      this.prov('funding.amount', s, e.index, e.offset + e.text.indexOf(m[0]), raw);
      const yearHit =
        /\b(?:in|kalenderjaar|jaar|voor)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)/i.exec(e.text) ??
        /\b((?:20|19)\d{2})\b(?!\s*[-–/]\s*\d)/.exec(e.text.replace(m[0], ' '.repeat(m[0].length)));
      if (yearHit && yearHit[1]) {
        const year = Number(yearHit[1]);
        if (year >= 2000 && year <= 2100) {
          this.doc.funding.calendarYear = year;
          this.prov('funding.calendarYear', s, e.index, e.offset + e.text.indexOf(yearHit[1]), raw);
        }
      }
      return;
    }
    if (sawMoney) {
      this.warn(
        'funding.amount',
        'unparsed-amount',
        `Bedrag niet te lezen: '${truncate(sawMoney.text, 120)}'.`,
      );
    }
  }

  // --- Mark tables (HGW, partners, facilities) ---

  private parseMarkTable<C extends string>(section: Section | undefined, spec: MarkTableSpec<C>): void {
    if (!section) return;
    const entries = this.entries(section);
    const headerAt = entries.findIndex((e) => spec.header.test(fold(e.text)));
    let k = headerAt < 0 ? 0 : headerAt + 1;
    const headerLine = headerAt < 0 ? section.start : entries[headerAt]!.index;
    // Header cells that wrapped onto following lines.
    while (k < entries.length) {
      const f = fold(entries[k]!.text);
      if (f === '' || f.split(' ').every((w) => spec.headerWords.includes(w))) k += 1;
      else break;
    }
    let body = entries.slice(k);
    if (spec.kind === 'hgw') body = this.stripTemplate(body, HGW_TEXT);
    const rows: {
      row: MarkRow<C>;
      labelLines: number[];
      mark: { line: number; char: number } | null;
      cols: number[] | null;
      multiple: boolean;
    }[] = [];
    let pending: PendingLabel | null = null;
    const skip = spec.skip.map((t) => normaliseLabel(t));
    const kind = spec.kind;

    const flush = (mark: { line: number; char: number; cols: number[]; multiple: boolean } | null): void => {
      if (!pending) return;
      const label = collapse(pending.text);
      const lines = pending.lines;
      pending = null;
      if (label === '' || skip.some((s) => normaliseLabel(label).startsWith(s.slice(0, 40)))) return;
      rows.push({
        row: {
          code: matchCatalogLabel(kind, label),
          label: truncate(label, 1000),
          value: null,
          candidates: [],
        },
        labelLines: lines,
        mark: mark ? { line: mark.line, char: mark.char } : null,
        cols: mark ? mark.cols : null,
        multiple: mark?.multiple ?? false,
      });
    };

    for (const e of body) {
      const raw = e.text;
      if (collapse(raw) === '') continue;
      if (this.layout.rowStart(e.index) === true) flush(null);
      const mark = findMark(raw);
      const labelPart = mark ? mark.labelPart : collapse(raw);
      if (labelPart !== '') {
        const numberedStart = spec.numbered && /^\d+\s*[.)]/.test(labelPart);
        const current = pending;
        if (
          current &&
          (numberedStart ||
            (!continuesLabel(kind, current.text, labelPart) && isLabelPrefix(kind, labelPart)))
        ) {
          flush(null);
        }
        const now = pending;
        if (now) {
          now.text = joinLabel(kind, now.text, labelPart);
          now.lines.push(e.index);
        } else {
          // A label line right after a marked row may complete that row's label (mark on the first line).
          const last = rows[rows.length - 1];
          if (
            !mark &&
            last &&
            last.mark &&
            last.row.code === null &&
            matchCatalogLabel(kind, joinLabel(kind, last.row.label, labelPart)) !== null
          ) {
            last.row.label = joinLabel(kind, last.row.label, labelPart);
            last.row.code = matchCatalogLabel(kind, last.row.label);
            last.labelLines.push(e.index);
            continue;
          }
          pending = { text: labelPart, lines: [e.index] };
        }
      }
      if (mark) {
        const exact =
          mark.count === 1
            ? this.layout.columnOf(spec.table, headerLine, e.index, e.offset + mark.index)
            : null;
        const cols =
          exact !== null && exact >= 1 && exact <= spec.columns.length
            ? [exact]
            : spacingColumns(spec.columns.length, mark.before, mark.after);
        const markInfo = { line: e.index, char: e.offset + mark.index, cols, multiple: mark.count > 1 };
        if (pending) flush(markInfo);
        else {
          const last = rows[rows.length - 1];
          if (last && !last.mark) {
            last.mark = { line: markInfo.line, char: markInfo.char };
            last.cols = markInfo.cols;
            last.multiple = markInfo.multiple;
          } else {
            this.warn(
              `${spec.field}`,
              'other',
              `Markering op regel ${e.index + 1} hoort bij geen enkele rij; genegeerd.`,
            );
          }
        }
      }
    }
    flush(null);

    const out: MarkRow<C>[] = [];
    const seen = new Set<string>();
    rows.forEach((r) => {
      const i = out.length;
      const path = `${spec.field}[${i}]`;
      const row = r.row;
      if (row.code !== null && seen.has(row.code)) {
        this.warn(
          `${path}.code`,
          'other',
          `Rij '${row.label}' staat dubbel in de tabel; de tweede is zonder code bewaard.`,
        );
        row.code = null;
      } else if (row.code !== null) seen.add(row.code);
      else
        this.warn(
          path,
          'unknown-row',
          `Rij '${row.label}' staat niet in het sjabloon; bewaard met eigen label.`,
        );
      const firstLine = r.labelLines[0] ?? 0;
      const lastLine = Math.max(...r.labelLines, r.mark?.line ?? 0);
      const excerpt = this.excerptOf(firstLine, lastLine);
      this.prov(`${path}.label`, section, firstLine, 0, excerpt, r.labelLines[r.labelLines.length - 1]);
      if (r.mark && r.cols) {
        if (r.multiple) {
          this.warn(
            `${path}.${spec.valueField}`,
            'multiple-marks',
            `Rij '${row.label}': meer dan één markering; niets overgenomen.`,
          );
        } else if (r.cols.length === 1) {
          row.value = spec.columns[r.cols[0]! - 1] ?? null;
        } else {
          row.candidates = r.cols.map((c) => spec.columns[c - 1]).filter((c): c is C => c !== undefined);
          this.warn(
            `${path}.${spec.valueField}`,
            'ambiguous-cell',
            `Rij '${row.label}': de markering past bij meer dan één kolom (${row.candidates.join(' of ')}); controleer het origineel.`,
            [...row.candidates],
          );
        }
        this.prov(
          `${path}.${spec.valueField}`,
          section,
          r.mark.line,
          r.mark.char,
          excerpt,
          r.mark.line > firstLine ? r.mark.line : undefined,
        );
        if (r.mark.line > firstLine) {
          const p = this.doc.provenance[`${path}.${spec.valueField}`];
          if (p) {
            p.line = firstLine + 1;
            p.lineEnd = r.mark.line + 1;
            Object.assign(p, this.layout.locate(r.mark.line, r.mark.char));
          }
        }
      } else {
        this.warn(
          `${path}.${spec.valueField}`,
          'missing-value',
          `Rij '${row.label}': geen markering gevonden.`,
        );
      }
      out.push(row);
    });
    const mapped = out.map((r) => ({
      code: r.code,
      label: r.label,
      value: r.value,
      candidates: r.candidates,
    }));
    if (spec.field === 'hgw') {
      this.doc.hgw = mapped.map((r) => ({
        code: r.code as SopDocument['hgw'][number]['code'],
        label: r.label,
        status: r.value as SopDocument['hgw'][number]['status'],
        candidates: r.candidates as SopDocument['hgw'][number]['candidates'],
      }));
    } else if (spec.field === 'partners') {
      this.doc.partners = mapped.map((r) => ({
        code: r.code as SopDocument['partners'][number]['code'],
        label: r.label,
        frequency: r.value as SopDocument['partners'][number]['frequency'],
        candidates: r.candidates as SopDocument['partners'][number]['candidates'],
      }));
    } else {
      this.doc.facilities = mapped.map((r) => ({
        code: r.code as SopDocument['facilities'][number]['code'],
        label: r.label,
        status: r.value as SopDocument['facilities'][number]['status'],
        candidates: r.candidates as SopDocument['facilities'][number]['candidates'],
      }));
    }
  }

  private excerptOf(first: number, last: number): string {
    const parts: string[] = [];
    for (let i = first; i <= last && i < this.lines.length; i += 1)
      if (!this.removed[i]) parts.push(this.lines[i] ?? '');
    return parts.join(' ');
  }

  // --- Expertise ---

  private parseExpertise(): void {
    const s = this.section('expertise');
    if (!s) return;
    const entries = this.entries(s);
    const headerAt = entries.findIndex(
      (e) => /^ja\s*\/\s*nee\b/.test(fold(e.text)) || /uren beschikbaar/.test(fold(e.text)),
    );
    const headerLine = headerAt < 0 ? s.start : entries[headerAt]!.index;
    const body = entries.slice(headerAt < 0 ? 0 : headerAt + 1);

    interface Draft {
      label: string;
      labelLines: number[];
      available: boolean | null;
      answer: { line: number; char: number } | null;
      parts: string[];
      partLines: number[];
    }
    const drafts: Draft[] = [];
    let current: Draft | null = null;
    let open = false;
    let pending: PendingLabel | null = null;
    const answerOf = (word: string): boolean | null =>
      /^ja\b/i.test(word) ? true : /^nee\b/i.test(word) ? false : null;

    for (const e of body) {
      const trimmed = collapse(e.text);
      if (trimmed === '') {
        open = false;
        continue;
      }
      const cells = this.layout.cellsOf('expertise', headerLine, e.index);
      if (cells) {
        const [label = '', answer = '', availability = ''] = cells.map((c) => collapse(c));
        const startsRow =
          this.layout.rowStart(e.index) === true ||
          answer !== '' ||
          (current === null && label !== '') ||
          (label !== '' &&
            current !== null &&
            matchCatalogLabel('expertise', current.label) !== null &&
            isLabelPrefix('expertise', label) &&
            !continuesLabel('expertise', current.label, label));
        if (startsRow) {
          current = {
            label,
            labelLines: label ? [e.index] : [],
            available: answerOf(answer),
            answer: answer
              ? { line: e.index, char: Math.max(0, (this.lines[e.index] ?? '').indexOf(answer)) }
              : null,
            parts: availability ? [availability] : [],
            partLines: availability ? [e.index] : [],
          };
          drafts.push(current);
        } else if (current) {
          if (label) {
            current.label = current.label ? joinLabel('expertise', current.label, label) : label;
            current.labelLines.push(e.index);
          }
          if (availability) {
            current.parts.push(availability);
            current.partLines.push(e.index);
          }
        }
        continue;
      }
      const m = /(^|\s)(ja|nee)(?=$|[\s.,;:!])/i.exec(trimmed);
      const prefix = m ? trimmed.slice(0, m.index).trim() : null;
      const rest = m ? trimmed.slice(m.index + m[0].length).trim() : '';
      const rowStart = this.layout.rowStart(e.index) === true;
      const isRow =
        m !== null &&
        prefix !== null &&
        (prefix === ''
          ? pending !== null || !open || rowStart
          : !open ||
            rowStart ||
            isLabelPrefix('expertise', prefix) ||
            /^expertise\b/i.test(prefix) ||
            pending !== null);
      if (isRow && m) {
        const label = pending
          ? prefix
            ? joinLabel('expertise', pending.text, prefix)
            : pending.text
          : (prefix ?? '');
        const labelLines = pending ? [...pending.lines, ...(prefix ? [e.index] : [])] : [e.index];
        pending = null;
        const raw = this.lines[e.index] ?? '';
        const answerChar =
          e.offset +
          Math.max(
            0,
            raw.slice(e.offset).search(new RegExp(`(^|\\s)${m[2]}(?=$|[\\s.,;:!])`)) + (m[1] ? 1 : 0),
          );
        current = {
          label,
          labelLines,
          available: answerOf(m[2] ?? ''),
          answer: { line: e.index, char: answerChar },
          parts: rest ? [rest] : [],
          partLines: rest ? [e.index] : [],
        };
        drafts.push(current);
        open = true;
      } else if (open && current && !(matchCatalogLabel('expertise', trimmed) !== null && !m)) {
        current.parts.push(trimmed);
        current.partLines.push(e.index);
      } else if (pending) {
        pending.text = joinLabel('expertise', pending.text, trimmed);
        pending.lines.push(e.index);
      } else {
        pending = { text: trimmed, lines: [e.index] };
        open = false;
      }
    }
    const leftover = pending;
    if (leftover && matchCatalogLabel('expertise', leftover.text) !== null) {
      drafts.push({
        label: leftover.text,
        labelLines: leftover.lines,
        available: null,
        answer: null,
        parts: [],
        partLines: [],
      });
    }

    const rows: ExpertiseRow[] = [];
    const seen = new Set<string>();
    for (const d of drafts) {
      const label = truncate(collapse(d.label), 1000);
      if (label === '') {
        // An answer without a row label: keep it out, but say so.
        this.warn(
          'expertise',
          'other',
          `Antwoord op regel ${(d.answer?.line ?? 0) + 1} hoort bij geen rij; genegeerd.`,
        );
        continue;
      }
      const i = rows.length;
      const path = `expertise[${i}]`;
      let code = matchCatalogLabel('expertise', label);
      if (code !== null && seen.has(code)) {
        this.warn(
          `${path}.code`,
          'other',
          `Rij '${label}' staat dubbel in de tabel; de tweede is zonder code bewaard.`,
        );
        code = null;
      } else if (code !== null) seen.add(code);
      else
        this.warn(path, 'unknown-row', `Rij '${label}' staat niet in het sjabloon; bewaard met eigen label.`);
      const availability = boundedText(joinText(d.parts));
      rows.push({ code, label, available: d.available, availability });
      const first = d.labelLines[0] ?? d.answer?.line ?? 0;
      this.prov(
        `${path}.label`,
        s,
        first,
        0,
        this.excerptOf(first, d.labelLines[d.labelLines.length - 1] ?? first),
      );
      if (d.answer)
        this.prov(`${path}.available`, s, d.answer.line, d.answer.char, this.lines[d.answer.line] ?? '');
      if (d.available === null)
        this.warn(`${path}.available`, 'missing-value', `Rij '${label}': geen ja/nee ingevuld.`);
      if (availability !== null) {
        const a = d.partLines[0] ?? first;
        const b = d.partLines[d.partLines.length - 1] ?? a;
        const raw = this.lines[a] ?? '';
        const firstPart = d.parts[0] ?? '';
        this.prov(
          `${path}.availability`,
          s,
          a,
          Math.max(0, raw.indexOf(firstPart.slice(0, 20))),
          availability,
          b,
        );
      }
    }
    this.doc.expertise = rows;
  }

  // --- Extra aanbod ---

  private parseOffers(): void {
    const s = this.section('offers');
    if (!s) return;
    const entries = this.entries(s);
    const headerAt = entries.findIndex((e) => /^aanbod\s+periode\b/.test(fold(e.text)));
    const headerLine = headerAt < 0 ? s.start : entries[headerAt]!.index;
    const body = entries.slice(headerAt < 0 ? 0 : headerAt + 1);

    // Blocks: runs of non-blank lines (a DOCX row is always its own block).
    interface Block {
      lines: number[];
      offer: string[];
      period: string[];
      cells: boolean;
    }
    const blocks: Block[] = [];
    let block: Block | null = null;
    for (const e of body) {
      if (collapse(e.text) === '') {
        block = null;
        continue;
      }
      const cells = this.layout.cellsOf('offers', headerLine, e.index);
      if (!block || this.layout.rowStart(e.index) === true) {
        block = { lines: [], offer: [], period: [], cells: cells !== null };
        blocks.push(block);
      }
      block.lines.push(e.index);
      if (cells) {
        const [offer = '', period = ''] = cells;
        for (const part of offer.split('\n')) if (collapse(part)) block.offer.push(collapse(part));
        for (const part of period.split('\n')) if (collapse(part)) block.period.push(collapse(part));
      } else block.offer.push(collapse(e.text));
    }

    const doc = this.doc;
    let hinting = false;
    const noteParts: { text: string; line: number }[] = [];
    const addHint = (text: string, line: number): void => {
      const t = collapse(text);
      if (t === '') return;
      this.prov(
        `extraOfferHints[${doc.extraOfferHints.length}]`,
        s,
        line,
        Math.max(0, (this.lines[line] ?? '').indexOf(t)),
        this.lines[line] ?? t,
      );
      doc.extraOfferHints.push(truncate(t, 1000));
    };
    const addOffer = (
      offer: string,
      line: number,
      period: string | null,
      periodLine: number | null,
    ): void => {
      const i = doc.extraOffers.length;
      const o = truncate(offer, 5000);
      doc.extraOffers.push({ offer: o, period: period === null ? null : boundedText(period) });
      this.prov(
        `extraOffers[${i}].offer`,
        s,
        line,
        Math.max(0, (this.lines[line] ?? '').indexOf(offer.slice(0, 15))),
        offer,
      );
      if (period !== null && periodLine !== null) {
        this.prov(
          `extraOffers[${i}].period`,
          s,
          periodLine,
          Math.max(0, (this.lines[periodLine] ?? '').indexOf(period.slice(0, 15))),
          period,
        );
      }
    };
    const isNote = (t: string): boolean => countSentences(t) >= 2 || countWords(t) > 18;
    const isPeriod = (t: string): boolean =>
      PERIOD_WORDS.test(t) && countWords(t) <= 15 && countSentences(t) <= 1;

    for (const b of blocks) {
      const firstLine = b.lines[0] ?? headerLine;
      // Template hints: "Denk aan: ..." and the template's own examples after it.
      const offerLines = [...b.offer];
      const denk = offerLines.findIndex((t) => /^denk aan\s*:?/i.test(t));
      if (denk >= 0) {
        hinting = true;
        offerLines.forEach((t, k) => {
          if (k < denk) return;
          addHint(
            k === denk ? t.replace(/^denk aan\s*:?\s*/i, '') : t,
            b.lines[Math.min(k, b.lines.length - 1)] ?? firstLine,
          );
        });
        offerLines.splice(0, offerLines.length);
        if (b.period.length === 0) continue;
      }
      if (
        hinting &&
        !b.cells &&
        offerLines.length > 0 &&
        offerLines.every((t) => TEMPLATE_HINT_SET.has(fold(t)))
      ) {
        offerLines.forEach((t, k) => addHint(t, b.lines[k] ?? firstLine));
        continue;
      }
      if (
        hinting &&
        b.cells &&
        offerLines.every((t) => TEMPLATE_HINT_SET.has(fold(t))) &&
        offerLines.length > 0 &&
        b.period.length === 0
      ) {
        offerLines.forEach((t, k) => addHint(t, b.lines[k] ?? firstLine));
        continue;
      }
      hinting = false;
      const offerText = joinText(offerLines);
      const periodText = joinText(b.period);
      if (b.cells) {
        if (offerText !== '')
          addOffer(
            offerText,
            firstLine,
            periodText === '' ? null : periodText,
            periodText === '' ? null : (b.lines[0] ?? null),
          );
        else if (periodText !== '') {
          const last = doc.extraOffers[doc.extraOffers.length - 1];
          if (last && last.period === null && !isNote(periodText)) {
            last.period = boundedText(periodText);
            this.prov(`extraOffers[${doc.extraOffers.length - 1}].period`, s, firstLine, 0, periodText);
          } else noteParts.push({ text: periodText, line: firstLine });
        }
        continue;
      }
      if (offerText === '') continue;
      if (isNote(offerText)) noteParts.push({ text: offerText, line: firstLine });
      else if (
        isPeriod(offerText) &&
        doc.extraOffers.length > 0 &&
        doc.extraOffers[doc.extraOffers.length - 1]!.period === null
      ) {
        const i = doc.extraOffers.length - 1;
        doc.extraOffers[i]!.period = boundedText(offerText);
        this.prov(
          `extraOffers[${i}].period`,
          s,
          firstLine,
          Math.max(0, (this.lines[firstLine] ?? '').search(/\S/)),
          offerText,
          b.lines[b.lines.length - 1],
        );
      } else addOffer(offerText, firstLine, null, null);
    }
    if (noteParts.length > 0) {
      doc.extraOfferNote = boundedText(noteParts.map((n) => n.text).join('\n'));
      const first = noteParts[0]!;
      this.prov(
        'extraOfferNote',
        s,
        first.line,
        Math.max(0, (this.lines[first.line] ?? '').search(/\S/)),
        first.text,
      );
    }
  }
}

/** "46.130,-", "46130,00", "46 130", "46.130" → 46130; null when the text is no amount. */
export function parseAmount(text: string): number | null {
  let t = text.replace(/\s+/g, '').replace(/,[-—]+$/, '');
  let decimals = '';
  const comma = /,(\d{1,2})$/.exec(t);
  if (comma) {
    decimals = comma[1] ?? '';
    t = t.slice(0, comma.index);
  } else if (/\.\d{1,2}$/.test(t) && !/^\d{1,3}(\.\d{3})+$/.test(t)) {
    const dot = t.lastIndexOf('.');
    decimals = t.slice(dot + 1);
    t = t.slice(0, dot);
  }
  if (!/^\d{1,3}(?:\.\d{3})+$|^\d+$/.test(t)) return null;
  const value = Number(t.replace(/\./g, '') + (decimals ? `.${decimals}` : ''));
  return Number.isFinite(value) ? value : null;
}

const HGW_SPEC: MarkTableSpec<(typeof HGW_STATUS_CODES)[number]> = {
  table: 'hgw',
  kind: 'hgw',
  field: 'hgw',
  valueField: 'status',
  columns: HGW_STATUS_CODES,
  header: /^uitgangspunt(?:en)? hgw\b/,
  headerWords: ['op', 'orde', 'in', 'ontwikkeling', 'nog', 'te', 'starten'],
  numbered: true,
  skip: [HGW_HEADER_ROW],
};

const PARTNER_SPEC: MarkTableSpec<(typeof FREQUENCY_CODES)[number]> = {
  table: 'partner',
  kind: 'partner',
  field: 'partners',
  valueField: 'frequency',
  columns: FREQUENCY_CODES,
  header: /^betrokken experts\b|structureel\s+regelmatig/,
  headerWords: ['niet', 'van', 'toepassing'],
  numbered: false,
  skip: [],
};

const FACILITY_SPEC: MarkTableSpec<(typeof FACILITY_STATUS_CODES)[number]> = {
  table: 'facility',
  kind: 'facility',
  field: 'facilities',
  valueField: 'status',
  columns: FACILITY_STATUS_CODES,
  header: /^voorziening(?:en)?\b.*aanwezig|aanwezig in de school\s+niet van toepassing/,
  headerWords: ['aanwezig', 'in', 'de', 'school', 'niet', 'van', 'toepassing'],
  numbered: false,
  skip: [],
};

/** Parses template lines with the given layout knowledge. Throws `SopImportError('not-an-sop')`. */
export function parseSopLines(lines: readonly string[], layout: Layout): SopDocument {
  return new SopLineParser(lines, layout).parse();
}
