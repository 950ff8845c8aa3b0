/**
 * "In the team" versus "bought in when needed": the ja/nee column alone does not say it. Schools often answer
 * "Nee" and write "Wanneer nodig wordt ... expertise ingekocht", or "Ja" with "we nemen contact op met ...".
 */
import { type ExpertiseAvailability } from './catalogs';

const BOUGHT_IN = [
  /\bingekocht\b/,
  /\binkopen\b/,
  /\bwordt\s+(?:er\s+)?ingehuurd\b/,
  /\binhuren\b/,
  /\bnemen\s+(?:we\s+)?contact\s+op\b/,
  /\bcontact\s+opnemen\b/,
  /\bextern(?:e)?\b/,
  /\bvia\s+(?:het\s+)?(?:samenwerkingsverband|swv|expertisecentrum|bestuur)\b/,
  /\bwanneer\s+nodig\b/,
  /\bindien\s+nodig\b/,
  /\bzo\s+nodig\b/,
  /\bop\s+afroep\b/,
];

const IN_TEAM = [
  /\bgehele\s+week\b/,
  /\bhele\s+week\b/,
  /\b\d+(?:[.,]\d+)?\s*(?:uur|uren|dag|dagen|dagdelen|dagdeel)\b/,
  /\b(?:een|één|twee|drie|vier|vijf)\s+(?:dag|dagen|dagdelen|dagdeel|ochtend(?:en)?|middag(?:en)?)\b/,
  /\bin\s+(?:het\s+)?team\b/,
  /\b(?:specialist|coördinator|coordinator|intern begeleider|leerkracht)\b/,
];

/**
 * Classifies one expertise row. Rules, in order: no answer → onbekend; "nee" with a buying-in phrase → ingekocht,
 * otherwise geen; "ja" with only a buying-in phrase (no hours, days or team role) → ingekocht; "ja" → in-team.
 */
export function classifyExpertise(
  available: boolean | null,
  availability: string | null,
): ExpertiseAvailability {
  const text = (availability ?? '').toLowerCase();
  const boughtIn = BOUGHT_IN.some((re) => re.test(text));
  const inTeam = IN_TEAM.some((re) => re.test(text));
  if (available === null) {
    if (inTeam && !boughtIn) return 'in-team';
    return boughtIn ? 'ingekocht' : 'onbekend';
  }
  if (!available) return boughtIn ? 'ingekocht' : 'geen';
  if (boughtIn && !inTeam) return 'ingekocht';
  return 'in-team';
}
