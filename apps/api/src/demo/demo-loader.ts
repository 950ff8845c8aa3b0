import { type EntityManager } from 'typeorm';
import { type DemoRegion, generateDemoRegion } from '@sop-atlas/region-data';
import { PupilCountEntity } from '../schools/pupil-count.entity';
import { SchoolEntity } from '../schools/school.entity';
import { SopWriter } from '../sops/sop-writer';

/** Default seed of the demo region (SPPOH's SWV number); the same seed always gives the same region. */
export const DEMO_SEED = 2815;
/** The `source` of demo pupil counts and funding parameters. */
export const DEMO_SOURCE = 'demo (fictief)';
/** Rows per multi-row insert (PostgreSQL allows 65,535 parameters per statement). */
const CHUNK = 500;

export interface DemoLoadResult {
  schools: number;
  sops: number;
  pupilCounts: number;
}

/**
 * Inserts the fictional SPPOH demo region (`generateDemoRegion`) inside the caller's transaction: schools with
 * `is_demo = true`, werkgebied (`werkgebied_source = 'demo'`) and coordinates, pupil counts, funding parameters
 * (upsert per calendar year) and every SOP through `SopWriter.saveMany` (the writer's bulk path: one
 * validation and row mapping, multi-row inserts; ~800 SOPs one by one cost ~8,000 statements). Does not delete anything: see `deleteDemoRegion`.
 */
export async function loadDemoRegion(
  manager: EntityManager,
  options: { seed?: number; region?: DemoRegion; sopWriter?: SopWriter } = {},
): Promise<DemoLoadResult> {
  const sopWriter = options.sopWriter ?? new SopWriter();
  const region = options.region ?? generateDemoRegion(options.seed ?? DEMO_SEED);

  const idByCode = new Map<string, string>();
  for (const chunk of chunks(region.schools)) {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SchoolEntity)
      .values(
        chunk.map((s) => ({
          vestigingscode: s.vestigingscode,
          name: s.name,
          street: s.street,
          houseNumber: s.houseNumber,
          postcode: s.postcode,
          place: s.place,
          gemeenteCode: s.gemeenteCode,
          gemeenteName: s.gemeenteName,
          werkgebiedCode: s.werkgebied,
          werkgebiedSource: 'demo' as const,
          kind: s.kind,
          denomination: s.denomination,
          boardNumber: s.boardNumber,
          boardName: s.boardName,
          phone: s.phone,
          email: s.email,
          website: s.website,
          latitude: s.latitude,
          longitude: s.longitude,
          isDemo: true,
        })),
      )
      .returning(['id', 'vestigingscode'])
      .updateEntity(false)
      .execute();
    for (const row of inserted.raw as { id: string; vestigingscode: string }[])
      idByCode.set(row.vestigingscode, row.id);
  }
  const schoolId = (code: string): string => {
    const id = idByCode.get(code);
    if (id === undefined) throw new Error(`demo: onbekende vestigingscode ${code}`);
    return id;
  };

  for (const chunk of chunks(region.pupilCounts)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PupilCountEntity)
      .values(
        chunk.map((c) => ({
          schoolId: schoolId(c.vestigingscode),
          referenceDate: c.referenceDate,
          total: c.total,
          suppressed: c.suppressed,
          source: DEMO_SOURCE,
        })),
      )
      .updateEntity(false)
      .execute();
  }

  for (const p of region.fundingParameters) {
    // Only fills years staff have not set: an upsert that keeps a staff-entered formula.
    await manager.query(
      `INSERT INTO funding_parameter (calendar_year, base_per_location, per_pupil, note, source)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (calendar_year) DO NOTHING`,
      [p.calendarYear, p.basePerLocation, p.perPupil, p.note, DEMO_SOURCE],
    );
  }

  await sopWriter.saveMany(
    manager,
    region.sops.map((sop) => ({
      schoolId: schoolId(sop.vestigingscode),
      document: sop.document,
      status: sop.status,
      publishedAt: sop.publishedAt === null ? null : new Date(sop.publishedAt),
    })),
  );

  return {
    schools: region.schools.length,
    sops: region.sops.length,
    pupilCounts: region.pupilCounts.length,
  };
}

/** Deletes every demo school and everything hanging off it (pupil counts, SOPs and their rows cascade). */
export async function deleteDemoRegion(manager: EntityManager): Promise<number> {
  const rows = await manager.query<{ n: number }[]>(
    `WITH deleted AS (DELETE FROM school WHERE is_demo RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
  );
  return rows[0]?.n ?? 0;
}

function* chunks<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
