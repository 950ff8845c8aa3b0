import { describe, expect, it } from '@jest/globals';
import { nextTileStatus, readTileSource, type TileStatus } from './tiles';

describe('nextTileStatus', () => {
  it.each<[string, readonly ('tileload' | 'tileerror')[], TileStatus]>([
    ['nothing yet', [], 'waiting'],
    ['every tile fails (offline, blocked server)', ['tileerror', 'tileerror'], 'failed'],
    ['tiles load', ['tileload', 'tileload'], 'ok'],
    ['one tile fails after others loaded', ['tileload', 'tileerror'], 'ok'],
    ['the server comes back', ['tileerror', 'tileload'], 'ok'],
  ])('%s → %s', (_case, events, expected) => {
    expect(events.reduce(nextTileStatus, 'waiting' as TileStatus)).toBe(expected);
  });
});

describe('readTileSource', () => {
  it.each([
    ['osm', 'osm'],
    ['geen', 'geen'],
    [null, 'pdok'],
    ['google', 'pdok'],
  ])('%s → %s', (value, expected) => {
    expect(readTileSource(value)).toBe(expected);
  });
});
