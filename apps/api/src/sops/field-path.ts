/**
 * Field paths of a canonical SOP document (`partners[9].frequency`, `school.postcode`), as used by warnings,
 * provenance and validation errors: parsing and replacing one value in a copy of the document.
 */
import { type SopDocument, validateSopDocument } from '@sop-atlas/sop-model';

export type PathSegment = string | number;

export class FieldPathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`veld '${path}' ${reason}`);
    this.name = 'FieldPathError';
  }
}

/** Parts of the document that are written by importers only, never corrected by hand. */
const READ_ONLY_ROOTS = new Set(['schemaVersion', 'provenance', 'warnings', 'sections']);

const SEGMENT = /^(?:\.?([A-Za-z][A-Za-z0-9]*)|\[(\d{1,6})\])/;

export function parseFieldPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let rest = path;
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    const name = match?.[1];
    const index = match?.[2];
    if (!match || (segments.length === 0 && match[0].startsWith('.'))) {
      throw new FieldPathError(path, 'is geen geldig veldpad (verwacht bijvoorbeeld partners[9].frequency)');
    }
    segments.push(name !== undefined ? name : Number(index));
    rest = rest.slice(match[0].length);
  }
  if (segments.length === 0) throw new FieldPathError(path, 'is leeg');
  return segments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A deep copy of `document` with the value at `path` replaced. Only existing fields can be set (no new keys, no
 * array growth). Setting a decided value on a table row clears that row's `candidates` (the doubt is settled).
 */
export function setFieldValue(document: SopDocument, path: string, value: unknown): unknown {
  const segments = parseFieldPath(path);
  const root = segments[0];
  if (typeof root === 'string' && READ_ONLY_ROOTS.has(root)) {
    throw new FieldPathError(path, 'kan niet met de hand worden gecorrigeerd');
  }
  const copy = structuredClone(document) as unknown;
  let parent: unknown = copy;
  for (let i = 0; i < segments.length - 1; i += 1) {
    parent = child(parent, segments[i] as PathSegment, path);
  }
  const leaf = segments[segments.length - 1] as PathSegment;
  child(parent, leaf, path); // throws when the field does not exist
  if (typeof leaf === 'number' && Array.isArray(parent)) parent[leaf] = value;
  else if (typeof leaf === 'string' && isRecord(parent)) {
    parent[leaf] = value;
    if (leaf !== 'candidates' && Array.isArray(parent['candidates']) && value !== null)
      parent['candidates'] = [];
  }
  return copy;
}

export type FieldChange =
  | { ok: true; document: SopDocument }
  | { ok: false; argument: 'path' | 'value'; message: string; fields: string[] };

/**
 * One hand correction of an SOP: the value at `path` replaced, the whole document validated again, and the field's
 * provenance marked `manual`. Review (staff) and editing (school editors) both go through here.
 */
export function changeField(document: SopDocument, path: string, value: unknown): FieldChange {
  let changed: unknown;
  try {
    changed = setFieldValue(document, path, value);
  } catch (error) {
    if (error instanceof FieldPathError)
      return { ok: false, argument: 'path', message: error.message, fields: [] };
    throw error;
  }
  const validation = validateSopDocument(changed);
  if (!validation.ok) {
    return {
      ok: false,
      argument: 'value',
      message: `ongeldige waarde voor '${path}': ${validation.errors
        .map((e) => `${e.path || '(document)'}: ${e.message}`)
        .join('; ')}`,
      fields: validation.errors.map((e) => e.path),
    };
  }
  const corrected = validation.value;
  corrected.provenance[path] = { ...(document.provenance[path] ?? {}), source: 'manual' };
  return { ok: true, document: corrected };
}

function child(parent: unknown, segment: PathSegment, path: string): unknown {
  if (typeof segment === 'number') {
    if (!Array.isArray(parent) || segment >= parent.length) {
      throw new FieldPathError(path, 'bestaat niet in dit SOP (geen rij met dat nummer)');
    }
    return parent[segment] as unknown;
  }
  if (!isRecord(parent) || !Object.prototype.hasOwnProperty.call(parent, segment)) {
    throw new FieldPathError(path, 'bestaat niet in het SOP-document');
  }
  return parent[segment];
}

/** True when a warning on `warningPath` is about the corrected `path` (the field itself or a part of it). */
export function pathCovers(path: string, warningPath: string): boolean {
  return warningPath === path || warningPath.startsWith(`${path}.`) || warningPath.startsWith(`${path}[`);
}
