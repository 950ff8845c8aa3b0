/** Pure parts of data health: a coordinate typed the Dutch way, and the map's starting point. */

/** Degrees from text: a decimal comma or point, spaces around; null when it is no number. */
export function parseDegrees(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d{1,3}(?:\.\d+)?$/.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

/** Degrees as Dutch text with up to six decimals (`52,071234`). */
export function formatDegrees(value: number): string {
  return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
}

/** The region's centre (Den Haag), where a pin for a school without coordinates starts. */
export const REGION_CENTRE = { latitude: 52.07, longitude: 4.31 } as const;
