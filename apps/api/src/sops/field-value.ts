import { type SopDocument } from '@sop-atlas/sop-model';
import { parseFieldPath } from './field-path';

/** The value at a field path of a document (null when the path names nothing), for the audit trail's old value. */
export function valueAt(document: SopDocument, path: string): unknown {
  let node: unknown = document;
  for (const segment of parseFieldPath(path)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node ?? null;
}
