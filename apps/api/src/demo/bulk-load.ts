import { type EntityManager } from 'typeorm';
import {
  type DemoSchool,
  type DemoSop,
  type DuoPupilCount,
  type NationalSchool,
} from '@sop-atlas/region-data';
import { PupilCountEntity } from '../schools/pupil-count.entity';
import { SchoolEntity } from '../schools/school.entity';
import { type SopWriter } from '../sops/sop-writer';

/** Rows per multi-row insert (PostgreSQL allows 65,535 parameters per statement; schools have 20 columns). */
const CHUNK = 1000;

/** Fictional schools (demo region or national set) with multi-row inserts; returns vestigingscode → id. */
export async function insertFictionalSchools(
  manager: EntityManager,
  schools: readonly (DemoSchool | NationalSchool)[],
): Promise<Map<string, string>> {
  const idByCode = new Map<string, string>();
  for (let i = 0; i < schools.length; i += CHUNK) {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SchoolEntity)
      .values(
        schools.slice(i, i + CHUNK).map((s) => ({
          vestigingscode: s.vestigingscode,
          name: s.name,
          street: s.street,
          houseNumber: s.houseNumber,
          postcode: s.postcode,
          place: s.place,
          gemeenteCode: s.gemeenteCode,
          gemeenteName: s.gemeenteName,
          werkgebiedCode: s.werkgebied,
          werkgebiedSource: s.werkgebied === null ? null : 'demo',
          kind: s.kind,
          denomination: s.denomination,
          boardNumber: s.boardNumber,
          boardName: s.boardName,
          phone: s.phone,
          email: s.email,
          website: s.website,
          latitude: s.latitude,
          longitude: s.longitude,
          locationSource: 'demo' as const,
          isDemo: true,
        })),
      )
      .returning(['id', 'vestigingscode'])
      .updateEntity(false)
      .execute();
    for (const row of inserted.raw as { id: string; vestigingscode: string }[])
      idByCode.set(row.vestigingscode, row.id);
  }
  return idByCode;
}

function idOf(idByCode: ReadonlyMap<string, string>, code: string): string {
  const id = idByCode.get(code);
  if (id === undefined) throw new Error(`onbekende vestigingscode ${code}`);
  return id;
}

export async function insertPupilCounts(
  manager: EntityManager,
  counts: readonly DuoPupilCount[],
  idByCode: ReadonlyMap<string, string>,
  source: string,
): Promise<void> {
  for (let i = 0; i < counts.length; i += CHUNK * 2) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PupilCountEntity)
      .values(
        counts.slice(i, i + CHUNK * 2).map((c) => ({
          schoolId: idOf(idByCode, c.vestigingscode),
          referenceDate: c.referenceDate,
          total: c.total,
          suppressed: c.suppressed,
          source,
        })),
      )
      .updateEntity(false)
      .execute();
  }
}

/** Every SOP through `SopWriter.saveMany` (validation and row mapping of the one writer, multi-row inserts). */
export async function insertFictionalSops(
  manager: EntityManager,
  sopWriter: SopWriter,
  sops: readonly DemoSop[],
  idByCode: ReadonlyMap<string, string>,
): Promise<void> {
  await sopWriter.saveMany(
    manager,
    sops.map((sop) => ({
      schoolId: idOf(idByCode, sop.vestigingscode),
      document: sop.document,
      status: sop.status,
      publishedAt: sop.publishedAt === null ? null : new Date(sop.publishedAt),
    })),
  );
}
