/**
 * The canonical SOP document: the versioned JSON interchange format (schemaVersion 1) every importer produces
 * and every consumer reads. Values live in a plain shape; where each value came from lives beside it in
 * `provenance`, keyed by the value's field path (e.g. `partners[9].frequency`). Nothing in a source document is
 * dropped: rows that match no catalog item keep their own label with `code: null`.
 */
import { z } from 'zod';
import {
  EXPERTISE_CODES,
  FACILITY_CODES,
  FACILITY_STATUS_CODES,
  FREQUENCY_CODES,
  HGW_CODES,
  HGW_STATUS_CODES,
  PARTNER_CODES,
  TEMPLATE_IDS,
} from './catalogs';

export const SOP_SCHEMA_VERSION = 1 as const;

const text = z.string().max(100_000);
const nullableText = text.nullable();

/** `2023-2024`: a school year runs 1 August to 31 July. */
export const schoolYearSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'schooljaar moet de vorm 2023-2024 hebben')
  .refine(
    (v) => Number(v.slice(5)) === Number(v.slice(0, 4)) + 1,
    'het tweede jaar moet volgen op het eerste',
  );

export const vestigingscodeSchema = z
  .string()
  .regex(/^\d{2}[A-Z]{2}\d{2}$/, 'vestigingscode moet de vorm 09QA00 hebben (BRIN + 2 cijfers)');

/** A rectangle on a PDF page in user-space units (points, origin bottom-left): x1 < x2, y1 < y2. */
export const pageBoxSchema = z
  .object({
    x1: z.number(),
    y1: z.number(),
    x2: z.number(),
    y2: z.number(),
  })
  .strict();
export type PageBox = z.infer<typeof pageBoxSchema>;

/** One value a table cell may hold and the box of the cell that stands for it (a column of the value's row). */
export const candidateCellSchema = z
  .object({
    value: z.string(),
    box: pageBoxSchema,
  })
  .strict();
export type CandidateCell = z.infer<typeof candidateCellSchema>;

export const provenanceSchema = z
  .object({
    /** How the value was read. */
    source: z.enum(['text', 'pdf', 'docx', 'manual', 'demo']),
    /** Template section, e.g. `2D Expertise van externe deskundigen`. */
    section: z.string().optional(),
    /** 1-based line range in extracted text. */
    line: z.number().int().positive().optional(),
    lineEnd: z.number().int().positive().optional(),
    /** 1-based character column in the text line. */
    column: z.number().int().nonnegative().optional(),
    /** 1-based page and position (PDF user-space units, origin bottom-left) of a PDF text run. */
    page: z.number().int().positive().optional(),
    x: z.number().optional(),
    y: z.number().optional(),
    /**
     * The drawn table cell (or, outside a drawn table, the text line or row) the value was read from, on `page`. For a
     * value that is missing or in doubt: the whole table row.
     */
    box: pageBoxSchema.optional(),
    /** For a table value: the cell of each value the row can hold, on `page` (the reviewer's candidates). */
    cells: z.array(candidateCellSchema).optional(),
    /** DOCX table cell (0-based table, row and cell index). */
    table: z.number().int().nonnegative().optional(),
    row: z.number().int().nonnegative().optional(),
    cell: z.number().int().nonnegative().optional(),
    /** The source text the value was read from (trimmed). */
    excerpt: z.string().max(2_000).optional(),
  })
  .strict();
export type Provenance = z.infer<typeof provenanceSchema>;

export const WARNING_CODES = [
  'ambiguous-cell',
  'unknown-row',
  'missing-section',
  'missing-value',
  'multiple-marks',
  'missing-row',
  'unparsed-amount',
  'foreign-template',
  'invalid-value',
  'other',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export const warningSchema = z
  .object({
    /** Field path the warning is about, e.g. `partners[9].frequency` (empty for the whole document). */
    path: z.string(),
    code: z.enum(WARNING_CODES),
    /** Dutch message for the reviewer. */
    message: z.string().min(1),
    /** Possible values where the source fits more than one. */
    candidates: z.array(z.string()).optional(),
  })
  .strict();
export type SopWarning = z.infer<typeof warningSchema>;

const rowLabel = z.string().min(1).max(1_000);

/** Which of the document's own dates counts as its date, most binding first. */
export const SOP_DATE_KINDS = ['adopted', 'mrAdvice', 'drafted'] as const;
export type SopDateKind = (typeof SOP_DATE_KINDS)[number];

/** A calendar date `2024-03-12` that exists (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum moet de vorm 2024-03-12 hebben')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'deze datum bestaat niet');

export const hgwRowSchema = z
  .object({
    code: z.enum(HGW_CODES).nullable(),
    label: rowLabel,
    status: z.enum(HGW_STATUS_CODES).nullable(),
    candidates: z.array(z.enum(HGW_STATUS_CODES)),
  })
  .strict();

export const expertiseRowSchema = z
  .object({
    code: z.enum(EXPERTISE_CODES).nullable(),
    label: rowLabel,
    /** The ja/nee column; null when the school left it empty. */
    available: z.boolean().nullable(),
    /** The "uren beschikbaar" text, as written. */
    availability: nullableText,
  })
  .strict();

export const partnerRowSchema = z
  .object({
    code: z.enum(PARTNER_CODES).nullable(),
    label: rowLabel,
    frequency: z.enum(FREQUENCY_CODES).nullable(),
    candidates: z.array(z.enum(FREQUENCY_CODES)),
  })
  .strict();

