import { CATALOGS, type CatalogKind } from '@sop-atlas/sop-model';

/** Partners count as "the school has them" from this frequency rank (2: structureel or regelmatig). */
export const PARTNER_MINIMUM_RANK = 2;

export const CATALOG_KINDS: readonly CatalogKind[] = ['hgw', 'expertise', 'partner', 'facility'];

/** Where a catalog kind's rows live: the row table and the column holding a school's answer. */
export interface CatalogRowTable {
  table: string;
  value: string;
  /** "The school has the item", as a SQL condition on a row of `table` aliased `alias`. */
  has: (alias: string) => string;
}

/**
 * What "a school has the item" means, the one definition every SQL builder uses (search, school detail, compare,
 * region overview, exports): expertise `in-team` (not bought in), facility `aanwezig`, partner at least
 * `regelmatig` (frequency_rank >= 2), HGW principle `op-orde`. Rows a school added without a catalog code are
 * never counted (`code IS NOT NULL` in every builder below).
 */
export const CATALOG_ROWS: Readonly<Record<CatalogKind, CatalogRowTable>> = {
  hgw: { table: 'sop_hgw', value: 'status', has: (r) => `${r}.status = 'op-orde'` },
  expertise: {
    table: 'sop_expertise',
    value: 'availability_kind',
    has: (r) => `${r}.availability_kind = 'in-team'`,
  },
  partner: {
    table: 'sop_partner',
    value: 'frequency',
    has: (r) => `${r}.frequency_rank >= ${PARTNER_MINIMUM_RANK}`,
  },
  facility: { table: 'sop_facility', value: 'status', has: (r) => `${r}.status = 'aanwezig'` },
};

/** One SQL branch per catalog kind, joined with UNION ALL (`branch` gets the kind and its row table). */
export function unionPerKind(branch: (kind: CatalogKind, rows: CatalogRowTable) => string): string {
  return CATALOG_KINDS.map((kind) => branch(kind, CATALOG_ROWS[kind])).join('\n  UNION ALL');
}

/**
 * One row per catalog row of an SOP: `(sop_id, kind, code, value, has)`. `sopIds` is SQL selecting the SOP ids
 * to read (e.g. `SELECT id FROM chosen`), pushed into every branch so each table is read by its primary key.
 */
export function catalogItemRowsSql(sopIds: string): string {
  return unionPerKind(
    (kind, { table, value, has }) => `
  SELECT r.sop_id, '${kind}'::text AS kind, r.code, r.${value}::text AS value, coalesce(${has('r')}, false) AS has
    FROM ${table} r WHERE r.code IS NOT NULL AND r.sop_id = ANY(ARRAY(${sopIds}))`,
  );
}

export interface CatalogEntry {
  kind: CatalogKind;
  code: string;
  label: string;
}

/** Every catalog item in template order: HGW, expertise, partners, facilities. */
export function catalogEntries(): CatalogEntry[] {
  return CATALOG_KINDS.flatMap((kind) =>
    CATALOGS[kind].map((item) => ({ kind, code: item.code, label: item.label })),
  );
}

/**
 * Only the rows where a school has the item: `(sop_id, kind, code)`. Cheaper than `catalogItemRowsSql` for counts.
 * `sopIds` as in `catalogItemRowsSql`; `large` reads big id sets with a hash semi-join instead of index lookups.
 */
export function catalogHasRowsSql(sopIds: string, large = false): string {
  const among = large ? `r.sop_id IN (${sopIds})` : `r.sop_id = ANY(ARRAY(${sopIds}))`;
  return unionPerKind(
    (kind, { table, has }) => `
  SELECT r.sop_id, '${kind}'::text AS kind, r.code FROM ${table} r
    WHERE r.code IS NOT NULL AND ${has('r')} AND ${among}`,
  );
}
