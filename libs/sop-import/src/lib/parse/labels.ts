/** Catalog label helpers: row labels of the template's tables wrap over lines; these tell how the parts join. */
import { CATALOGS, type CatalogKind, matchCatalogLabel, normaliseLabel } from '@sop-atlas/sop-model';

/** A row label being collected over lines, before its row is known. */
export interface PendingLabel {
  text: string;
  lines: number[];
}

const catalogNames = new Map<CatalogKind, string[]>();

/** Every name of a catalog's items (template label, label, aliases), normalised. */
export function namesOf(kind: CatalogKind): string[] {
  let names = catalogNames.get(kind);
  if (!names) {
    const items: readonly { templateLabel: string; label: string; aliases: readonly string[] }[] =
      CATALOGS[kind];
    names = items.flatMap((i) => [i.templateLabel, i.label, ...i.aliases].map(normaliseLabel));
    catalogNames.set(kind, names);
  }
  return names;
}

/** True when the text is a catalog label or the start of one (so more lines may follow). */
export function isLabelPrefix(kind: CatalogKind, text: string): boolean {
  const n = normaliseLabel(text);
  if (n.length < 2) return false;
  return namesOf(kind).some((name) => name === n || (n.length >= 4 && name.startsWith(n)));
}

/** Joins two parts of a wrapped label, with or without a space: whichever makes a (start of a) catalog label. */
export function joinLabel(kind: CatalogKind, a: string, b: string): string {
  const options: readonly [string, string] = /[-/]$/.test(a) ? [a + b, `${a} ${b}`] : [`${a} ${b}`, a + b];
  return (
    options.find((o) => matchCatalogLabel(kind, o) !== null) ??
    options.find((o) => isLabelPrefix(kind, o)) ??
    options[0]
  );
}

/** True when `b` continues the label `a` (together they start a catalog label). */
export function continuesLabel(kind: CatalogKind, a: string, b: string): boolean {
  return isLabelPrefix(kind, `${a} ${b}`) || isLabelPrefix(kind, a + b);
}
