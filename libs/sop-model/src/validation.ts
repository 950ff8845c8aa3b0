/** Runtime validation of canonical SOP documents, with errors that name the field path. */
import { type z } from 'zod';
import { type SopDocument, sopDocumentSchema } from './sop-document';

export interface ValidationError {
  /** Field path like `partners[9].frequency`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** `['partners', 9, 'frequency']` → `partners[9].frequency` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out.length === 0 ? String(part) : `.${String(part)}`;
  }
  return out;
}

function fromZod(error: z.ZodError): ValidationError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Checks beyond the shape: consistency between a value and its candidates, provenance keys that exist. */
function crossFieldErrors(doc: SopDocument): ValidationError[] {
  const errors: ValidationError[] = [];
  const rows = [
    ['hgw', doc.hgw.map((r) => [r.status, r.candidates] as const)],
    ['partners', doc.partners.map((r) => [r.frequency, r.candidates] as const)],
    ['facilities', doc.facilities.map((r) => [r.status, r.candidates] as const)],
  ] as const;
  for (const [table, values] of rows) {
    values.forEach(([value, candidates], index) => {
      if (value !== null && candidates.length > 0) {
        errors.push({
          path: `${table}[${index}].candidates`,
          message: 'een rij met een vastgestelde waarde mag geen kandidaten hebben',
        });
      }
      if (candidates.length === 1) {
        errors.push({
          path: `${table}[${index}].candidates`,
          message: 'één kandidaat is geen twijfel: zet die als waarde',
        });
      }
    });
  }
  const seen = new Map<string, number>();
  for (const [table, list] of [
    ['hgw', doc.hgw],
    ['expertise', doc.expertise],
    ['partners', doc.partners],
    ['facilities', doc.facilities],
  ] as const) {
    seen.clear();
    list.forEach((row, index) => {
      if (row.code === null) return;
      const first = seen.get(row.code);
      if (first !== undefined) {
        errors.push({
          path: `${table}[${index}].code`,
          message: `code '${row.code}' staat al in ${table}[${first}]`,
        });
      } else seen.set(row.code, index);
    });
  }
  return errors;
}

export function validateSopDocument(input: unknown): ValidationResult<SopDocument> {
  const parsed = sopDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZod(parsed.error) };
  const errors = crossFieldErrors(parsed.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

export class SopValidationError extends Error {
  constructor(readonly errors: readonly ValidationError[]) {
    super(
      `SOP-document is ongeldig:\n${errors.map((e) => `  - ${e.path || '(document)'}: ${e.message}`).join('\n')}`,
    );
    this.name = 'SopValidationError';
  }
}

/** Validates or throws a `SopValidationError` listing every failing field path. */
export function assertSopDocument(input: unknown): SopDocument {
  const result = validateSopDocument(input);
  if (!result.ok) throw new SopValidationError(result.errors);
  return result.value;
}
