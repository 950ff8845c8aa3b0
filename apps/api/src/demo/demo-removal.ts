import { type EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS } from './demo-accounts.seed-step';
import { DEMO_REGION_SCHOOLS, DEMO_SOURCE, deleteDemoRegion } from './demo-loader';

export interface DemoRemovalResult {
  schools: number;
  sops: number;
  sourceDocuments: number;
  accounts: number;
  fundingParameters: number;
}

/**
 * Removes the fictional demo region from a database that also holds real schools, inside the caller's
 * transaction: the demo-region schools (their pupil counts, SOPs and SOP rows cascade), source documents that only
 * those SOPs used, the demo accounts (by their documented addresses) and the funding parameters the demo loaded.
 * Real schools, their SOPs and documents, other accounts, staff-entered funding parameters and the append-only
 * audit trail stay as they are.
 */
export async function removeDemoRegion(manager: EntityManager): Promise<DemoRemovalResult> {
  const [sops] = await manager.query<{ n: number; documents: string[] }[]>(
    `SELECT count(*)::int AS n,
            coalesce(array_agg(DISTINCT sop.source_document_id) FILTER (WHERE sop.source_document_id IS NOT NULL),
                     '{}') AS documents
     FROM sop WHERE sop.school_id IN (SELECT id FROM school WHERE ${DEMO_REGION_SCHOOLS})`,
  );
  // DELETE … RETURNING through TypeORM answers [rows, count]: count in SQL instead.
  const deleted = async (sql: string, params: unknown[]): Promise<number> =>
    (
      await manager.query<{ n: number }[]>(
        `WITH d AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM d`,
        params,
      )
    )[0]?.n ?? 0;
  const accounts = await deleted(`DELETE FROM user_account WHERE lower(email) = ANY($1::text[])`, [
    DEMO_ACCOUNTS.map((a) => a.email.toLowerCase()),
  ]);
  const schools = await deleteDemoRegion(manager);
  const documents = await deleted(
    `DELETE FROM source_document d WHERE d.id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM sop WHERE sop.source_document_id = d.id)`,
    [sops?.documents ?? []],
  );
  const funding = await deleted(`DELETE FROM funding_parameter WHERE source = $1`, [DEMO_SOURCE]);
  return {
    schools,
    sops: sops?.n ?? 0,
    sourceDocuments: documents,
    accounts,
    fundingParameters: funding,
  };
}
