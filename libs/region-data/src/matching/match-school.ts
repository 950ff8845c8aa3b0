/**
 * Which known school an SOP document belongs to, decided on what the document states, strongest first:
 * vestigingscode, then postcode + house number, then postcode + name similarity. Never a guess: without a
 * confident match the answer is `unmatched` with the best suggestions, and a new school is only ever made by an
 * explicit choice of SWV staff (elsewhere).
 */
import {
  compactPostcode,
  gemeenteOfPlace,
  houseNumberDigits,
  normaliseHouseNumber,
  type SchoolAddress,
} from './address';
import { nameSimilarity } from './school-name';

/** A known school as the matcher needs it. */
export interface MatchCandidate {
  id: string;
  name: string;
  vestigingscode: string | null;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  place: string | null;
  gemeenteCode: string | null;
}

/** What the document says about its school (the address already re-read with `schoolAddressOf`). */
export interface DocumentSchool {
  name: string | null;
  vestigingscode: string | null;
  address: SchoolAddress;
}

export type MatchRule = 'vestigingscode' | 'adres' | 'naam-postcode';

export interface MatchSuggestion {
  schoolId: string;
  name: string;
  postcode: string | null;
  /** Name similarity 0..1 after normalisation. */
  score: number;
  /** Dutch: why this school is suggested. */
  reason: string;
}

export type SchoolMatch =
  | {
      kind: 'matched';
      schoolId: string;
      rule: MatchRule;
      /** Name similarity; below 1 the names differ after normalisation (`naam wijkt af van DUO`). */
      score: number;
      nameDiffers: boolean;
      schoolName: string;
    }
  | { kind: 'unmatched'; reason: string; suggestions: MatchSuggestion[] };

/** Name similarity from which postcode + name counts as the same school. */
export const NAME_MATCH_THRESHOLD = 0.8;
/** The best candidate must lead the next one by this much, else the choice is left to staff. */
export const NAME_MATCH_MARGIN = 0.1;
/** At the same address, a name this dissimilar is a different school (two schools may share a building). */
export const SAME_ADDRESS_MIN_SIMILARITY = 0.35;
const MAX_SUGGESTIONS = 3;
/** Below this name similarity a school is only suggested when it shares the PC4. */
export const SUGGESTION_MIN_SIMILARITY = 0.6;

interface Scored {
  candidate: MatchCandidate;
  score: number;
}

function score(name: string | null, candidate: MatchCandidate): number {
  return name === null ? 0 : nameSimilarity(name, candidate.name);
}

function matched(rule: MatchRule, best: Scored, name: string | null): SchoolMatch {
  return {
    kind: 'matched',
    schoolId: best.candidate.id,
    rule,
    score: best.score,
    nameDiffers: name !== null && best.score < 1,
    schoolName: best.candidate.name,
  };
}

/** The single best of `scored` when it reaches `min` and leads the second by the margin; else null. */
function confident(scored: readonly Scored[], min: number): Scored | null {
  const [best, second] = [...scored].sort((a, b) => b.score - a.score);
  if (best === undefined || best.score < min) return null;
  if (second !== undefined && best.score - second.score < NAME_MATCH_MARGIN) return null;
  return best;
}

/**
 * Matches the document's school against `candidates` (the caller passes the schools that share the vestigingscode,
 * the PC4 or the gemeente: the matcher itself never reads the database).
 */
