import { type DataSource } from 'typeorm';
import { generateNationalDataset, type NationalDatasetOptions } from '@sop-atlas/region-data';
import { insertFictionalSchools, insertFictionalSops, insertPupilCounts } from '../demo/bulk-load';
import { SopWriter } from '../sops/sop-writer';

/** The `source` of the national set's pupil counts. */
export const NATIONAL_SOURCE = 'landelijke testset (fictief)';
/** National-set schools: fictional, BRIN `80..`–`98..` (the SPPOH demo region uses `99..`). */
export const NATIONAL_SCHOOLS = `is_demo AND vestigingscode ~ '^(8[0-9]|9[0-8])[A-Z]{2}[0-9]{2}$'`;

export interface NationalLoadResult {
  deletedSchools: number;
  batches: number;
  rows: Record<string, number>;
  seconds: number;
}

/** Tables whose rows the national set adds, for the report. */
const TABLES = [
  'school',
  'pupil_count',
  'sop',
  'sop_hgw',
  'sop_expertise',
  'sop_partner',
  'sop_facility',
  'sop_extra_offer',
  'sop_warning',
] as const;

/**
 * Replaces the national fictional data set: deletes the previous one, then loads `generateNationalDataset` batch
 * by batch, one transaction per batch (multi-row inserts; SOPs through `SopWriter.saveMany`). `onBatch` sees
 * progress. Demo-region and real schools are never touched.
 */
export async function loadNationalDataset(
  dataSource: DataSource,
  options: NationalDatasetOptions,
  onBatch: (done: { batch: number; schools: number; seconds: number }) => void = () => undefined,
): Promise<NationalLoadResult> {
  const started = performance.now();
  const seconds = (): number => Math.round((performance.now() - started) / 100) / 10;
  const deleted = await dataSource.query<{ n: number }[]>(
    `WITH deleted AS (DELETE FROM school WHERE ${NATIONAL_SCHOOLS} RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
  );
  const afterDelete = await countRows(dataSource);
  const sopWriter = new SopWriter();
  let batches = 0;
  let schools = 0;
  for (const batch of generateNationalDataset(options)) {
    await dataSource.transaction(async (manager) => {
      const idByCode = await insertFictionalSchools(manager, batch.schools);
      await insertPupilCounts(manager, batch.pupilCounts, idByCode, NATIONAL_SOURCE);
      await insertFictionalSops(manager, sopWriter, batch.sops, idByCode);
    });
    batches += 1;
    schools += batch.schools.length;
    onBatch({ batch: batch.index, schools, seconds: seconds() });
  }
  const after = await countRows(dataSource);
  return {
    deletedSchools: deleted[0]?.n ?? 0,
    batches,
    rows: Object.fromEntries(TABLES.map((t) => [t, (after[t] ?? 0) - (afterDelete[t] ?? 0)])),
    seconds: seconds(),
  };
}

async function countRows(dataSource: DataSource): Promise<Record<string, number>> {
  const [row] = await dataSource.query<Record<string, number>[]>(
    `SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return row ?? {};
}
