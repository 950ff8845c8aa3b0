/**
 * School names as SOP documents and DUO write them differ in prefixes (`OBS`, `RKBS`, `Basisschool`, `IKC`),
 * articles (`'t`, `het`), abbreviations (`St.` = `Sint`), hyphens and diacritics. `normaliseSchoolName` strips
 * those; `nameSimilarity` compares what is left with a token-set ratio (0..1).
 */

/** Words that say what kind or denomination a school is, not which school: dropped before comparing. */
const NOISE_WORDS: ReadonlySet<string> = new Set([
  'obs',
  'rkbs',
  'rk',
  'rkb',
  'pcbs',
  'cbs',
  'pcb',
  'ikc',
  'kc',
  'bs',
  'sbo',
  'so',
  'basisschool',
  'basisscholen',
  'school',
  'openbare',
  'openbaar',
  'katholieke',
  'rooms',
  'roomskatholieke',
  'christelijke',
  'protestants',
  'protestantschristelijke',
  'integraal',
  'integrale',
  'kindcentrum',
  'kindcentra',
  'speciale',
  'speciaal',
  'basisonderwijs',
  'onderwijs',
  'voor',
  'de',
  'het',
  't',
]);

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'sint'],
  ['sint', 'sint'],
  ['mgr', 'monseigneur'],
  ['dr', 'dokter'],
]);

/** `OBS 't Kabouterhuis` → `kabouterhuis`; `R.K.B.S. St. Jozef` → `sint jozef`; `Sint-Jozef` → `sint jozef`. */
export function normaliseSchoolName(name: string): string {
  return nameTokens(name).join(' ');
}

/** The distinguishing words of a school name, in their order. */
export function nameTokens(name: string): string[] {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Dotted abbreviations: `o.b.s.` → `obs`, `r.k.` → `rk` (a run of single letters with dots).
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .replace(/['’`]t\b/g, ' t ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (plain === '') return [];
  const tokens = plain.split(' ').map((t) => ABBREVIATIONS.get(t) ?? t);
  const kept = tokens.filter((t) => !NOISE_WORDS.has(t));
  // A name made only of noise words (`Openbare Basisschool`) keeps them rather than becoming empty.
  return kept.length > 0 ? kept : tokens;
}

/** Score of a name whose words are all in the other name: close, yet an exactly equal name ranks higher. */
export const SUBSET_SCORE = 0.95;

/** Length of the longest common subsequence of two strings. */
function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Indel similarity of two strings: 2·LCS / (|a| + |b|), 1 for two empty strings. */
export function ratio(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

/**
 * Token-set ratio (as in fuzzywuzzy/rapidfuzz): the shared words plus each side's remaining words, compared in
 * three pairs; the best pair wins. Word order and extra words on one side (`locatie Noord`) cost little.
 */
export function tokenSetRatio(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  const common = [...setA].filter((t) => setB.has(t)).sort();
  const onlyA = [...setA].filter((t) => !setB.has(t)).sort();
  const onlyB = [...setB].filter((t) => !setA.has(t)).sort();
  const base = common.join(' ');
  const withA = [base, onlyA.join(' ')].filter((s) => s !== '').join(' ');
  const withB = [base, onlyB.join(' ')].filter((s) => s !== '').join(' ');
  // One name holds all words of the other (`De Rank` / `De Rank locatie Noord`): close, but below an equal name.
  if (common.length > 0 && onlyA.length === 0 && onlyB.length === 0) return 1;
  if (common.length > 0 && (onlyA.length === 0 || onlyB.length === 0)) return SUBSET_SCORE;
  return Math.max(ratio(base, withA), ratio(base, withB), ratio(withA, withB));
}

/** Similarity (0..1) of two school names after normalisation; 1 when they normalise to the same words. */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.join(' ') === tb.join(' ')) return 1;
  return tokenSetRatio(ta, tb);
}
