import { candidateLine, kindChoices, kindLabel } from './kind-conflicts';

const base = {
  source: 'duo',
  fileName: 'leerlingen-2024.csv',
  fileKind: 'pupils',
  referenceDate: '2024-10-01',
  importedAt: '2026-12-05T09:00:00.000Z',
};

describe('Soort school onzeker in users’ words', () => {
  it.each([
    ['BAO', 'Basisschool'],
    ['SBO', 'Speciaal basisonderwijs'],
    ['SO', 'Speciaal onderwijs'],
    ['VSO', 'VSO'],
  ])('%s → %s', (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });

  it.each([
    [
      'a pupil file: its peildatum',
      { ...base, kind: 'SO' },
      'Speciaal onderwijs — leerlingen-2024.csv (leerlingenbestand, peildatum 1 oktober 2024)',
    ],
    [
      'a register: when it was read (it has no peildatum)',
      { ...base, kind: 'SBO', fileName: 'vestigingen-so.csv', fileKind: 'register', referenceDate: null },
      'Speciaal basisonderwijs — vestigingen-so.csv (register, ingelezen 5 december 2026)',
    ],
    [
      'staff’s earlier choice',
      {
        ...base,
        kind: 'BAO',
        source: 'manual',
        fileName: null,
        fileKind: null,
        referenceDate: null,
        importedAt: null,
      },
      'Basisschool — eerder handmatig gekozen',
    ],
    [
      'a DUO kind from before files were kept',
      { ...base, kind: 'SBO', fileName: null, fileKind: null, referenceDate: null, importedAt: null },
      'Speciaal basisonderwijs — een eerder DUO-bestand',
    ],
  ])('%s', (_case, candidate, line) => {
    expect(candidateLine(candidate)).toBe(line);
  });

  it('offers the candidates’ kinds first, then the rest', () => {
    expect(
      kindChoices([
        { ...base, kind: 'SO' },
        { ...base, kind: 'SBO' },
        { ...base, kind: 'SO' },
      ]),
    ).toEqual(['SO', 'SBO', 'BAO']);
  });
});
