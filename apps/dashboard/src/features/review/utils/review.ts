/** Pure parts of reviewing a draft: Dutch errors of the review mutations and readable audit values. */
import type { GraphQLErrorEntry } from '../../../graphql/client';

export interface ReviewErrorMessages {
  readonly conflict: string;
  readonly unresolved: string;
  readonly forbidden: string;
  readonly unauthenticated: string;
  readonly notFound: string;
  readonly other: (message: string) => string;
}

export type ReviewErrorKind =
  'conflict' | 'unresolved' | 'forbidden' | 'unauthenticated' | 'not-found' | 'other';

/** The kind of a failed review call, from the first GraphQL error's `extensions.code`. */
export function reviewErrorKind(errors: readonly GraphQLErrorEntry[]): ReviewErrorKind {
  const code = errors[0]?.extensions?.['code'];
  if (code === 'CONFLICT') return 'conflict';
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'NOT_FOUND') return 'not-found';
  // publishSop refuses unresolved ambiguous cells as a bad `force` argument.
  if (code === 'BAD_USER_INPUT' && errors[0]?.extensions?.['argument'] === 'force') return 'unresolved';
  return 'other';
}

export function reviewErrorMessage(
  errors: readonly GraphQLErrorEntry[],
  fallback: string,
  messages: ReviewErrorMessages,
): string {
  const kind = reviewErrorKind(errors);
  switch (kind) {
    case 'conflict':
      return messages.conflict;
    case 'unresolved':
      return messages.unresolved;
    case 'forbidden':
      return messages.forbidden;
    case 'unauthenticated':
      return messages.unauthenticated;
    case 'not-found':
      return messages.notFound;
    default:
      return messages.other(errors[0]?.message ?? fallback);
  }
}

/** An audit value (JSON text) as short readable text: strings without quotes, null as a dash. */
export function auditValueText(json: string | null | undefined, max = 120): string {
  if (json === null || json === undefined) return '–';
  let text: string;
  try {
    const value: unknown = JSON.parse(json);
    text = value === null ? '–' : typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    text = json;
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const auditTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** An ISO time of the audit trail in Dutch, Amsterdam time (`28 nov 2026, 14:05`); invalid gives a dash. */
export function auditTimeText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '–' : auditTimeFormat.format(date);
}

/** The field paths the audit events name, sorted (for a per-field filter). */
export function auditFieldPaths(events: readonly { readonly path?: string | null }[]): string[] {
  const paths = new Set<string>();
  for (const event of events) if (event.path) paths.add(event.path);
  return [...paths].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The events of one field path and the fields under it (as the API's `auditTrail(path:)`); '' keeps all. */
export function eventsOfField<E extends { readonly path?: string | null }>(
  events: readonly E[],
  path: string,
): E[] {
  if (path === '') return [...events];
  return events.filter(
    (e) => e.path === path || (e.path ?? '').startsWith(`${path}.`) || (e.path ?? '').startsWith(`${path}[`),
  );
}

/**
 * The value a candidate of a warning stands for: the importer names the ja/nee of an expertise row `ja` or `nee`
 * (the field itself is a yes/no), every other candidate is the catalog code the field holds.
 */
export function candidateValue(path: string, candidate: string): string | boolean {
  if (/\.available$/.test(path) && (candidate === 'ja' || candidate === 'nee')) return candidate === 'ja';
  return candidate;
}
