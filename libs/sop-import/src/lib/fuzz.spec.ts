/**
 * Property tests: whatever a mutated seed or random bytes look like, the importer returns a valid canonical
 * document or throws a SopImportError; nothing else, and never hangs.
 */
import { validateSopDocument } from '@sop-atlas/sop-model';
import fc from 'fast-check';
import { describeWithSeed, readSeed, SEED_PRESENT } from '../../test/seed';
import { SopImportError } from './errors';
import { parseSopDocument, shutdownImportWorkers } from './parse-document';
import { parseSopText } from './parse-text';

afterAll(() => shutdownImportWorkers());

const seedLines = SEED_PRESENT ? readSeed().split('\n') : [];

type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'spacing'; at: number; spaces: number }
  | { kind: 'mark'; at: number; mark: string; column: number }
  | { kind: 'insert'; at: number; text: string };

const index = fc.nat({ max: Math.max(0, seedLines.length - 1) });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: index, count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: index, count: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: index, b: index }),
  fc.record({ kind: fc.constant('spacing' as const), at: index, spaces: fc.integer({ min: 0, max: 8 }) }),
  fc.record({
    kind: fc.constant('mark' as const),
    at: index,
    mark: fc.constantFrom('X', 'x', 'X X', ' x ', 'Ja', 'Nee'),
    column: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: index, text: fc.string({ maxLength: 80 }) }),
);

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string {
  const out = [...lines];
  for (const m of mutations) {
    const at = (i: number): number => Math.min(i, Math.max(0, out.length - 1));
    switch (m.kind) {
      case 'delete':
        out.splice(at(m.at), m.count);
        break;
      case 'duplicate':
        out.splice(at(m.at), 0, ...out.slice(at(m.at), at(m.at) + m.count));
        break;
      case 'swap': {
        const a = at(m.a);
        const b = at(m.b);
        const tmp = out[a] ?? '';
        out[a] = out[b] ?? '';
        out[b] = tmp;
        break;
      }
      case 'spacing':
        out[at(m.at)] = (out[at(m.at)] ?? '').replace(/ +/g, ' '.repeat(m.spaces));
        break;
      case 'mark':
        out[at(m.at)] =
          `${(out[at(m.at)] ?? '').trimEnd()}${' '.repeat(m.column)}${m.mark}${' '.repeat(6 - m.column)}`;
        break;
      case 'insert':
        out.splice(at(m.at), 0, m.text);
        break;
    }
  }
  return out.join('\n');
}

function checkOutcome(run: () => unknown): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(SopImportError);
    return;
  }
  const validation = validateSopDocument(result);
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
}

describe('fuzzing the text parser', () => {
  it('survives arbitrary text and arbitrary lines (200 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 200 }), (lines) => {
        checkOutcome(() => parseSopText(lines.join('\n')));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  describeWithSeed('with mutated seeds', () => {
    it('always returns a valid document or throws SopImportError (200 cases)', () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
          const text = mutate(seedLines, mutations);
          const started = Date.now();
          checkOutcome(() => parseSopText(text));
          expect(Date.now() - started).toBeLessThan(2_000);
        }),
        {
          numRuns: Number(process.env.FUZZ_RUNS ?? 200),
          seed: process.env.FUZZ_RUNS ? Date.now() : 20240901,
        },
      );
    });

    it('never claims a single column where the spacing fits two (random marks on the partner rows)', () => {
      const partnerRows = seedLines
        .map((l, i) => [l, i] as const)
        .filter(([l]) => /^(CJG|Logopedie|Politie\/wijkagent|Leerplichtambtenaar)\b/.test(l));
      fc.assert(
        fc.property(
          fc.constantFrom(...partnerRows),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 6 }),
          ([line, i], before, after) => {
            const label = line.replace(/\s+[xX]\s*$/, '');
            const lines = [...seedLines];
            lines[i] = `${label}${' '.repeat(before)}X${' '.repeat(after)}`;
            const doc = parseSopText(lines.join('\n'));
            const row = doc.partners.find((r) => r.label === label);
            const fitsBefore = before >= 1 && before <= 4 ? before : null;
            const fitsAfter = 5 - after >= 1 && 5 - after <= 4 ? 5 - after : null;
            if (fitsBefore !== null && fitsBefore === fitsAfter) expect(row?.frequency).not.toBeNull();
            else expect(row?.frequency).toBeNull();
          },
        ),
        { numRuns: 150, seed: 42 },
      );
    });
  });
});

describe('fuzzing the child-process path with random bytes', () => {
  it('returns a valid document or rejects with SopImportError (20 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 4096 }),
          fc
            .uint8Array({ maxLength: 2048 })
            .map((b) => new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...b])),
          fc
            .uint8Array({ maxLength: 2048 })
            .map(
              (b) =>
                new Uint8Array([
                  0x50,
                  0x4b,
                  0x03,
                  0x04,
                  ...new TextEncoder().encode('word/document.xml'),
                  ...b,
                ]),
            ),
          fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s)),
        ),
        async (bytes) => {
          try {
            const result = await parseSopDocument(bytes, { timeoutMs: 10_000 });
            const validation = validateSopDocument(result.document);
            if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
          } catch (error) {
            expect(error).toBeInstanceOf(SopImportError);
          }
        },
      ),
      { numRuns: 20, seed: 99 },
    );
  }, 120_000);
});
