import { decideKind, type KindClaim, type KindEvidence, mergeCandidates } from './kind-conflicts';

const claim = (kind: KindClaim['kind'], referenceDate: string | null): KindClaim => ({
  kind,
  fileName: 'nieuw.csv',
  fileKind: referenceDate === null ? 'register' : 'pupils',
  referenceDate,
  sourceDocumentId: 'doc-new',
});
const held = (referenceDate: string | null): KindEvidence => ({
  schoolId: 's',
  kind: 'SBO',
  fileName: 'eerder.csv',
  fileKind: referenceDate === null ? 'register' : 'pupils',
  referenceDate,
  sourceDocumentId: 'doc-old',
  recordedAt: '2026-01-01T00:00:00.000Z',
});
const school = (kindSource: 'duo' | 'naam' | 'manual' | 'demo' | null) => ({
  vestigingscode: '99AA00',
  name: 'De Duinen',
  kind: 'SBO' as const,
  kindSource,
});

describe('which kind a DUO file may store (ADR 0008)', () => {
  it.each([
    // stored source, file kind, file peildatum, peildatum behind the stored kind → store, conflict
    ['duo', 'SBO', '2024-10-01', '2023-10-01', true, false],
    ['manual', 'SBO', '2024-10-01', null, false, false],
    ['naam', 'SO', null, null, true, false],
    [null, 'SO', '2024-10-01', null, true, false],
    ['demo', 'SO', '2024-10-01', null, false, false],
    ['manual', 'SO', '2025-10-01', '2023-10-01', false, true],
    ['duo', 'SO', '2024-10-01', '2023-10-01', true, true],
    ['duo', 'SO', '2022-10-01', '2023-10-01', false, true],
    ['duo', 'SO', '2023-10-01', '2023-10-01', true, true],
    ['duo', 'SO', null, '2023-10-01', true, true],
    ['duo', 'SO', '2024-10-01', null, true, true],
  ] as const)(
    '%s %s → file %s %s (stored kind from %s): store %s, conflict %s',
    (source, kind, date, before, store, conflict) => {
      const decision = decideKind(school(source), claim(kind, date), before === null ? null : held(before));
      expect([decision.store, decision.conflict]).toEqual([store, conflict]);
      expect(decision.warning !== null).toBe(conflict);
    },
  );

  it('an older file names the file with the newer data', () => {
    expect(decideKind(school('duo'), claim('SO', '2022-10-01'), held('2023-10-01')).warning).toBe(
      '99AA00 (De Duinen): soort school verschilt tussen DUO-bestanden: eerder SBO, nieuw.csv zegt SO ' +
        '(peildatum 2022-10-01); SBO behouden: eerder.csv heeft nieuwere gegevens (peildatum 2023-10-01) (controleer dit).',
    );
  });

  it('a re-imported file is no new candidate', () => {
    const candidate = {
      kind: 'SO' as const,
      source: 'duo' as const,
      fileName: 'a.csv',
      fileKind: 'pupils' as const,
      referenceDate: '2024-10-01',
      sourceDocumentId: 'doc-a',
      recordedAt: null,
    };
    expect(mergeCandidates([candidate], [{ ...candidate, fileName: 'a (kopie).csv' }])).toHaveLength(1);
    expect(mergeCandidates([candidate], [{ ...candidate, sourceDocumentId: 'doc-b' }])).toHaveLength(2);
  });
});
