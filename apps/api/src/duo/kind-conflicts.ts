import { type EntityManager } from 'typeorm';
import { type DuoFileKind } from '@sop-atlas/region-data';
import { type SchoolKind } from '@sop-atlas/sop-model';
import { type KindSource } from '../schools/school.entity';

/**
 * One answer to "which kind is this school?" in a conflict (stored as jsonb in `school_kind_conflict.candidates`):
 * what a DUO file said (with the file and, for a pupil file, its peildatum) or what staff chose (`manual`).
 */
export interface KindCandidate {
  kind: SchoolKind;
  source: 'duo' | 'manual';
  fileName: string | null;
  fileKind: DuoFileKind | null;
  /** `YYYY-MM-DD`: the file's peildatum (pupil files); null for a register file or a manual kind. */
  referenceDate: string | null;
  sourceDocumentId: string | null;
  /** When the file was imported (ISO); null for a manual kind or a DUO kind from before evidence was kept. */
  recordedAt: string | null;
}

/** The newest thing DUO said for a school and kind: the candidate standing for the stored kind. */
export interface KindEvidence {
  schoolId: string;
  kind: SchoolKind;
  fileName: string;
  fileKind: DuoFileKind;
  referenceDate: string | null;
  sourceDocumentId: string | null;
  recordedAt: string;
}

/** What a DUO file says about a school's kind in this import. */
export interface KindClaim {
  kind: SchoolKind;
  fileName: string;
  fileKind: DuoFileKind;
  referenceDate: string | null;
  sourceDocumentId: string | null;
}

export interface KindDecision {
  /** Store the file's kind (source `duo`). */
  store: boolean;
  /** The school's kind is in doubt: open the conflict or add the file to the open one. */
  conflict: boolean;
  warning: string | null;
}

interface SchoolKindState {
  vestigingscode: string;
  name: string;
  kind: SchoolKind;
  kindSource: KindSource | null;
}

const AFTER = (date: string) => `peildatum ${date}`;

/**
 * The kind rule of ADR 0008. A file that agrees, or fills a kind read from the name (or without a source), is
 * simply taken. A kind staff chose stays, and so does a demo school's. Between two DUO files the newest data wins
 * where both carry a peildatum (a pupil file); otherwise (a register file has none, or the dates are equal) the file
 * imported last wins as before. Every disagreement is a conflict for staff to resolve, whichever kind is stored.
 *
 * `currentEvidence`: the newest DUO evidence of the stored kind (null when none was recorded, e.g. before this
 * table existed).
 */
export function decideKind(
  school: SchoolKindState,
  claim: KindClaim,
  currentEvidence: KindEvidence | null,
): KindDecision {
  const who = `${school.vestigingscode} (${school.name})`;
  const pinned = school.kindSource === 'manual' || school.kindSource === 'demo';
  if (claim.kind === school.kind) return { store: !pinned, conflict: false, warning: null };
  if (school.kindSource === 'demo') return { store: false, conflict: false, warning: null };
  if (school.kindSource === 'manual')
    return {
      store: false,
      conflict: true,
      warning:
        `${who}: ${claim.fileName} zegt soort ${claim.kind}, handmatig ingesteld is ${school.kind}; ` +
        `${school.kind} behouden (staat bij Datagezondheid onder 'Soort school onzeker').`,
    };
  if (school.kindSource !== 'duo') return { store: true, conflict: false, warning: null };

  const prefix =
    `${who}: soort school verschilt tussen DUO-bestanden: eerder ${school.kind}, ` +
    `${claim.fileName} zegt ${claim.kind}`;
  const before = currentEvidence?.referenceDate ?? null;
  const now = claim.referenceDate;
  if (before !== null && now !== null && now < before)
    return {
      store: false,
      conflict: true,
      warning:
        `${prefix} (${AFTER(now)}); ${school.kind} behouden: ${currentEvidence?.fileName ?? 'een eerder bestand'} ` +
        `heeft nieuwere gegevens (${AFTER(before)}) (controleer dit).`,
    };
  if (before !== null && now !== null && now > before)
    return {
      store: true,
      conflict: true,
      warning: `${prefix} (${AFTER(now)}); ${claim.kind} overgenomen: nieuwer dan ${AFTER(before)} (controleer dit).`,
    };
  return { store: true, conflict: true, warning: `${prefix}; ${claim.kind} overgenomen (controleer dit).` };
}

/** The newest evidence per school and kind (by peildatum, then by import), for the given schools. One statement. */
export async function loadKindEvidence(
  manager: EntityManager,
  schoolIds: readonly string[],
): Promise<Map<string, KindEvidence>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await manager.query<
    {
      school_id: string;
      kind: SchoolKind;
      file_name: string;
      file_kind: DuoFileKind;
      reference_date: string | null;
      source_document_id: string | null;
      recorded_at: Date;
    }[]
  >(
    `SELECT DISTINCT ON (school_id, kind) school_id, kind, file_name, file_kind,
            to_char(reference_date, 'YYYY-MM-DD') AS reference_date, source_document_id, recorded_at
     FROM school_kind_evidence WHERE school_id = ANY($1::uuid[])
     ORDER BY school_id, kind, reference_date DESC NULLS LAST, recorded_at DESC`,
    [schoolIds],
  );
  return new Map(
    rows.map((r) => [
      `${r.school_id}|${r.kind}`,
      {
        schoolId: r.school_id,
        kind: r.kind,
        fileName: r.file_name,
        fileKind: r.file_kind,
        referenceDate: r.reference_date,
        sourceDocumentId: r.source_document_id,
        recordedAt: new Date(r.recorded_at).toISOString(),
      },
    ]),
  );
}

