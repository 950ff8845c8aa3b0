import { type EntityManager } from 'typeorm';
import { type DemoRegion, generateDemoRegion } from '@sop-atlas/region-data';
import { insertFictionalSchools, insertFictionalSops, insertPupilCounts } from './bulk-load';
import { SopWriter } from '../sops/sop-writer';

/** Default seed of the demo region (SPPOH's SWV number); the same seed always gives the same region. */
export const DEMO_SEED = 2815;
/** The `source` of demo pupil counts and funding parameters. */
export const DEMO_SOURCE = 'demo (fictief)';
/** Demo-region schools: fictional BRIN codes `99..` (the national set uses `80..`–`98..`). */
export const DEMO_REGION_SCHOOLS = `is_demo AND vestigingscode LIKE '99%'`;

export interface DemoLoadResult {
  schools: number;
  sops: number;
  pupilCounts: number;
}

/**
 * Inserts the fictional SPPOH demo region (`generateDemoRegion`) inside the caller's transaction: schools with
 * `is_demo = true`, werkgebied (`werkgebied_source = 'demo'`) and coordinates, pupil counts, funding parameters
 * (upsert per calendar year) and every SOP through `SopWriter.saveMany` (the writer's bulk path: one
 * validation and row mapping, multi-row inserts; ~800 SOPs one by one cost ~8,000 statements).
 * Deletes nothing: see `deleteDemoRegion`.
 */
export async function loadDemoRegion(
  manager: EntityManager,
  options: { seed?: number; region?: DemoRegion; sopWriter?: SopWriter } = {},
): Promise<DemoLoadResult> {
  const sopWriter = options.sopWriter ?? new SopWriter();
  const region = options.region ?? generateDemoRegion(options.seed ?? DEMO_SEED);

  const idByCode = await insertFictionalSchools(manager, region.schools);
  await insertPupilCounts(manager, region.pupilCounts, idByCode, DEMO_SOURCE);

  for (const p of region.fundingParameters) {
    // Only fills years staff have not set: an upsert that keeps a staff-entered formula.
    await manager.query(
      `INSERT INTO funding_parameter (calendar_year, base_per_location, per_pupil, note, source)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (calendar_year) DO NOTHING`,
      [p.calendarYear, p.basePerLocation, p.perPupil, p.note, DEMO_SOURCE],
    );
  }

  await insertFictionalSops(manager, sopWriter, region.sops, idByCode);

  return {
    schools: region.schools.length,
    sops: region.sops.length,
    pupilCounts: region.pupilCounts.length,
  };
}

/**
 * Deletes every demo-region school and everything hanging off it (pupil counts, SOPs and their rows cascade);
 * real schools and the national set stay.
 */
export async function deleteDemoRegion(manager: EntityManager): Promise<number> {
  const rows = await manager.query<{ n: number }[]>(
    `WITH deleted AS (DELETE FROM school WHERE ${DEMO_REGION_SCHOOLS} RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
  );
  return rows[0]?.n ?? 0;
}
