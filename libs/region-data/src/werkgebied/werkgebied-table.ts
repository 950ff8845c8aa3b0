/**
 * Postcode (PC4) to SPPOH werkgebied. No public table exists, so the mapping ships as an editable CSV
 * (`data/pc4-werkgebied.csv`, columns `pc4;werkgebied;opmerking`) that staff can correct; a school's werkgebied
 * can be corrected per school as well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WERKGEBIED_CODES, WERKGEBIEDEN, type WerkgebiedCode } from '@sop-atlas/sop-model';

/** zeker: from a reliable range; geschat: best judgement; gemengd: the PC4 straddles werkgebieden; onbekend: not in the table. */
export type WerkgebiedCertainty = 'zeker' | 'geschat' | 'gemengd' | 'onbekend';

export interface WerkgebiedTableEntry {
  readonly pc4: number;
  /** Null for a `gemengd` PC4. */
  readonly werkgebied: WerkgebiedCode | null;
  readonly certainty: Exclude<WerkgebiedCertainty, 'onbekend'>;
  /** For a `gemengd` PC4: the werkgebieden its opmerking names. */
  readonly candidates: readonly WerkgebiedCode[];
  readonly note: string | null;
  /** 1-based line in the CSV. */
  readonly line: number;
}

export interface WerkgebiedTable {
  readonly entries: ReadonlyMap<number, WerkgebiedTableEntry>;
}

export interface WerkgebiedLookup {
  werkgebied: WerkgebiedCode | null;
  certainty: WerkgebiedCertainty;
  /** Possible werkgebieden of a `gemengd` PC4 (empty otherwise). */
  candidates: WerkgebiedCode[];
}

export class WerkgebiedTableError extends Error {
  constructor(readonly problems: readonly { line: number; message: string }[]) {
    super(
      `PC4-werkgebiedtabel ongeldig:\n${problems.map((p) => `  - regel ${p.line}: ${p.message}`).join('\n')}`,
    );
    this.name = 'WerkgebiedTableError';
  }
}

const GEMENGD = 'gemengd';
const isWerkgebied = (value: string): value is WerkgebiedCode =>
  (WERKGEBIED_CODES as readonly string[]).includes(value);

/**
 * Parses the table. Lines starting with `#` and blank lines are ignored; the first other line must be the header
 * `pc4;werkgebied;opmerking`. `pc4` is one PC4 or a range `2281-2289`; every problem is reported with its line.
 */
