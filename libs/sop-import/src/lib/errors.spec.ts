import { strToU8, zipSync } from 'fflate';
import { sampleDocx, samplePdf } from '../../test/fixtures';
import { readCentralDirectory } from './docx';
import { SopImportError, type SopImportErrorCode } from './errors';
import { type ParseOptions, parseSopDocument, shutdownImportWorkers } from './parse-document';
import { sniffSourceKind } from './sniff';

afterAll(() => shutdownImportWorkers());

/** Sets the declared uncompressed size of a zip entry in the central directory (and its local header). */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const entry = readCentralDirectory(out).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  for (let p = 0; p + 46 < out.length; p += 1) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(out.subarray(p + 46, p + 46 + nameLen)) === name)
      view.setUint32(p + 24, size, true);
  }
  view.setUint32(entry.localOffset + 22, size, true);
  return out;
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

interface Case {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array> | Uint8Array;
  readonly options?: ParseOptions;
  readonly code: SopImportErrorCode;
  readonly message: RegExp;
}

const cases: Case[] = [
  { name: 'an empty file', bytes: () => new Uint8Array(), code: 'empty', message: /leeg/ },
  { name: 'a text file of only spaces', bytes: () => text('  \n\n  '), code: 'empty', message: /geen tekst/ },
  {
    name: 'a file over the size limit',
    bytes: () => text('x'.repeat(2048)),
    options: { maxBytes: 1024 },
    code: 'too-large',
    message: /maximum/,
  },
  { name: 'a PNG called .pdf', bytes: () => PNG, code: 'unsupported-type', message: /bestandstype/ },
  {
    name: 'binary junk',
    bytes: () => new Uint8Array([1, 2, 3, 0, 255, 254]),
    code: 'unsupported-type',
    message: /bestandstype/,
  },
  {
    name: 'neither UTF-8 nor text in Windows-1252 (control characters)',
    bytes: () => new Uint8Array([0x41, 0xc3, 0x28, 0x41, 0x01, 0x02]),
    code: 'unsupported-type',
    message: /UTF-8/,
  },
  {
    name: 'a zip that is no Word document',
    bytes: () => zipSync({ 'readme.txt': strToU8('hallo') }),
    code: 'unsupported-type',
    message: /geen Word-document/,
  },
  {
    name: 'an encrypted PDF',
    bytes: () => samplePdf({ encrypt: true }),
    code: 'encrypted',
    message: /versleuteld/,
  },
  {
    name: 'a PDF without text (scan)',
    bytes: () => samplePdf({ noText: true }),
    code: 'image-only',
    message: /geen tekst/,
  },
  {
    name: 'a PDF over the page limit',
    bytes: () => samplePdf({ extraPages: 3 }),
    options: { maxPages: 3 },
    code: 'too-many-pages',
    message: /maximum is 3/,
  },
  {
    name: 'a PDF that takes too long',
    bytes: () => samplePdf(),
    options: { timeoutMs: 1 },
    code: 'timeout',
    message: /1 ms/,
  },
  {
    name: 'a broken PDF',
    bytes: () => text('%PDF-1.7\nthis is not a pdf at all'),
    code: 'corrupt',
    message: /beschadigd/,
  },
  {
    name: 'a truncated DOCX',
    bytes: async () => (await sampleDocx()).slice(0, 3000),
    code: 'corrupt',
    message: /beschadigd/,
  },
  {
    name: 'a DOCX declaring a huge document.xml',
    bytes: async () => patchDeclaredSize(await sampleDocx(), 'word/document.xml', 0x7fff_0000),
    code: 'zip-bomb',
    message: /pakt uit/,
  },
  {
    name: 'a DOCX whose document.xml inflates beyond what it declares',
    bytes: async () => patchDeclaredSize(await sampleDocx(), 'word/document.xml', 100),
    code: 'zip-bomb',
    message: /meer dan de opgegeven/,
  },
  {
    name: 'a DOCX with thousands of entries',
    bytes: () => {
      const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
      for (let i = 0; i < 2100; i += 1) files[`x/${i}.xml`] = strToU8('<a/>');
      return zipSync(files, { level: 0 });
    },
    code: 'zip-bomb',
    message: /onderdelen/,
  },
  {
    name: 'a text that is no SOP',
    bytes: () => text('Boodschappen: melk, brood, kaas.\n'),
    code: 'not-an-sop',
    message: /geen SOP/,
  },
];

describe('parseSopDocument refuses bad input with a clear SopImportError', () => {
  it.each(cases)(
    '$name → $code',
    async ({ bytes, options, code, message }) => {
      const input = await bytes();
      const error = await parseSopDocument(input, { fileName: 'upload.bin', ...options }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SopImportError);
      expect((error as SopImportError).code).toBe(code);
      expect((error as SopImportError).message).toMatch(message);
      expect((error as SopImportError).message).toContain('upload.bin');
      expect((error as SopImportError).fileName).toBe('upload.bin');
    },
    // generous: a loaded machine (other suites beside this one) can make a fresh parse worker slow to start
    120_000,
  );

  it('still parses after a worker was killed for a timeout', async () => {
    const pdf = await samplePdf();
    await expect(parseSopDocument(pdf, { timeoutMs: 1 })).rejects.toMatchObject({ code: 'timeout' });
    const result = await parseSopDocument(pdf);
    expect(result.document.school.name).toBe('Basisschool De Vlinder');
  }, 120_000);
});

describe('sniffSourceKind', () => {
  it.each([
    ['%PDF-1.7 …', 'pdf', text('%PDF-1.7\n')],
    ['junk before %PDF-', 'pdf', text('\n\n  %PDF-1.4\n')],
    ['plain UTF-8 text', 'text', text('Schoolondersteuningsprofiel')],
    ['UTF-8 with BOM', 'text', new Uint8Array([0xef, 0xbb, 0xbf, 0x41])],
  ] as const)('%s → %s', (_name, kind, bytes) => {
    expect(sniffSourceKind(bytes)).toBe(kind);
  });

  it('recognises a DOCX by word/document.xml', async () => {
    expect(sniffSourceKind(await sampleDocx())).toBe('docx');
  });

  it.each([
    ['empty', 'empty', new Uint8Array()],
    ['PNG', 'unsupported-type', PNG],
    ['zip without word/document.xml', 'unsupported-type', zipSync({ 'a.txt': strToU8('a') })],
  ] as const)('%s → throws %s', (_name, code, bytes) => {
    expect(() => sniffSourceKind(bytes)).toThrow(expect.objectContaining({ code }) as Error);
  });
});
