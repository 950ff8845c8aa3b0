import { GraphQLError, type GraphQLSchema, coerceInputValue, isInputType } from 'graphql';
import { WERKGEBIED_CODES } from '@sop-atlas/sop-model';
import { checkSchoolYear } from '../common/args';
import { BadInputError } from '../common/errors/app-error';

/** A query-string parameter that must be present once. */
export function requiredParam(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new BadInputError(`${name} ontbreekt`, name);
  return value.trim();
}

export function optionalParam(value: unknown, name: string): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new BadInputError(`${name} mag maar één keer voorkomen`, name);
  return value.trim();
}

export function schoolYearParam(value: unknown, name = 'schoolYear'): string {
  const year = requiredParam(value, name);
  try {
    return checkSchoolYear(year, name);
  } catch (error) {
    if (error instanceof GraphQLError) throw new BadInputError(error.message, name);
    throw error;
  }
}

export function werkgebiedParam(value: unknown, name = 'werkgebied'): string | null {
  const code = optionalParam(value, name);
  if (code !== null && !(WERKGEBIED_CODES as readonly string[]).includes(code)) {
    throw new BadInputError(`onbekend werkgebied '${code}' (bekend: ${WERKGEBIED_CODES.join(', ')})`, name);
  }
  return code;
}

export function intParam(value: unknown, name: string, min: number, max: number): number | null {
  const text = optionalParam(value, name);
  if (text === null) return null;
  const n = Number(text);
  if (!/^-?[0-9]+$/.test(text) || !Number.isInteger(n) || n < min || n > max) {
    throw new BadInputError(
      `${name} moet een geheel getal tussen ${min} en ${max} zijn, niet '${text}'`,
      name,
    );
  }
  return n;
}

function pathText(name: string, path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${p}`), name);
}

/**
 * A JSON query parameter checked and coerced against a GraphQL input type of the API's own schema (e.g.
 * `SchoolFilter`), so REST exports accept exactly what the GraphQL argument accepts, with the same messages.
 */
export function graphqlInputParam<T>(
  schema: GraphQLSchema,
  typeName: string,
  value: unknown,
  name: string,
): T | null {
  const text = optionalParam(value, name);
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadInputError(`${name} is geen geldige JSON`, name);
  }
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`GraphQL input type ${typeName} ontbreekt`);
  const errors: { path: string; message: string }[] = [];
  const coerced = coerceInputValue(parsed, type, (path, _invalid, error) => {
    errors.push({ path: pathText(name, path), message: error.message });
  }) as T;
  const first = errors[0];
  if (first) throw new BadInputError(`${first.path}: ${first.message}`, first.path);
  return coerced;
}
