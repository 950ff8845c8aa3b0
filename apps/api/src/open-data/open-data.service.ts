import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { validateSopDocument } from '@sop-atlas/sop-model';
import { isUuid } from '../common/uuid';

/** URL prefix of the open-data files. */
export const OPEN_DATA_PREFIX = '/api/open-data';
/** SOPs read per statement while streaming the zip. */
export const OPEN_DATA_PAGE_SIZE = 100;

interface PublishedRow {
  school_id: string;
  vestigingscode: string | null;
  name: string;
  werkgebied_code: string | null;
  is_demo: boolean;
  school_year: string;
  published_at: Date | null;
  document: unknown;
  source_document_id: string | null;
  source_file_name: string | null;
  source_imported_at: Date | null;
}

/** One line of `index.json`. */
export interface OpenDataEntry {
  schoolId: string;
  vestigingscode: string | null;
  name: string;
  werkgebied: string | null;
  isDemo: boolean;
  schoolYear: string;
  /** Stable URL of the canonical JSON. */
  url: string;
  /** Path of the file inside `sops.zip`. */
  path: string;
  /** SHA-256 (hex) of the exact bytes served at `url`. */
  sha256: string;
  bytes: number;
  publishedAt: string | null;
  sourceDocument: { id: string; fileName: string; importedAt: string; adopted: string | null } | null;
}

export interface OpenDataFile {
  entry: OpenDataEntry;
  json: Buffer;
}

/** Either a served file or why it cannot be served. */
export type OpenDataOutcome = { kind: 'file'; file: OpenDataFile } | { kind: 'invalid'; errors: string[] };

const SELECT = `
  SELECT s.id AS school_id, s.vestigingscode, s.name, s.werkgebied_code, s.is_demo, sop.school_year,
         sop.published_at, sop.document, sd.id AS source_document_id, sd.file_name AS source_file_name,
         sd.imported_at AS source_imported_at
  FROM sop JOIN school s ON s.id = sop.school_id
  LEFT JOIN source_document sd ON sd.id = sop.source_document_id
  WHERE sop.status = 'published'`;

/** Key of a school in open-data URLs: its vestigingscode, or its id when it has none. */
export function openDataKey(school: { school_id: string; vestigingscode: string | null }): string {
  return school.vestigingscode ?? school.school_id;
}

function adoptedDate(document: unknown): string | null {
  if (typeof document !== 'object' || document === null) return null;
  const dates = (document as { dates?: { adopted?: unknown } }).dates;
  return typeof dates?.adopted === 'string' ? dates.adopted : null;
}

/**
 * Open data: every published SOP of the region as canonical JSON (validated with sop-model before it is served),
 * an index with SHA-256 per file, and the JSON Schema. Statements read pages of SOPs, so the zip streams.
 */
@Injectable()
export class OpenDataService {
  private schemaBytes: Buffer | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The committed JSON Schema of the canonical SOP document (`libs/sop-model/sop.schema.json`). */
  schema(): Buffer {
    if (this.schemaBytes === null) {
      const dir = path.dirname(require.resolve('@sop-atlas/sop-model/package.json'));
      this.schemaBytes = readFileSync(path.join(dir, 'sop.schema.json'));
    }
    return this.schemaBytes;
  }

  /** One published SOP by vestigingscode or school id and school year; null when there is none. */
  async one(key: string, schoolYear: string): Promise<OpenDataOutcome | null> {
    const byId = isUuid(key);
    const rows = await this.dataSource.query<PublishedRow[]>(
      `${SELECT} AND sop.school_year = $1 AND ${byId ? 's.id = $2::uuid' : 's.vestigingscode = $2'}`,
      [schoolYear, byId ? key : key.toUpperCase()],
    );
    const row = rows[0];
    if (!row) return null;
    return this.toFile(row);
  }

  /** Pages of the published SOPs of the region (schools with a werkgebied), in a stable order. */
  async *regionFiles(): AsyncGenerator<OpenDataOutcome> {
    let after: [string, string] | null = null;
    for (;;) {
      const rows: PublishedRow[] = await this.dataSource.query<PublishedRow[]>(
        `${SELECT} AND s.werkgebied_code IS NOT NULL
           AND ($1::uuid IS NULL OR (s.id, sop.school_year) > ($1::uuid, $2::text))
         ORDER BY s.id, sop.school_year LIMIT ${OPEN_DATA_PAGE_SIZE}`,
        [after?.[0] ?? null, after?.[1] ?? null],
      );
      for (const row of rows) yield this.toFile(row);
      const last = rows.at(-1);
      if (!last || rows.length < OPEN_DATA_PAGE_SIZE) return;
      after = [last.school_id, last.school_year];
    }
  }

  /** The index of the region's published SOPs (invalid documents left out). */
  async index(): Promise<OpenDataEntry[]> {
    const entries: OpenDataEntry[] = [];
    for await (const result of this.regionFiles())
      if (result.kind === 'file') entries.push(result.file.entry);
    return entries;
  }

  private toFile(row: PublishedRow): OpenDataOutcome {
    const result = validateSopDocument(row.document);
    if (!result.ok) return { kind: 'invalid', errors: result.errors.map((e) => `${e.path}: ${e.message}`) };
    const json = Buffer.from(`${JSON.stringify(result.value, null, 2)}\n`, 'utf8');
    const key = openDataKey(row);
    const file = `${encodeURIComponent(key)}/${row.school_year}.json`;
    return {
      kind: 'file',
      file: {
        json,
        entry: {
          schoolId: row.school_id,
          vestigingscode: row.vestigingscode,
          name: row.name,
          werkgebied: row.werkgebied_code,
          isDemo: row.is_demo,
          schoolYear: row.school_year,
          url: `${OPEN_DATA_PREFIX}/sops/${file}`,
          path: `sops/${file}`,
          sha256: createHash('sha256').update(json).digest('hex'),
          bytes: json.length,
          publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
          sourceDocument:
            row.source_document_id && row.source_file_name && row.source_imported_at
              ? {
                  id: row.source_document_id,
                  fileName: row.source_file_name,
                  importedAt: new Date(row.source_imported_at).toISOString(),
                  adopted: adoptedDate(result.value),
                }
              : null,
        },
      },
    };
  }
}
