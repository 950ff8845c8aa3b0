import { regionStrings } from '../region/strings.nl';
import { reviewStrings } from './strings.nl';

/**
 * Beheer lists the concepts (draft or in review) of every school year; the Regio-overzicht counts those of the year
 * it shows (same statuses). Both labels say which, so "0" beside "(8)" is not a contradiction.
 */
describe('the two concept counts say what they count', () => {
  it.each([
    [
      'Regio-overzicht, one year',
      regionStrings.insights.review('2024-2025'),
      /^Concepten 2024-2025 .*beoordeling/,
    ],
    ['Beheer, every year', reviewStrings.list.caption(8), /^Concepten van alle schooljaren \(8\)$/],
  ])('%s', (_place, label, wanted) => {
    expect(label).toMatch(wanted);
  });
});
