import { type SopDocument, validateSopDocument } from '@sop-atlas/sop-model';
import { createHash } from 'node:crypto';
import { SAMPLE, SAMPLE_EXPECTED, sampleDocx, samplePdf } from '../../test/fixtures';
import { describeWithSeed, readSeed } from '../../test/seed';
import { type ParseResult, parseSopDocument, shutdownImportWorkers } from './parse-document';

afterAll(() => shutdownImportWorkers());

/** The one seed character outside Latin-1, as Windows-1252 writes it. */
const WINDOWS_1252_OF: Record<string, number> = { '€': 0x80 };

describe.each([
  ['pdf', samplePdf, 'application/pdf'],
  ['docx', sampleDocx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
] as const)('parseSopDocument on a generated %s with known answers', (kind, render, mediaType) => {
  let bytes: Uint8Array;
  let result: ParseResult;
  let doc: SopDocument;
  beforeAll(async () => {
    bytes = await render();
    result = await parseSopDocument(bytes, { fileName: `sample.${kind}` });
    doc = result.document;
  }, 30_000);

  it('reports kind, media type, hash and importer', () => {
    expect(result.sourceKind).toBe(kind);
    expect(result.mediaType).toBe(mediaType);
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.importer).toBe(`sop-import/1 ${kind}`);
    expect(validateSopDocument(doc)).toMatchObject({ ok: true });
  });

  it('reads identity, people and dates', () => {
    expect(doc.template).toBe('haaglanden-model-sop-2021-2025');
    expect(doc.schoolYear).toBe(SAMPLE.schoolYear);
    expect(doc.school).toEqual({
      name: SAMPLE.name,
      vestigingscode: null,
      street: SAMPLE.street,
      houseNumber: SAMPLE.houseNumber,
      postcode: SAMPLE.postcode,
      place: SAMPLE.place,
      phone: SAMPLE.phone,
      email: SAMPLE.email,
      website: SAMPLE.website,
    });
    expect(doc.people).toEqual({
      director: SAMPLE.director,
      mrChair: SAMPLE.mrChair,
      boardChair: SAMPLE.boardChair,
    });
    expect(doc.dates).toEqual({ drafted: '1 oktober 2024', mrAdvice: '15 oktober 2024', adopted: null });
  });

  it('reads the free texts without template text', () => {
    expect(doc.vision).toBe(SAMPLE.vision.join('\n'));
    expect(doc.supportStructure).toBe(SAMPLE.supportStructure);
    expect(doc.extraSupport).toBe(SAMPLE.extraSupport.join('\n'));
    expect(doc.limits).toBe(SAMPLE.limits.join('\n'));
    expect(doc.evaluation).toBe(SAMPLE.evaluation);
    expect(doc.funding).toEqual({ amount: 51250, calendarYear: 2024 });
  });

  it('places every mark in its column, also where text spacing would be ambiguous', () => {
    expect(doc.hgw.map((r) => ({ code: r.code, status: r.status, candidates: r.candidates }))).toEqual(
      SAMPLE_EXPECTED.hgw,
    );
    expect(
      doc.partners.map((r) => ({ code: r.code, frequency: r.frequency, candidates: r.candidates })),
    ).toEqual(SAMPLE_EXPECTED.partners);
    expect(doc.facilities.map((r) => ({ code: r.code, status: r.status, candidates: r.candidates }))).toEqual(
      SAMPLE_EXPECTED.facilities,
    );
    expect(doc.partners.find((r) => r.code === 'fysiotherapie')?.frequency).toBe('regelmatig');
    expect(doc.partners.find((r) => r.code === 'jeugdhulppartners')?.frequency).toBe('structureel');
  });

  it('reads the expertise table with a school-added row and skips the empty template row', () => {
    expect(doc.expertise).toEqual(SAMPLE_EXPECTED.expertise);
  });

  it('keeps the template hints, the offers and the note apart', () => {
    expect(doc.extraOfferHints).toEqual(['Powerkidzzz training', 'Playing for keeps', 'KIES training']);
    expect(doc.extraOffers).toEqual(SAMPLE.offers);
    expect(doc.extraOfferNote).toBe(SAMPLE.offerNote);
  });

  it('warns only about the rows the school added', () => {
    expect(doc.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknown-row', 'expertise[12]'],
      ['unknown-row', 'partners[11]'],
    ]);
    expect(doc.sections.missing).toEqual([]);
  });

  it('gives provenance that points into sourceLines and into the original layout', () => {
    const p = doc.provenance['partners[9].frequency'];
    expect(p?.source).toBe(kind);
    expect(result.sourceLines[(p?.line ?? 0) - 1]).toContain('Fysiotherapie');
    if (kind === 'pdf') {
      expect(p).toEqual(
        expect.objectContaining({ page: expect.any(Number), x: expect.any(Number), y: expect.any(Number) }),
      );
      expect(doc.provenance['school.name']).toMatchObject({ page: 1 });
    } else {
      expect(p).toMatchObject({ table: 2, row: 10, cell: 2 });
    }
    const name = doc.provenance['school.name'];
    expect(result.sourceLines[(name?.line ?? 0) - 1]).toContain(SAMPLE.name);
  });
});

describe('parseSopDocument on text', () => {
  describeWithSeed('the seed SOP', () => {
    it('reads the seed through the worker like parseSopText does', async () => {
      const result = await parseSopDocument(new TextEncoder().encode(readSeed()), { fileName: 'jeroen.txt' });
      expect(result.sourceKind).toBe('text');
      expect(result.importer).toBe('sop-import/1 text');
      expect(result.sourceLines[16]).toContain('Basisschool Jeroen');
      expect(result.document.school.name).toBe('Basisschool Jeroen');
      expect(result.document.warnings.filter((w) => w.code === 'ambiguous-cell')).toHaveLength(2);
    }, 30_000);

    it('reads the seed saved as Windows-1252/Latin-1 text exactly as the UTF-8 one (é, ë, ö, €)', async () => {
      const seed = readSeed();
      const latin1 = Uint8Array.from(seed, (ch) => WINDOWS_1252_OF[ch] ?? ch.charCodeAt(0));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1)).toThrow();
      const fromLatin1 = await parseSopDocument(latin1, { fileName: 'jeroen-latin1.txt' });
      const fromUtf8 = await parseSopDocument(new TextEncoder().encode(seed), {
        fileName: 'jeroen-latin1.txt',
      });
      expect(fromLatin1.sourceLines).toEqual(fromUtf8.sourceLines);
      expect(fromLatin1.document).toEqual(fromUtf8.document);
    }, 30_000);
  });

  it('decides by content, not by file name', async () => {
    const pdf = await samplePdf();
    const result = await parseSopDocument(pdf, { fileName: 'looks-like-text.txt' });
    expect(result.sourceKind).toBe('pdf');
  }, 30_000);
});