export const extraOfferSchema = z
  .object({
    offer: z.string().min(1).max(5_000),
    period: nullableText,
  })
  .strict();

export const facilityRowSchema = z
  .object({
    code: z.enum(FACILITY_CODES).nullable(),
    label: rowLabel,
    status: z.enum(FACILITY_STATUS_CODES).nullable(),
    candidates: z.array(z.enum(FACILITY_STATUS_CODES)),
  })
  .strict();

export const sopDocumentSchema = z
  .object({
    schemaVersion: z.literal(SOP_SCHEMA_VERSION),
    /** Template the document follows; null when it was not recognised (another SWV's format). */
    template: z.enum(TEMPLATE_IDS).nullable(),
    schoolYear: schoolYearSchema.nullable(),
    school: z
      .object({
        name: nullableText,
        vestigingscode: vestigingscodeSchema.nullable(),
        street: nullableText,
        houseNumber: nullableText,
        postcode: z
          .string()
          .regex(/^\d{4} ?[A-Z]{2}$/, 'postcode moet de vorm 2524 CK hebben')
          .nullable(),
        place: nullableText,
        phone: nullableText,
        email: nullableText,
        website: nullableText,
      })
      .strict(),
    people: z
      .object({
        director: nullableText,
        mrChair: nullableText,
        boardChair: nullableText,
      })
      .strict(),
    /** Dates as written next to "Datum:" (drafted, MR advice, adopted by the board). */
    dates: z
      .object({
        drafted: nullableText,
        mrAdvice: nullableText,
        adopted: nullableText,
      })
      .strict(),
    /**
     * The document's own date (`2024-03-12`), read from `dates`: the most binding kind the document fills in
     * (adopted by the board, else the MR's advice, else drafted). Null unless the document states exactly one
     * complete date there (a warning says why). Absent in documents stored before it was read (the same as null).
     */
    documentDate: isoDateSchema.nullable().optional(),
    /** Which of `dates` `documentDate` is (also set when that date is in doubt and `documentDate` is null). */
    documentDateKind: z.enum(SOP_DATE_KINDS).nullable().optional(),
    vision: nullableText,
    supportStructure: nullableText,
    hgw: z.array(hgwRowSchema),
    expertise: z.array(expertiseRowSchema),
    partners: z.array(partnerRowSchema),
    extraOffers: z.array(extraOfferSchema),
    /** Template hints ("Denk aan: ...") kept apart from what the school itself offers. */
    extraOfferHints: z.array(z.string()),
    /** Free text the school wrote in the extra-offer table that is not an offer (e.g. how it buys trainings). */
    extraOfferNote: nullableText,
    facilities: z.array(facilityRowSchema),
    extraSupport: nullableText,
    limits: nullableText,
    funding: z
      .object({
        /** Euro, as stated in the SOP. */
        amount: z.number().nonnegative().max(100_000_000).nullable(),
        calendarYear: z.number().int().min(2000).max(2100).nullable(),
      })
      .strict(),
    evaluation: nullableText,
    /** Template sections found and not found in the source (section titles in Dutch). */
    sections: z
      .object({
        found: z.array(z.string()),
        missing: z.array(z.string()),
      })
      .strict(),
    provenance: z.record(z.string(), provenanceSchema),
    warnings: z.array(warningSchema),
  })
  .strict();

export type SopDocument = z.infer<typeof sopDocumentSchema>;
export type HgwRow = z.infer<typeof hgwRowSchema>;
export type ExpertiseRow = z.infer<typeof expertiseRowSchema>;
export type PartnerRow = z.infer<typeof partnerRowSchema>;
export type ExtraOffer = z.infer<typeof extraOfferSchema>;
export type FacilityRow = z.infer<typeof facilityRowSchema>;

/** The template's section titles, in order (used for `sections.found`/`missing`). */
export const SOP_SECTIONS = [
  'Algemene gegevens',
  '1 Visie passend onderwijs',
  '2B Ondersteuningsstructuur',
  '2C Handelingsgericht werken',
  '2D Extra expertise binnen het team',
  '2D Expertise van externe deskundigen',
  '2D Extra aanbod',
  '2D Bijzondere voorzieningen',
  '3 Extra ondersteuning',
  '5 Financiën basisondersteuning',
  '6 Ontwikkeling/evaluatie',
] as const;
export type SopSection = (typeof SOP_SECTIONS)[number];

/** An empty document of the current template: the starting point of every importer and editor. */
export function emptySopDocument(): SopDocument {
  return {
    schemaVersion: SOP_SCHEMA_VERSION,
    template: null,
    schoolYear: null,
    school: {
      name: null,
      vestigingscode: null,
      street: null,
      houseNumber: null,
      postcode: null,
      place: null,
      phone: null,
      email: null,
      website: null,
    },
    people: { director: null, mrChair: null, boardChair: null },
    dates: { drafted: null, mrAdvice: null, adopted: null },
    documentDate: null,
    documentDateKind: null,
    vision: null,
    supportStructure: null,
    hgw: [],
    expertise: [],
    partners: [],
    extraOffers: [],
    extraOfferHints: [],
    extraOfferNote: null,
    facilities: [],
    extraSupport: null,
    limits: null,
    funding: { amount: null, calendarYear: null },
    evaluation: null,
    sections: { found: [], missing: [] },
    provenance: {},
    warnings: [],
  };
}
