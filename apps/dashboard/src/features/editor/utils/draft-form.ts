/**
 * Pure parts of a school editor's draft: the editable fields of a canonical SOP document in the template's order,
 * form values as text, and the changes a form makes (one `updateDraftField` per changed field path).
 */
import {
  catalogLabel,
  FACILITY_STATUSES,
  FREQUENCIES,
  HGW_STATUSES,
  schoolYearFromStart,
  schoolYearOf,
  schoolYearStart,
  type SopDocument,
} from '@sop-atlas/sop-model';
import { parseDutchAmount } from '../../../utils/format';

export type FieldKind = 'text' | 'textarea' | 'choice' | 'yes-no' | 'amount' | 'year';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export interface FieldSpec {
  /** Field path in the canonical document, as `updateDraftField` takes it. */
  readonly path: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly options?: readonly ChoiceOption[];
}

export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

export interface SectionTitles {
  readonly general: string;
  readonly vision: string;
  readonly supportStructure: string;
  readonly hgw: string;
  readonly expertise: string;
  readonly partners: string;
  readonly extraOffers: string;
  readonly facilities: string;
  readonly extraSupport: string;
  readonly funding: string;
  readonly evaluation: string;
}

export interface FieldLabels {
  readonly phone: string;
  readonly email: string;
  readonly website: string;
  readonly director: string;
  readonly mrChair: string;
  readonly boardChair: string;
  readonly drafted: string;
  readonly mrAdvice: string;
  readonly adopted: string;
  readonly vision: string;
  readonly supportStructure: string;
  readonly extraSupport: string;
  readonly limits: string;
  readonly extraOfferNote: string;
  readonly amount: string;
  readonly calendarYear: string;
  readonly evaluation: string;
  readonly available: (label: string) => string;
  readonly availability: (label: string) => string;
}

const toOptions = (scale: readonly { code: string; label: string }[]): ChoiceOption[] =>
  scale.map((s) => ({ value: s.code, label: s.label }));

