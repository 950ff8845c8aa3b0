import { schoolYearStart } from '@sop-atlas/sop-model';
import { BadInputError, NotFoundError } from './errors/app-error';
import { decodeCursor } from './pagination/connection';
import { isUuid } from './uuid';

/**
 * The argument checks shared by resolvers, controllers and services: each returns the checked value or throws the
 * `AppError` that names the argument (a malformed id is NOT_FOUND, like an unknown one; the rest BAD_USER_INPUT).
 */

/** An id that must be a uuid: anything else names nothing (`School met schoolId 'x' bestaat niet`). */
export function requireUuid(value: string, what: string, argument: string): string {
  if (!isUuid(value)) throw new NotFoundError(what, argument, value);
  return value;
}

/** `2023-2024`: a school year written as the API writes them. */
export function checkSchoolYear(value: string, argument: string): string {
  try {
    schoolYearStart(value);
  } catch {
    throw new BadInputError(`ongeldig schooljaar '${value}' (verwacht bijvoorbeeld 2023-2024)`, argument);
  }
  return value;
}

/** A text of at most `max` characters; `required`: present and not blank. */
export function checkText(
  value: string | null | undefined,
  argument: string,
  max: number,
  required: boolean,
): void {
  if (value === null || value === undefined) {
    if (required) throw new BadInputError(`${argument} is verplicht`, argument);
    return;
  }
  if ((required && value.trim().length === 0) || value.length > max) {
    throw new BadInputError(`${argument} moet 1..${max} tekens hebben`, argument);
  }
}

/** An `after` cursor of a list sorted by one text key and the id: `[key, id]`. */
export function keyAndIdCursor(after: string, argument = 'after'): [string, string] {
  const key = decodeCursor(after, argument);
  const [sortKey, id] = key;
  if (key.length !== 2 || typeof sortKey !== 'string' || typeof id !== 'string' || !isUuid(id)) {
    throw new BadInputError(`ongeldige cursor '${after}'`, argument);
  }
  return [sortKey, id];
}