export function parseWerkgebiedTable(csvText: string): WerkgebiedTable {
  const entries = new Map<number, WerkgebiedTableEntry>();
  const problems: { line: number; message: string }[] = [];
  let headerSeen = false;
  csvText
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const text = raw.trim();
      if (text.length === 0 || text.startsWith('#')) return;
      const cells = text.split(';').map((c) => c.trim());
      if (!headerSeen) {
        headerSeen = true;
        if (
          cells
            .slice(0, 3)
            .map((c) => c.toLowerCase())
            .join(';') !== 'pc4;werkgebied;opmerking'
        ) {
          problems.push({ line, message: `kopregel moet 'pc4;werkgebied;opmerking' zijn, niet '${text}'` });
        }
        return;
      }
      if (cells.length > 3) {
        problems.push({
          line,
          message: `${cells.length} velden, verwacht 3 (gebruik geen ';' in de opmerking)`,
        });
        return;
      }
      const [pc4Cell = '', werkgebiedCell = '', noteCell = ''] = cells;
      const range = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(pc4Cell);
      const from = range ? Number(range[1]) : NaN;
      const to = range?.[2] === undefined ? from : Number(range[2]);
      if (!range || from < 1000 || to < from) {
        problems.push({ line, message: `'${pc4Cell}' is geen PC4 of reeks zoals 2281-2289` });
        return;
      }
      const code = werkgebiedCell.toLowerCase();
      if (code !== GEMENGD && !isWerkgebied(code)) {
        problems.push({
          line,
          message: `onbekend werkgebied '${werkgebiedCell}' (verwacht ${WERKGEBIED_CODES.join(', ')} of gemengd)`,
        });
        return;
      }
      const note = noteCell.length > 0 ? noteCell : null;
      const candidates =
        code === GEMENGD
          ? WERKGEBIED_CODES.filter((c) =>
              new RegExp(`(^|[^a-z-])${c}($|[^a-z-])`).test((note ?? '').toLowerCase()),
            )
          : [];
      if (code === GEMENGD && candidates.length < 2) {
        problems.push({
          line,
          message: `gemengd: noem minstens twee werkgebieden in de opmerking (bijv. "gemengd: centrum, laak")`,
        });
        return;
      }
      for (let pc4 = from; pc4 <= to; pc4 += 1) {
        const earlier = entries.get(pc4);
        if (earlier !== undefined) {
          problems.push({ line, message: `PC4 ${pc4} staat al op regel ${earlier.line}` });
          return;
        }
        entries.set(pc4, {
          pc4,
          werkgebied: code === GEMENGD ? null : code,
          certainty: code === GEMENGD ? 'gemengd' : /geschat/i.test(note ?? '') ? 'geschat' : 'zeker',
          candidates,
          note,
          line,
        });
      }
    });
  if (!headerSeen)
    problems.push({ line: 1, message: 'tabel is leeg (kopregel pc4;werkgebied;opmerking ontbreekt)' });
  if (problems.length > 0) throw new WerkgebiedTableError(problems);
  return { entries };
}

/** Gemeenten that are one werkgebied each: the gemeente code decides directly. */
const WERKGEBIED_BY_GEMEENTE: ReadonlyMap<string, WerkgebiedCode> = new Map(
  WERKGEBIEDEN.filter((w) => w.gemeenteCode !== '0518').map((w) => [w.gemeenteCode, w.code]),
);

/**
 * The werkgebied of a postcode (`2524 CK`, `2524CK` or `2524`). A gemeente code of Rijswijk (0603) or
 * Leidschendam-Voorburg (1916) decides directly; another code outside SPPOH (not 0518) gives `onbekend`.
 */
export function werkgebiedForPostcode(
  postcode: string | null | undefined,
  table: WerkgebiedTable,
  gemeenteCode?: string | null,
): WerkgebiedLookup {
  if (gemeenteCode !== undefined && gemeenteCode !== null && gemeenteCode.trim().length > 0) {
    const code = gemeenteCode.trim().padStart(4, '0');
    const direct = WERKGEBIED_BY_GEMEENTE.get(code);
    if (direct !== undefined) return { werkgebied: direct, certainty: 'zeker', candidates: [] };
    if (code !== '0518') return { werkgebied: null, certainty: 'onbekend', candidates: [] };
  }
  const match = /^\s*(\d{4})\s*(?:[A-Za-z]{2})?\s*$/.exec(postcode ?? '');
  const entry = match ? table.entries.get(Number(match[1])) : undefined;
  if (entry === undefined) return { werkgebied: null, certainty: 'onbekend', candidates: [] };
  return { werkgebied: entry.werkgebied, certainty: entry.certainty, candidates: [...entry.candidates] };
}

/** The package root (holds `data/`), from `src/werkgebied` under Jest and from `dist/werkgebied` after a build. */
export const REGION_DATA_ROOT = join(__dirname, '..', '..');
export const DEFAULT_WERKGEBIED_TABLE_PATH = join(REGION_DATA_ROOT, 'data', 'pc4-werkgebied.csv');

let defaultTable: WerkgebiedTable | undefined;

/** The shipped table (`data/pc4-werkgebied.csv`), read once. */
export function loadDefaultWerkgebiedTable(): WerkgebiedTable {
  defaultTable ??= parseWerkgebiedTable(readFileSync(DEFAULT_WERKGEBIED_TABLE_PATH, 'utf8'));
  return defaultTable;
}
