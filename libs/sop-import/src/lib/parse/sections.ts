/** The template's sections: how their headings read, where they are in the lines, and whether this is the template. */
import { SOP_SECTIONS, type SopSection } from '@sop-atlas/sop-model';
import { SopImportError } from '../errors';
import { TEMPLATE_TITLE } from '../template-texts';
import { collapse, fold } from '../text-utils';
import { type ParseContext } from './context';

export type SectionKey =
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

export interface SectionDef {
  readonly key: SectionKey;
  readonly re: RegExp;
  readonly title?: SopSection;
  /** Field path that a missing-section warning points at. */
  readonly field?: string;
}

export const SECTION_DEFS: readonly SectionDef[] = [
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

export interface Section {
  readonly key: SectionKey;
  readonly title?: SopSection;
  /** 0-based index of the heading line. */
  readonly heading: number;
  /** First body line (inclusive) and end (exclusive). */
  readonly start: number;
  readonly end: number;
}

export const PAGE_HEADER = /^model\s+schoolondersteuningsprofiel\b.*\d+\s*-\s*\d+\s*\.?$/i;
const LONE_URL = /^(?:https?:\/\/|www\.)[^\s]+$/i;

/**
 * Finds the section headings. They are searched in template order (a list item like "D. Preventieve en licht
 * curatieve interventies" early in section 2 is not the heading of 2D); a heading out of order is still found,
 * anywhere.
 */
export function findSections(ctx: ParseContext): Section[] {
  const total = ctx.lines.length;
  const isHeading = (i: number, def: SectionDef): boolean => {
    const f = ctx.folded[i] ?? '';
    return !ctx.removed[i] && f.length <= 90 && def.re.test(f);
  };
  const found: { def: SectionDef; line: number }[] = [];
  const used = new Set<number>();
  let cursor = -1;
  for (const def of SECTION_DEFS) {
    let line = -1;
    for (let i = cursor + 1; i < total && line < 0; i += 1) if (isHeading(i, def)) line = i;
    if (line >= 0) cursor = line;
    else for (let i = 0; i < total && line < 0; i += 1) if (!used.has(i) && isHeading(i, def)) line = i;
    if (line < 0 || used.has(line)) continue;
    used.add(line);
    found.push({ def, line });
  }
  found.sort((a, b) => a.line - b.line);
  return found.map((f, k) => {
    const next = found[k + 1];
    const s: Section = { key: f.def.key, heading: f.line, start: f.line + 1, end: next ? next.line : total };
    return f.def.title ? { ...s, title: f.def.title } : s;
  });
}

/**
 * The lines of the general part (Algemene gegevens, or everything before the first heading); lone URL lines outside
 * it are page artefacts of pdf-to-text and are removed.
 */
export function generalRange(ctx: ParseContext): [number, number] {
  const general = ctx.section('general');
  const firstHeading = ctx.sections[0]?.heading ?? ctx.lines.length;
  const range: [number, number] = general ? [0, general.end] : [0, firstHeading];
  ctx.lines.forEach((l, i) => {
    if ((i < range[0] || i >= range[1]) && LONE_URL.test(collapse(l))) ctx.removed[i] = true;
  });
  return range;
}

/** True when the lines follow the Haaglanden model SOP: its title, its page header, or three of its markers. */
export function detectTemplate(ctx: ParseContext): boolean {
  const text = ctx.folded;
  const title = fold(TEMPLATE_TITLE);
  if (text.some((l) => l === title || l.startsWith(`${title} `))) return true;
  if (ctx.lines.some((l) => PAGE_HEADER.test(collapse(l)))) return true;
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

/**
 * Records which sections were found and which are missing, with their warnings. Throws
 * `SopImportError('not-an-sop')` when neither a section nor the school's identity was found.
 */
export function recordSections(ctx: ParseContext, recognised: boolean): void {
  const { doc } = ctx;
  const hasIdentity = [doc.school.name, doc.school.street, doc.school.email, doc.school.postcode].some(
    (v) => v !== null,
  );
  const foundTitles = new Set(
    ctx.sections.map((s) => s.title).filter((t): t is SopSection => t !== undefined),
  );
  if (foundTitles.size === 0 && !hasIdentity) {
    throw new SopImportError(
      'not-an-sop',
      'geen SOP herkend: geen enkele sectie en geen schoolgegevens gevonden',
    );
  }
  doc.sections.found = SOP_SECTIONS.filter((t) => foundTitles.has(t));
  doc.sections.missing = SOP_SECTIONS.filter((t) => !foundTitles.has(t));
  if (!recognised) {
    doc.warnings.unshift({
      path: '',
      code: 'foreign-template',
      message:
        'Dit document volgt niet het Haaglanden model-SOP 2021-2025; alleen herkenbare gegevens (school, jaar, vrije tekst) zijn overgenomen.',
    });
  }
  for (const title of doc.sections.missing) {
    const def = SECTION_DEFS.find((d) => d.title === title);
    ctx.warn(def?.field ?? '', 'missing-section', `Sectie '${title}' niet gevonden.`);
  }
}