const YES_NO: readonly ChoiceOption[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

/** A row's label: the catalog's Dutch label for a known code, else the school's own text. */
function rowLabel(
  kind: 'hgw' | 'expertise' | 'partner' | 'facility',
  row: { code: string | null; label: string },
) {
  return (row.code ? catalogLabel(kind, row.code) : undefined) ?? row.label;
}

/** Editable fields of `doc` grouped by template section, in template order (rows as the document has them). */
export function draftSections(doc: SopDocument, titles: SectionTitles, labels: FieldLabels): SectionSpec[] {
  return [
    {
      id: 'general',
      title: titles.general,
      fields: [
        { path: 'school.phone', label: labels.phone, kind: 'text' },
        { path: 'school.email', label: labels.email, kind: 'text' },
        { path: 'school.website', label: labels.website, kind: 'text' },
        { path: 'people.director', label: labels.director, kind: 'text' },
        { path: 'people.mrChair', label: labels.mrChair, kind: 'text' },
        { path: 'people.boardChair', label: labels.boardChair, kind: 'text' },
        { path: 'dates.drafted', label: labels.drafted, kind: 'text' },
        { path: 'dates.mrAdvice', label: labels.mrAdvice, kind: 'text' },
        { path: 'dates.adopted', label: labels.adopted, kind: 'text' },
      ],
    },
    {
      id: 'vision',
      title: titles.vision,
      fields: [{ path: 'vision', label: labels.vision, kind: 'textarea' }],
    },
    {
      id: 'support-structure',
      title: titles.supportStructure,
      fields: [{ path: 'supportStructure', label: labels.supportStructure, kind: 'textarea' }],
    },
    {
      id: 'hgw',
      title: titles.hgw,
      fields: doc.hgw.map((row, i) => ({
        path: `hgw[${i}].status`,
        label: rowLabel('hgw', row),
        kind: 'choice' as const,
        options: toOptions(HGW_STATUSES),
      })),
    },
    {
      id: 'expertise',
      title: titles.expertise,
      fields: doc.expertise.flatMap((row, i) => {
        const label = rowLabel('expertise', row);
        return [
          {
            path: `expertise[${i}].available`,
            label: labels.available(label),
            kind: 'yes-no' as const,
            options: YES_NO,
          },
          { path: `expertise[${i}].availability`, label: labels.availability(label), kind: 'text' as const },
        ];
      }),
    },
    {
      id: 'partners',
      title: titles.partners,
      fields: doc.partners.map((row, i) => ({
        path: `partners[${i}].frequency`,
        label: rowLabel('partner', row),
        kind: 'choice' as const,
        options: toOptions(FREQUENCIES),
      })),
    },
    {
      // the offers themselves are a list (see offerRows / offersChange); the section's free text is a field
      id: 'extra-offers',
      title: titles.extraOffers,
      fields: [{ path: 'extraOfferNote', label: labels.extraOfferNote, kind: 'textarea' }],
    },
    {
      id: 'facilities',
      title: titles.facilities,
      fields: doc.facilities.map((row, i) => ({
        path: `facilities[${i}].status`,
        label: rowLabel('facility', row),
        kind: 'choice' as const,
        options: toOptions(FACILITY_STATUSES),
      })),
    },
    {
      id: 'extra-support',
      title: titles.extraSupport,
      fields: [
        { path: 'extraSupport', label: labels.extraSupport, kind: 'textarea' },
        { path: 'limits', label: labels.limits, kind: 'textarea' },
      ],
    },
    {
      id: 'funding',
      title: titles.funding,
      fields: [
        { path: 'funding.amount', label: labels.amount, kind: 'amount' },
        { path: 'funding.calendarYear', label: labels.calendarYear, kind: 'year' },
      ],
    },
    {
      id: 'evaluation',
      title: titles.evaluation,
      fields: [{ path: 'evaluation', label: labels.evaluation, kind: 'textarea' }],
    },
  ];
}

/** `partners[9].frequency` → ['partners', 9, 'frequency']. */
export function pathSegments(path: string): (string | number)[] {
  return path
    .split(/\.|\[|\]/)
    .filter((s) => s.length > 0)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The value at a field path of a document (undefined when the path names nothing). */
export function valueAtPath(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const segment of pathSegments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

const amountFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, useGrouping: false });

/** A document value as the text of its form control ('' for empty). */
export function toFieldText(spec: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (spec.kind === 'yes-no') return value === true ? 'ja' : value === false ? 'nee' : '';
  if (spec.kind === 'amount' && typeof value === 'number') return amountFormat.format(value);
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

export type ParsedField =
  | { readonly ok: true; readonly value: string | number | boolean | null }
  | { readonly ok: false; readonly message: string };

export interface ParseMessages {
  readonly amount: string;
  readonly year: string;
  readonly choice: string;
}

/**
 * Form text → the document value: text trimmed (empty → null); `ja`/`nee` → boolean; an amount in Dutch
 * (`46.130`, `46130,50`, `€ 46.130`) → number; a calendar year → integer.
 */
export function parseFieldText(spec: FieldSpec, text: string, messages: ParseMessages): ParsedField {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      return { ok: true, value: spec.kind === 'textarea' ? text.replace(/\s+$/, '') : trimmed };
    case 'yes-no':
      if (trimmed === 'ja') return { ok: true, value: true };
      if (trimmed === 'nee') return { ok: true, value: false };
      return { ok: false, message: messages.choice };
    case 'choice':
      return spec.options?.some((o) => o.value === trimmed)
        ? { ok: true, value: trimmed }
        : { ok: false, message: messages.choice };
    case 'amount': {
      const value = parseDutchAmount(trimmed);
      return value !== null && value <= 100_000_000
        ? { ok: true, value }
        : { ok: false, message: messages.amount };
    }
    case 'year': {
      if (!/^\d{4}$/.test(trimmed)) return { ok: false, message: messages.year };
      const year = Number(trimmed);
      return year >= 2000 && year <= 2100 ? { ok: true, value: year } : { ok: false, message: messages.year };
    }
  }
}

export type FormValues = Readonly<Record<string, string>>;

/** The form's starting text per field path. */
export function initialValues(doc: SopDocument, sections: readonly SectionSpec[]): FormValues {
  const values: Record<string, string> = {};
  for (const section of sections) {
    for (const field of section.fields) values[field.path] = toFieldText(field, valueAtPath(doc, field.path));
  }
  return values;
}

export interface FieldChange {
  readonly path: string;
  readonly label: string;
  /** A scalar for one field; the whole list for `extraOffers`. */
  readonly value: string | number | boolean | null | readonly { offer: string; period: string | null }[];
}

export interface PendingChanges {
  readonly changes: readonly FieldChange[];
  /** Field path → why its text cannot be saved. */
  readonly errors: Readonly<Record<string, string>>;
}

/** What saving the form would change in `doc`: one change per field whose value differs; unparsable fields. */
export function pendingChanges(
  doc: SopDocument,
  sections: readonly SectionSpec[],
  values: FormValues,
  messages: ParseMessages,
): PendingChanges {
  const changes: FieldChange[] = [];
  const errors: Record<string, string> = {};
  for (const section of sections) {
    for (const field of section.fields) {
      const text = values[field.path];
      if (text === undefined) continue;
      const parsed = parseFieldText(field, text, messages);
      if (!parsed.ok) {
        errors[field.path] = parsed.message;
        continue;
      }
      const current = valueAtPath(doc, field.path) ?? null;
      if (parsed.value !== current)
        changes.push({ path: field.path, label: field.label, value: parsed.value });
    }
  }
  return { changes, errors };
}

/** School years a draft can be made for: the running one and the coming one. */
export function editableSchoolYears(today: Date): [string, string] {
  const current = schoolYearOf(today);
  return [current, schoolYearFromStart(schoolYearStart(current) + 1)];
}

export interface TrailEvent {
  readonly action: string;
  readonly actor: string;
  readonly occurredAt: string;
  readonly reason?: string | null;
}

export interface ReviewNote {
  readonly comment: string;
  readonly by: string;
  readonly at: string;
}

/**
 * The comment of the SWV's last send-back when nothing was submitted since (what the school still has to do);
 * null when the draft was never sent back or has been resubmitted. Events oldest first, as the audit trail gives.
 */
export function openReviewNote(events: readonly TrailEvent[]): ReviewNote | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i];
    if (event === undefined) continue;
    if (event.action === 'sop.submitted') return null;
    if (event.action === 'sop.sent-back') {
      return { comment: event.reason ?? '', by: event.actor, at: event.occurredAt };
    }
  }
  return null;
}

