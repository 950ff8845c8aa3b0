import { describe, expect, it } from '@jest/globals';
import type { LocationSource } from '../../../graphql/generated/graphql';
import { locationNote, locationText } from './location';

describe('where a school’s point comes from, in words', () => {
  it.each<[LocationSource | null, string, string | null]>([
    ['PDOK', 'op het adres geplaatst (PDOK)', null],
    [
      'GESCHAT',
      'geschat uit de postcode, niet uit het adres (locatie bij benadering)',
      'Locatie: geschat uit de postcode, niet uit het adres',
    ],
    ['MANUAL', 'door het SWV op de kaart gezet', 'Locatie: door het SWV op de kaart gezet'],
    ['DEMO', 'verzonnen voor de demo', null],
    [null, 'onbekend: de school staat niet op de kaart', null],
  ])('%s: profile "%s", map and list %j', (source, profile, note) => {
    expect(locationText(source)).toBe(profile);
    expect(locationNote(source)).toBe(note);
  });

  it('never shows the API’s code', () => {
    for (const source of ['PDOK', 'GESCHAT', 'MANUAL', 'DEMO'] as const) {
      for (const text of [locationText(source), locationNote(source) ?? '']) {
        expect(text).not.toMatch(/\b(GESCHAT|MANUAL|DEMO|manual|pdok)\b/);
      }
    }
  });
});
