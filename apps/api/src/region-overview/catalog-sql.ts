import { CATALOGS, type CatalogKind } from '@sop-atlas/sop-model';

/**
 * What "a school has the item" means in compare and region overview (one definition, in SQL):
 * expertise `in-team` (not bought in), facility `aanwezig`, partner at least `regelmatig` (frequency_rank >= 2:
 * structureel or regelmatig), HGW principle `op-orde`. Rows a school added without a catalog code are left out.
 */
export const PARTNER_MINIMUM_RANK = 2;

export const CATALOG_ITEM_ROWS_SQL = `
  SELECT sop_id, 'hgw'::text AS kind, code, status AS value, coalesce(status = 'op-orde', false) AS has
    FROM sop_hgw WHERE code IS NOT NULL
  UNION ALL
  SELECT sop_id, 'expertise', code, availability_kind, availability_kind = 'in-team'
    FROM sop_expertise WHERE code IS NOT NULL
  UNION ALL
  SELECT sop_id, 'partner', code, frequency, coalesce(frequency_rank >= ${PARTNER_MINIMUM_RANK}, false)
    FROM sop_partner WHERE code IS NOT NULL
  UNION ALL
  SELECT sop_id, 'facility', code, status, coalesce(status = 'aanwezig', false)
    FROM sop_facility WHERE code IS NOT NULL`;

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
