import { emptySopDocument, type SopDocument } from './sop-document';
import { SopValidationError, assertSopDocument, formatPath, validateSopDocument } from './validation';

function jeroenLike(): SopDocument {
  const doc = emptySopDocument();
  doc.template = 'haaglanden-model-sop-2021-2025';
  doc.schoolYear = '2023-2024';
  doc.school.name = 'Basisschool Jeroen';
  doc.school.postcode = '2524 CK';
  doc.partners = [
    { code: 'cjg', label: 'CJG', frequency: 'regelmatig', candidates: [] },
    {
      code: 'fysiotherapie',
      label: 'Fysiotherapie',
      frequency: null,
      candidates: ['structureel', 'regelmatig'],
    },
    { code: null, label: 'Ergotherapie', frequency: 'incidenteel', candidates: [] },
  ];
  doc.funding = { amount: 46_130, calendarYear: 2023 };
  doc.provenance['partners[1].frequency'] = {
    source: 'text',
    section: '2D Expertise van externe deskundigen',
    line: 201,
  };
  doc.warnings.push({
    path: 'partners[1].frequency',
    code: 'ambiguous-cell',
    message: 'Fysiotherapie: het kruisje past bij structureel en bij regelmatig',
    candidates: ['structureel', 'regelmatig'],
  });
  return doc;
}

describe('validation of the canonical SOP document', () => {
  it('accepts a document with an ambiguous row, an own row and provenance', () => {
    const result = validateSopDocument(jeroenLike());
    expect(result.ok).toBe(true);
  });

  it('accepts the empty document', () => {
    expect(validateSopDocument(emptySopDocument()).ok).toBe(true);
  });

  it('lists every failing field path at once', () => {
    const doc = jeroenLike() as unknown as Record<string, unknown> & SopDocument;
    doc.schoolYear = '2023-2025';
    doc.school.postcode = '25 24CK';
    (doc.partners[0] as unknown as Record<string, unknown>).frequency = 'wekelijks';
    (doc.funding as unknown as Record<string, unknown>).amount = -5;
    (doc as unknown as Record<string, unknown>).extra = 1;
    const result = validateSopDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(
      ['', 'funding.amount', 'partners[0].frequency', 'school.postcode', 'schoolYear'].sort(),
    );
  });

  it.each([
    [
      'a value and candidates together',
      (d: SopDocument) => {
        d.partners[0]!.candidates = ['structureel', 'regelmatig'];
      },
      'partners[0].candidates',
    ],
    [
      'a single candidate',
      (d: SopDocument) => {
        d.partners[1]!.candidates = ['structureel'];
      },
      'partners[1].candidates',
    ],
    [
      'a code twice',
      (d: SopDocument) => {
        d.partners.push({
          code: 'cjg',
          label: 'Centrum voor Jeugd en Gezin',
          frequency: null,
          candidates: [],
        });
      },
      'partners[3].code',
    ],
  ])('rejects %s with its path', (_case, mutate, path) => {
    const doc = jeroenLike();
    mutate(doc);
    const result = validateSopDocument(doc);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([path]);
  });

  it('assertSopDocument throws an error naming each path', () => {
    const doc = jeroenLike();
    doc.schoolYear = 'volgend jaar';
    expect(() => assertSopDocument(doc)).toThrow(SopValidationError);
    expect(() => assertSopDocument(doc)).toThrow(/schoolYear: schooljaar moet de vorm 2023-2024 hebben/);
  });

  it.each([
    [['partners', 9, 'frequency'], 'partners[9].frequency'],
    [['school', 'name'], 'school.name'],
    [[], ''],
  ])('formats path %o as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
