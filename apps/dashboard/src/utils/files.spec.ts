import { describe, expect, it } from '@jest/globals';
import { chosenFilesText } from './files';

describe('chosenFilesText: the Dutch line beside "Bestanden kiezen"', () => {
  it.each([
    ['nothing chosen, one file allowed', [], false, 'Geen bestand gekozen'],
    ['nothing chosen, several allowed', [], true, 'Geen bestanden gekozen'],
    ['one file: its name', ['leerlingen-2024.csv'], false, 'leerlingen-2024.csv'],
    ['one of several allowed: its name', ['jeroen.pdf'], true, 'jeroen.pdf'],
    ['two files: a count', ['a.pdf', 'b.docx'], true, '2 bestanden gekozen'],
    ['twelve files: a count', Array.from({ length: 12 }, (_, i) => `${i}.pdf`), true, '12 bestanden gekozen'],
  ])('%s', (_case, names, multiple, text) => {
    expect(chosenFilesText(names, multiple)).toBe(text);
  });
});
