import { fmtInt } from './format-nl';

/** What describeGaps reads of a region overview (the GraphQL `RegionOverview` has this shape). */
export interface GapCount {
  werkgebiedCode: string | null;
  werkgebiedName: string | null;
  schools: number;
  withItem: number;
  pupils: number;
}

export interface GapItem {
  kind: string;
  code: string;
  label: string;
  region: { schools: number; withItem: number };
  werkgebieden: GapCount[];
  gaps: GapCount[];
}

export interface GapOverview {
  items: GapItem[];
}

const FACILITY_PHRASES: Record<string, string> = {
  rolstoelvriendelijk: 'een rolstoelvriendelijk gebouw',
  invalidetoilet: 'een invalidetoilet',
  'voorzieningen-doven-slechthorenden': 'voorzieningen voor doven en slechthorenden',
  'voorzieningen-blinden-slechtzienden': 'voorzieningen voor blinden en slechtzienden',
  gespreksruimte: 'een gespreksruimte',
  therapieruimte: 'een therapieruimte',
  verzorgingsruimte: 'een verzorgingsruimte',
  'time-out-ruimte': 'een time-out-ruimte',
  lift: 'een lift',
};

/** `Autisme` → `autisme`, but `NT2` stays `NT2`. */
function lowerFirst(label: string): string {
  return /^[A-Z][A-Z0-9]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Verb (singular, plural) and the rest of the sentence for "a school has this item". */
function phrase(item: GapItem): { one: string; many: string; rest: string } {
  switch (item.kind) {
    case 'expertise':
      return { one: 'heeft', many: 'hebben', rest: `expertise ${lowerFirst(item.label)} binnen het team` };
    case 'facility':
      return {
        one: 'heeft',
        many: 'hebben',
        rest: FACILITY_PHRASES[item.code] ?? `de voorziening ‘${lowerFirst(item.label)}’`,
      };
    case 'partner':
      return {
        one: 'werkt',
        many: 'werken',
        rest: `structureel of regelmatig samen met ${lowerFirst(item.label)}`,
      };
    case 'hgw':
      return { one: 'heeft', many: 'hebben', rest: `het HGW-principe ‘${lowerFirst(item.label)}’ op orde` };
    default:
      return { one: 'heeft', many: 'hebben', rest: lowerFirst(item.label) };
  }
}

const pupilsText = (n: number): string => (n === 1 ? '1 leerling' : `${fmtInt(n)} leerlingen`);
const schoolsText = (n: number): string => (n === 1 ? '1 school' : `${fmtInt(n)} scholen`);

/**
 * The coverage gaps of a region overview as plain Dutch sentences, in catalog order: one sentence per item ×
 * werkgebied gap ("In Escamp heeft geen enkele school expertise autisme binnen het team (12 scholen, 3.456
 * leerlingen)."), one sentence for an item missing in the whole region, one per werkgebied without any published SOP.
 */
export function describeGaps(overview: GapOverview): string[] {
  const sentences: string[] = [];
  const first = overview.items[0];
  for (const area of first?.werkgebieden ?? []) {
    if (area.schools === 0) {
      sentences.push(
        `Van de scholen in ${area.werkgebiedName ?? area.werkgebiedCode ?? 'een onbekend werkgebied'} is geen enkel ` +
          `SOP gepubliceerd; de dekking daar is onbekend.`,
      );
    }
  }
  for (const item of overview.items) {
    const { one, many, rest } = phrase(item);
    const withSchools = item.werkgebieden.filter((a) => a.schools > 0);
    const gaps = item.gaps.filter((a) => a.schools > 0);
    if (withSchools.length > 1 && item.region.withItem === 0) {
      sentences.push(`In de hele regio ${one} geen enkele school ${rest}.`);
      continue;
    }
    for (const gap of gaps) {
      const area = gap.werkgebiedName ?? gap.werkgebiedCode ?? 'scholen zonder werkgebied';
      const context = `(${schoolsText(gap.schools)} met een SOP, ${pupilsText(gap.pupils)})`;
      if (gap.withItem === 0) {
        sentences.push(`In ${area} ${one} geen enkele school ${rest} ${context}.`);
      } else {
        sentences.push(
          `In ${area} ${gap.withItem === 1 ? one : many} maar ${fmtInt(gap.withItem)} van de ` +
            `${schoolsText(gap.schools)} ${rest} (${pupilsText(gap.pupils)}).`,
        );
      }
    }
  }
  return sentences;
}