export function matchSchool(document: DocumentSchool, candidates: readonly MatchCandidate[]): SchoolMatch {
  const { name, address } = document;
  if (document.vestigingscode !== null) {
    const byCode = candidates.find((c) => c.vestigingscode === document.vestigingscode);
    if (byCode !== undefined)
      return matched('vestigingscode', { candidate: byCode, score: score(name, byCode) }, name);
  }

  const pc6 = address.postbus ? null : compactPostcode(address.postcode);
  const atPostcode = pc6 === null ? [] : candidates.filter((c) => compactPostcode(c.postcode) === pc6);
  const house = normaliseHouseNumber(address.houseNumber);
  if (house !== null && atPostcode.length > 0) {
    const exact = atPostcode.filter((c) => normaliseHouseNumber(c.houseNumber) === house);
    const sameNumber =
      exact.length > 0
        ? exact
        : atPostcode.filter((c) => houseNumberDigits(c.houseNumber) === houseNumberDigits(house));
    const scored = sameNumber.map((candidate) => ({ candidate, score: score(name, candidate) }));
    const [only] = scored;
    if (
      scored.length === 1 &&
      only !== undefined &&
      (name === null || only.score >= SAME_ADDRESS_MIN_SIMILARITY)
    )
      return matched('adres', only, name);
    if (scored.length > 1) {
      const best = confident(scored, SAME_ADDRESS_MIN_SIMILARITY);
      if (best !== null) return matched('adres', best, name);
    }
  }
  if (name !== null && atPostcode.length > 0) {
    const best = confident(
      atPostcode.map((candidate) => ({ candidate, score: score(name, candidate) })),
      NAME_MATCH_THRESHOLD,
    );
    if (best !== null) return matched('naam-postcode', best, name);
  }
  return {
    kind: 'unmatched',
    reason: unmatchedReason(document, atPostcode.length),
    suggestions: suggest(document, candidates),
  };
}

function unmatchedReason(document: DocumentSchool, atPostcode: number): string {
  const { name, address } = document;
  if (name === null && address.postcode === null)
    return 'het document noemt geen schoolnaam en geen postcode';
  if (address.postbus)
    return `alleen een postbusadres (${address.postcode ?? 'zonder postcode'}); kies de school`;
  if (address.postcode === null)
    return `geen postcode in het document; '${name ?? ''}' niet zeker te koppelen`;
  if (atPostcode === 0) return `geen bekende school op postcode ${address.postcode}`;
  return `op postcode ${address.postcode} ${atPostcode === 1 ? 'staat één school' : `staan ${atPostcode} scholen`} waarvan de naam niet zeker past bij '${name ?? '(geen naam)'}'`;
}

/** The best few candidates by name similarity, same postcode and gemeente counting in their favour. */
function suggest(document: DocumentSchool, candidates: readonly MatchCandidate[]): MatchSuggestion[] {
  const pc6 = compactPostcode(document.address.postcode);
  const pc4 = pc6?.slice(0, 4) ?? null;
  const gemeente = gemeenteOfPlace(document.address.place)?.code ?? null;
  return candidates
    .map((c) => {
      const similarity = score(document.name, c);
      const cpc = compactPostcode(c.postcode);
      const samePc6 = pc6 !== null && cpc === pc6;
      const samePc4 = pc4 !== null && cpc?.slice(0, 4) === pc4;
      const sameGemeente = gemeente !== null && c.gemeenteCode === gemeente;
      const rank = similarity + (samePc6 ? 0.5 : samePc4 ? 0.2 : 0) + (sameGemeente ? 0.05 : 0);
      const where = samePc6
        ? 'zelfde postcode'
        : samePc4
          ? 'zelfde postcodegebied'
          : sameGemeente
            ? 'zelfde gemeente'
            : null;
      const reason = [`naam lijkt ${Math.round(similarity * 100)}%`, where]
        .filter((p) => p !== null)
        .join(', ');
      // A school far away with a name that is hardly alike is noise, not a suggestion.
      const worthIt = samePc4 || similarity >= SUGGESTION_MIN_SIMILARITY;
      return {
        worthIt,
        rank,
        suggestion: {
          schoolId: c.id,
          name: c.name,
          postcode: c.postcode,
          score: Math.round(similarity * 100) / 100,
          reason,
        },
      };
    })
    .filter((s) => s.worthIt && s.rank >= 0.3)
    .sort((a, b) => b.rank - a.rank || a.suggestion.name.localeCompare(b.suggestion.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.suggestion);
}
