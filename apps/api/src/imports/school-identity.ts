/** The school part of a canonical SOP, and the kind a name suggests. */
import { type SchoolKind, type SopDocument } from '@sop-atlas/sop-model';

/** The kind a school's name suggests (`SBO De Piramide`); only for schools DUO does not describe. */
export function schoolKindOf(name: string): SchoolKind {
  if (/\b(sbo|speciaal basisonderwijs)\b/i.test(name)) return 'SBO';
  if (/\b(so|speciaal onderwijs)\b/i.test(name)) return 'SO';
  return 'BAO';
}

export type SchoolIdentity = SopDocument['school'];
