/**
 * The werkgebied of a school from where it stands: Den Haag's wijk (PDOK's `wijknaam`) → stadsdeel from the table
 * in `data/wijk-stadsdeel.csv` (domain.md's indeling), Rijswijk and Leidschendam-Voorburg by gemeente; otherwise the
 * PC4 table as an offline estimate (`geschat` unless the PC4 is sure).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WERKGEBIED_CODES, type WerkgebiedCode } from '@sop-atlas/sop-model';
import { type WerkgebiedTable, werkgebiedForPostcode, REGION_DATA_ROOT } from './werkgebied-table';

/** `Wijk 38 Laakkwartier en Spoorwijk` / `Laakkwartier & Spoorwijk` → `laakkwartier en spoorwijk`. */
export function wijkKey(wijk: string): string {
  return wijk
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*wijk\s+\d+\s*/, '')
    .replace(/&/g, ' en ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

export type WijkTable = ReadonlyMap<string, WerkgebiedCode>;

/** `wijk;werkgebied` lines (`#` comments); an unknown werkgebied code is an error naming the line. */
export function parseWijkTable(csvText: string): WijkTable {
  const table = new Map<string, WerkgebiedCode>();
  csvText.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || i === 0) return;
    const [wijk = '', code = ''] = line.split(';').map((c) => c.trim());
    if (!(WERKGEBIED_CODES as readonly string[]).includes(code))
      throw new Error(`wijk-stadsdeeltabel regel ${i + 1}: onbekend werkgebied '${code}'`);
    table.set(wijkKey(wijk), code as WerkgebiedCode);
  });
  return table;
}

let defaultWijkTable: WijkTable | undefined;

export function loadDefaultWijkTable(): WijkTable {
  defaultWijkTable ??= parseWijkTable(
    readFileSync(join(REGION_DATA_ROOT, 'data', 'wijk-stadsdeel.csv'), 'utf8'),
  );
  return defaultWijkTable;
}

/** How a werkgebied was decided (stored with the school). */
export type WerkgebiedDecision =
  | { werkgebied: WerkgebiedCode; source: 'pdok' | 'gemeente' | 'postcode' | 'geschat'; note: string }
  | { werkgebied: null; source: null; note: string };

const GEMEENTE_WERKGEBIED: Readonly<Record<string, WerkgebiedCode>> = {
  '0603': 'rijswijk',
  '1916': 'leidschendam-voorburg',
};

/** Den Haag's PC4s with a werkgebied in the table, for the nearest-PC4 estimate. */
function nearestKnownPc4(pc4: number, table: WerkgebiedTable): WerkgebiedCode | null {
  let best: { distance: number; werkgebied: WerkgebiedCode } | null = null;
  for (const entry of table.entries.values()) {
    const werkgebied = entry.werkgebied ?? entry.candidates[0] ?? null;
    if (werkgebied === null || entry.pc4 < 2491 || entry.pc4 > 2599) continue;
    const distance = Math.abs(entry.pc4 - pc4);
    if (best === null || distance < best.distance) best = { distance, werkgebied };
  }
  return best?.werkgebied ?? null;
}

/**
 * Decides a school's werkgebied: the gemeente for Rijswijk and Leidschendam-Voorburg; in Den Haag the wijk when it
 * is known (from PDOK) and in the table; else the PC4 table: a sure PC4 as `postcode`, an estimated one, a mixed
 * one (its first named werkgebied) or a missing Den Haag PC4 (the nearest PC4 in the table) as `geschat`.
 */
export function decideWerkgebied(
  input: { postcode: string | null; gemeenteCode: string | null; wijk?: string | null },
  table: WerkgebiedTable,
  wijken: WijkTable = loadDefaultWijkTable(),
): WerkgebiedDecision {
  const gemeente = input.gemeenteCode?.trim().padStart(4, '0') ?? null;
  if (gemeente !== null && GEMEENTE_WERKGEBIED[gemeente] !== undefined)
    return { werkgebied: GEMEENTE_WERKGEBIED[gemeente], source: 'gemeente', note: `gemeente ${gemeente}` };
  if (input.wijk !== undefined && input.wijk !== null && (gemeente === null || gemeente === '0518')) {
    const byWijk = wijken.get(wijkKey(input.wijk));
    if (byWijk !== undefined) return { werkgebied: byWijk, source: 'pdok', note: `wijk ${input.wijk}` };
  }
  if (gemeente !== null && gemeente !== '0518')
    return { werkgebied: null, source: null, note: `gemeente ${gemeente} hoort niet bij SPPOH` };
  const lookup = werkgebiedForPostcode(input.postcode, table, gemeente);
  if (lookup.werkgebied !== null)
    return {
      werkgebied: lookup.werkgebied,
      source: lookup.certainty === 'zeker' ? 'postcode' : 'geschat',
      note: `postcodetabel (${lookup.certainty})`,
    };
  const first = lookup.candidates[0];
  if (lookup.certainty === 'gemengd' && first !== undefined)
    return {
      werkgebied: first,
      source: 'geschat',
      note: `postcode ligt in ${lookup.candidates.join(' en ')}; ${first} geschat`,
    };
  const pc4 = /^\s*(\d{4})/.exec(input.postcode ?? '')?.[1];
  if (pc4 !== undefined && Number(pc4) >= 2491 && Number(pc4) <= 2599) {
    const nearest = nearestKnownPc4(Number(pc4), table);
    if (nearest !== null)
      return {
        werkgebied: nearest,
        source: 'geschat',
        note: `PC4 ${pc4} niet in de tabel; dichtstbijzijnde PC4`,
      };
  }
  return { werkgebied: null, source: null, note: input.postcode === null ? 'geen postcode' : `PC4 onbekend` };
}
