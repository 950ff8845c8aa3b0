import { batchProgress, fileProgress, latestBatchId, outcomeParts, readBatch } from './batch';

describe('batch upload transforms', () => {
  it.each([
    ['queued', 0],
    ['running', 50],
    ['done', 100],
  ] as const)('a file that is %s shows %i%%', (status, expected) => {
    expect(fileProgress(status)).toBe(expected);
  });

  it.each([
    { name: 'nothing read yet', statuses: ['queued', 'queued'], expected: 0 },
    { name: 'one of two read', statuses: ['done', 'queued'], expected: 50 },
    { name: 'one read, one being read', statuses: ['done', 'running'], expected: 75 },
    { name: 'all read', statuses: ['done', 'done', 'done'], expected: 100 },
  ] as const)('whole batch: $name → $expected%', ({ statuses, expected }) => {
    const files = statuses.map((status, position) => ({
      position,
      fileName: `f${position}.pdf`,
      status,
      outcome: null,
      message: null,
      warnings: 0,
      schoolId: null,
      schoolName: null,
      published: false,
    }));
    expect(batchProgress({ fileCount: files.length, files })).toBe(expected);
  });

  it('reads an API batch and ignores what is not one', () => {
    expect(readBatch(null)).toBeNull();
    expect(readBatch({ message: 'fout' })).toBeNull();
    const batch = readBatch({
      id: 'b1',
      createdAt: '2026-12-05T03:00:00.000Z',
      finishedAt: null,
      fileCount: 1,
      done: 0,
      counts: { klaar: 0 },
      files: [{ position: 0, fileName: 'a.pdf', status: 'running', outcome: null, warnings: 'x' }],
    });
    expect(batch?.files[0]).toMatchObject({
      fileName: 'a.pdf',
      status: 'running',
      warnings: 0,
      message: null,
    });
  });

  it('finds the newest batch of the list', () => {
    expect(latestBatchId({ batches: [{ id: 'nieuw' }, { id: 'oud' }] })).toBe('nieuw');
    expect(latestBatchId({ batches: [] })).toBeNull();
  });

  it('lists outcomes with a count in working order', () => {
    expect(
      outcomeParts({ geweigerd: 1, klaar: 3, duplicaat: 0 }, { klaar: 'klaar', geweigerd: 'geweigerd' }),
    ).toBe('3 klaar, 1 geweigerd');
  });
});
