import { accountStrings } from './account/strings.nl';
import { accountsAdminStrings } from './accounts-admin/strings.nl';
import { adminStrings } from './admin/strings.nl';
import { compareStrings } from './compare/strings.nl';
import { editorStrings } from './editor/strings.nl';
import { exportStrings } from './exports/strings.nl';
import { importQueueStrings } from './import-queue/strings.nl';
import { regionStrings } from './region/strings.nl';
import { reviewStrings } from './review/strings.nl';
import { schoolStrings } from './school/strings.nl';
import { schoolsStrings } from './schools/strings.nl';
import { shortlistStrings } from './shortlist/strings.nl';

/** Every text of a strings object (functions called with sample arguments), in the order of the file. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    try {
      return texts(fn('2024-2025', 3, '2025-2026'));
    } catch {
      return []; // a text that needs a richer argument; its fixed words are checked where it is used
    }
  }
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

const FEATURES: [string, unknown][] = [
  ['account', accountStrings],
  ['accounts-admin', accountsAdminStrings],
  ['admin', adminStrings],
  ['compare', compareStrings],
  ['editor', editorStrings],
  ['exports', exportStrings],
  ['import-queue', importQueueStrings],
  ['region', regionStrings],
  ['review', reviewStrings],
  ['school', schoolStrings],
  ['schools', schoolsStrings],
  ['shortlist', shortlistStrings],
];

const HGW_SPELLED_OUT = 'Handelingsgericht werken (HGW)';

describe('HGW is spelled out where a page first shows it', () => {
  it.each([
    ['school profile section (also its table of contents)', schoolStrings.sections.hgw],
    ['SOP editor section', editorStrings.sections.hgw],
    ['Regio-overzicht kind label', regionStrings.insights.kinds.hgw],
  ])('%s', (_place, text) => {
    expect(text).toContain(HGW_SPELLED_OUT);
  });

  it.each(FEATURES)('%s: a feature that says "HGW" also says what it stands for', (_feature, strings) => {
    const all = texts(strings);
    const saysHgw = all.some((s) => /\bHGW\b/.test(s));
    const spellsItOut = all.some((s) => s.includes(HGW_SPELLED_OUT));
    expect({ saysHgw, spellsItOut: saysHgw && spellsItOut }).toEqual({ saysHgw, spellsItOut: saysHgw });
  });
});
