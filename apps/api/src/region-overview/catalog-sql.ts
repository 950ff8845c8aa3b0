import { CATALOGS, type CatalogKind } from '@sop-atlas/sop-model';

/**
 * What "a school has the item" means in compare and region overview (one definition, in SQL):
 * expertise `in-team` (not bought in), facility `aanwezig`, partner at least `regelmatig` (frequency_rank >= 2:
 * structureel or regelmatig), HGW principle `op-orde`. Rows a school added without a catalog code are left out.
 */
export const PARTNER_MINIMUM_RANK = 2;

/**
 * One row per catalog row of an SOP: `(sop_id, kind, code, value, has)`. `sopIds` is SQL selecting the SOP ids
 * to read (e.g. `SELECT id FROM chosen`), pushed into every branch so each table is read by its primary key.
 */
export function catalogItemRowsSql(sopIds: string): string {
  return `
  SELECT sop_id, 'hgw'::text AS kind, code, status AS value, coalesce(status = 'op-orde', false) AS has
    FROM sop_hgw WHERE code IS NOT NULL AND sop_id = ANY(ARRAY(${sopIds}))
  UNION ALL
  SELECT sop_id, 'expertise', code, availability_kind, availability_kind = 'in-team'
    FROM sop_expertise WHERE code IS NOT NULL AND sop_id = ANY(ARRAY(${sopIds}))
  UNION ALL
  SELECT sop_id, 'partner', code, frequency, coalesce(frequency_rank >= ${PARTNER_MINIMUM_RANK}, false)
    FROM sop_partner WHERE code IS NOT NULL AND sop_id = ANY(ARRAY(${sopIds}))
  UNION ALL
  SELECT sop_id, 'facility', code, status, coalesce(status = 'aanwezig', false)
    FROM sop_facility WHERE code IS NOT NULL AND sop_id = ANY(ARRAY(${sopIds}))`;
}

export const CATALOG_KINDS: readonly CatalogKind[] = ['hgw', 'expertise', 'partner', 'facility'];

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
  const among = large ? `sop_id IN (${sopIds})` : `sop_id = ANY(ARRAY(${sopIds}))`;
  return `
  SELECT sop_id, 'hgw'::text AS kind, code FROM sop_hgw WHERE code IS NOT NULL AND status = 'op-orde' AND ${among}
  UNION ALL
  SELECT sop_id, 'expertise', code FROM sop_expertise
    WHERE code IS NOT NULL AND availability_kind = 'in-team' AND ${among}
  UNION ALL
  SELECT sop_id, 'partner', code FROM sop_partner
    WHERE code IS NOT NULL AND frequency_rank >= ${PARTNER_MINIMUM_RANK} AND ${among}
  UNION ALL
  SELECT sop_id, 'facility', code FROM sop_facility WHERE code IS NOT NULL AND status = 'aanwezig' AND ${among}`;
}