/** Open conflicts of the given schools: school id → candidates. */
export async function loadOpenConflicts(
  manager: EntityManager,
  schoolIds: readonly string[],
): Promise<Map<string, KindCandidate[]>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await manager.query<{ school_id: string; candidates: KindCandidate[] }[]>(
    `SELECT school_id, candidates FROM school_kind_conflict
     WHERE resolved_at IS NULL AND school_id = ANY($1::uuid[])`,
    [schoolIds],
  );
  return new Map(rows.map((r) => [r.school_id, r.candidates]));
}

/** Records what this file said per school (one row per school and file; a re-import refreshes its row). */
export async function recordKindEvidence(
  manager: EntityManager,
  rows: readonly (KindClaim & { schoolId: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO school_kind_evidence (school_id, kind, source_document_id, file_name, file_kind, reference_date)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::date[])
     ON CONFLICT (school_id, source_document_id)
     DO UPDATE SET kind = excluded.kind, file_name = excluded.file_name, file_kind = excluded.file_kind,
                   reference_date = excluded.reference_date, recorded_at = now()`,
    [
      rows.map((r) => r.schoolId),
      rows.map((r) => r.kind),
      rows.map((r) => r.sourceDocumentId),
      rows.map((r) => r.fileName),
      rows.map((r) => r.fileKind),
      rows.map((r) => r.referenceDate),
    ],
  );
}

/** Same answer from the same place: a re-imported file (or the same manual choice) is not a new candidate. */
function sameCandidate(a: KindCandidate, b: KindCandidate): boolean {
  return (
    a.kind === b.kind &&
    a.source === b.source &&
    a.referenceDate === b.referenceDate &&
    (a.sourceDocumentId !== null && b.sourceDocumentId !== null
      ? a.sourceDocumentId === b.sourceDocumentId
      : a.fileName === b.fileName)
  );
}

/** `existing` plus the candidates it lacks, in the order they came. */
export function mergeCandidates(
  existing: readonly KindCandidate[],
  added: readonly KindCandidate[],
): KindCandidate[] {
  const out = [...existing];
  for (const candidate of added) if (!out.some((c) => sameCandidate(c, candidate))) out.push(candidate);
  return out;
}

/**
 * Opens a conflict per school (or adds candidates to its open one). `open` holds the open conflicts as loaded
 * before this import; a school absent there gets a new row.
 */
export async function writeConflicts(
  manager: EntityManager,
  changes: ReadonlyMap<string, KindCandidate[]>,
  open: ReadonlyMap<string, KindCandidate[]>,
): Promise<void> {
  for (const [schoolId, added] of changes) {
    const before = open.get(schoolId);
    if (before === undefined) {
      await manager.query(`INSERT INTO school_kind_conflict (school_id, candidates) VALUES ($1, $2::jsonb)`, [
        schoolId,
        JSON.stringify(mergeCandidates([], added)),
      ]);
      continue;
    }
    const merged = mergeCandidates(before, added);
    if (merged.length === before.length) continue;
    await manager.query(
      `UPDATE school_kind_conflict SET candidates = $2::jsonb, updated_at = now()
       WHERE school_id = $1 AND resolved_at IS NULL`,
      [schoolId, JSON.stringify(merged)],
    );
  }
}

/** The candidate for the kind a school has now: staff's choice, the newest DUO file saying it, or DUO unnamed. */
export function currentCandidate(school: SchoolKindState, evidence: KindEvidence | null): KindCandidate {
  if (school.kindSource === 'manual' || evidence === null)
    return {
      kind: school.kind,
      source: school.kindSource === 'manual' ? 'manual' : 'duo',
      fileName: null,
      fileKind: null,
      referenceDate: null,
      sourceDocumentId: null,
      recordedAt: null,
    };
  return {
    kind: evidence.kind,
    source: 'duo',
    fileName: evidence.fileName,
    fileKind: evidence.fileKind,
    referenceDate: evidence.referenceDate,
    sourceDocumentId: evidence.sourceDocumentId,
    recordedAt: evidence.recordedAt,
  };
}

export function claimCandidate(claim: KindClaim, now: string): KindCandidate {
  return {
    kind: claim.kind,
    source: 'duo',
    fileName: claim.fileName,
    fileKind: claim.fileKind,
    referenceDate: claim.referenceDate,
    sourceDocumentId: claim.sourceDocumentId,
    recordedAt: now,
  };
}
