/** Background map sources for the school map; chosen in the UI (`?kaart=`), PDOK by default. */
export const TILE_SOURCES = {
  pdok: {
    url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png',
    attribution: 'Kaartgegevens © Kadaster (PDOK BRT-Achtergrondkaart)',
  },
  osm: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap-bijdragers',
  },
  geen: { url: null, attribution: '' },
} as const satisfies Record<string, { url: string | null; attribution: string }>;

export type TileSourceId = keyof typeof TILE_SOURCES;
export const TILE_SOURCE_IDS = Object.keys(TILE_SOURCES) as TileSourceId[];

export function readTileSource(value: string | null): TileSourceId {
  return TILE_SOURCE_IDS.find((id) => id === value) ?? 'pdok';
}

/**
 * Whether the background map could load: `failed` once a tile failed while none has loaded (offline, a blocked
 * tile server), so the map says so instead of showing a grey box; a later tile that loads makes it `ok` again.
 */
export type TileStatus = 'waiting' | 'ok' | 'failed';

export function nextTileStatus(status: TileStatus, event: 'tileload' | 'tileerror'): TileStatus {
  if (event === 'tileload') return 'ok';
  return status === 'ok' ? 'ok' : 'failed';
}
