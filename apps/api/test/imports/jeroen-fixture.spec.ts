import fs from 'node:fs';
import { parseSopDocument, shutdownImportWorkers } from '@sop-atlas/sop-import';
import { type SopDocument } from '@sop-atlas/sop-model';
import { jeroenSopDocument } from '../../src/seed/jeroen.fixture';
import { describeWithRealSop, REAL_SOP } from './real-sop';

/** Values only: provenance (where a value was read) and warning wording belong to the importer. */
function values(document: SopDocument): unknown {
  const { provenance: _provenance, warnings, ...rest } = document;
  return { ...rest, warnings: warnings.map(({ message: _message, ...w }) => w) };
}

describeWithRealSop('the seed fixture of Basisschool Jeroen against the real SOP', () => {
  afterAll(() => shutdownImportWorkers());

  it('equals the parse of the real text on every value', async () => {
    const parsed = await parseSopDocument(fs.readFileSync(REAL_SOP), { fileName: 'jeroen-2023-2024.txt' });
    expect(values(jeroenSopDocument())).toEqual(values(parsed.document));
    expect(parsed.document.warnings.map((w) => [w.path, w.code])).toEqual([
      ['partners[9].frequency', 'ambiguous-cell'],
      ['partners[10].frequency', 'ambiguous-cell'],
    ]);
  });
});
