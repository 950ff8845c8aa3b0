import { type DataSource, type EntityManager } from 'typeorm';
import { emptySopDocument, type SopDocument } from '@sop-atlas/sop-model';
import { PupilCountEntity } from '../src/schools/pupil-count.entity';
import { SchoolEntity } from '../src/schools/school.entity';
import { type SopStatus } from '../src/sops/sop.entity';
import { SopWriter } from '../src/sops/sop-writer';
import { SourceDocumentEntity } from '../src/source-documents/source-document.entity';

let sequence = 0;

/**
 * Inserts a school (defaults: a BAO school in Escamp, no coordinates) and returns the row. Coordinates given without
 * `locationSource` count as PDOK's point for the address.
 */
export async function createSchool(db: DataSource | EntityManager, overrides: Partial<SchoolEntity> = {}) {
  sequence += 1;
  const repository = db.getRepository(SchoolEntity);
  const located = overrides.latitude != null && overrides.longitude != null;
  return repository.save(
    repository.create({
      name: `Testschool ${String(sequence).padStart(4, '0')}`,
      kind: 'BAO',
      place: 'Den Haag',
      gemeenteCode: '0518',
      gemeenteName: "'s-Gravenhage",
      werkgebiedCode: 'escamp',
      werkgebiedSource: 'manual',
      locationSource: located ? 'pdok' : null,
      isDemo: false,
      ...overrides,
    }),
  );
}

/** Inserts many schools with one multi-row insert; returns their ids. */
export async function createSchools(db: DataSource, count: number, prefix = 'Bulkschool'): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${String(i).padStart(4, '0')}`,
    kind: 'BAO' as const,
    werkgebiedCode: i % 2 === 0 ? 'escamp' : 'laak',
    werkgebiedSource: 'manual' as const,
    isDemo: false,
  }));
  const result = await db
    .createQueryBuilder()
    .insert()
    .into(SchoolEntity)
    .values(rows)
    .returning('id')
    .execute();
  return result.identifiers.map((identifier) => (identifier as { id: string }).id);
}

export async function createPupilCount(
  db: DataSource | EntityManager,
  schoolId: string,
  referenceDate: string,
  total: number | null,
) {
  const repository = db.getRepository(PupilCountEntity);
  return repository.save(
    repository.create({ schoolId, referenceDate, total, suppressed: total === null, source: 'test' }),
  );
}

/** A valid canonical document for a school year (empty tables unless given). */
export function sopDocument(schoolYear = '2023-2024', overrides: Partial<SopDocument> = {}): SopDocument {
  return { ...emptySopDocument(), template: 'haaglanden-model-sop-2021-2025', schoolYear, ...overrides };
}

/** Saves an SOP through the real writer in its own transaction. */
export async function createSop(
  dataSource: DataSource,
  schoolId: string,
  document: SopDocument = sopDocument(),
  status: SopStatus = 'published',
  sourceDocumentId: string | null = null,
) {
  return dataSource.transaction((manager) =>
    new SopWriter().save(manager, { schoolId, document, status, sourceDocumentId }),
  );
}

export async function createSourceDocument(dataSource: DataSource, text = 'Schoolondersteuningsprofiel') {
  const repository = dataSource.getRepository(SourceDocumentEntity);
  const bytes = Buffer.from(text, 'utf8');
  return repository.save(
    repository.create({
      sha256: `${sequence++}`.padStart(64, '0'),
      bytes,
      byteSize: bytes.length,
      fileName: 'sop jeroen.txt',
      mediaType: 'text/plain; charset=utf-8',
      sourceKind: 'text',
    }),
  );
}