/**
 * The form after the draft under it changed (a save, or the newest version loaded after a conflict): fields the
 * user changed keep the user's text, all others take the new version's value.
 */
export function rebaseValues(oldBase: FormValues, current: FormValues, newBase: FormValues): FormValues {
  const next: Record<string, string> = { ...newBase };
  for (const [path, text] of Object.entries(current)) {
    if (text !== oldBase[path] && path in newBase) next[path] = text;
  }
  return next;
}

export interface YearSop {
  readonly id: string;
  readonly schoolYear: string;
  readonly status: string;
  readonly version: number;
}

/** A school year's open draft (draft or in review) and its published SOP, from the school's SOP list. */
export function sopsOfYear<S extends YearSop>(
  sops: readonly S[],
  schoolYear: string,
): { readonly open: S | null; readonly published: S | null } {
  const ofYear = sops.filter((s) => s.schoolYear === schoolYear);
  const newest = (status: string) =>
    ofYear.filter((s) => s.status === status).sort((a, b) => b.version - a.version)[0] ?? null;
  return { open: newest('IN_REVIEW') ?? newest('DRAFT'), published: newest('PUBLISHED') };
}

/** The year to show first: the editable year with an open draft (the running year first), else the coming year. */
export function defaultEditorYear(sops: readonly YearSop[], years: readonly [string, string]): string {
  return years.find((year) => sopsOfYear(sops, year).open !== null) ?? years[1];
}

/** One row of "2D Extra aanbod" in the form: what the school offers and when. */
export interface OfferRow {
  readonly offer: string;
  readonly period: string;
}

export function offerRows(doc: SopDocument): OfferRow[] {
  return doc.extraOffers.map((o) => ({ offer: o.offer, period: o.period ?? '' }));
}

export interface OffersChange {
  /** The whole list as one change (`extraOffers`), null when it equals the document's. */
  readonly change: FieldChange | null;
  /** Row index → why it cannot be saved. */
  readonly errors: Readonly<Record<number, string>>;
}

/**
 * The extra-offer list of the form against the document: rows left fully empty are dropped, a period without an
 * offer is an error, and any other difference (text, order, added or removed rows) replaces the list.
 */
export function offersChange(
  doc: SopDocument,
  rows: readonly OfferRow[],
  label: string,
  missingOffer: string,
): OffersChange {
  const errors: Record<number, string> = {};
  const list: { offer: string; period: string | null }[] = [];
  rows.forEach((row, i) => {
    const offer = row.offer.trim();
    const period = row.period.trim();
    if (offer === '' && period === '') return;
    if (offer === '') {
      errors[i] = missingOffer;
      return;
    }
    list.push({ offer, period: period === '' ? null : period });
  });
  const same =
    list.length === doc.extraOffers.length &&
    list.every(
      (o, i) => o.offer === doc.extraOffers[i]?.offer && o.period === (doc.extraOffers[i]?.period ?? null),
    );
  return { change: same ? null : { path: 'extraOffers', label, value: list }, errors };
}
