import { sharedStrings as t } from '../components/strings.nl';

/** What a file field says it holds: none, the one name, or a count (names of many files do not fit on a line). */
export function chosenFilesText(names: readonly string[], multiple: boolean): string {
  if (names.length === 0) return t.fileInput.none(multiple);
  if (names.length === 1) return names[0] ?? '';
  return t.fileInput.many(names.length);
}
