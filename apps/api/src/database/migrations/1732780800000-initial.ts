import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { PUBLISHED_FUNDING_2017_2018, WERKGEBIEDEN } from '@sop-atlas/sop-model';

/**
 * The first schema: schools, pupil counts, source documents, SOPs with their row tables and warnings, funding
 * parameters, geocode cache. Check constraints instead of enum types, so a catalog can grow by one migration.
 * PostgreSQL 15 features only (the embedded server and CI run 15; docker compose runs 16).
 */
export class Initial1732780800000 implements MigrationInterface {
  name = 'Initial1732780800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE werkgebied (
        code text NOT NULL,
        name text NOT NULL,
        gemeente_code text NOT NULL,
        CONSTRAINT werkgebied_pkey PRIMARY KEY (code)
      )`);

    await q.query(`
      CREATE TABLE school (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        vestigingscode text,
        name text NOT NULL,
        street text,
        house_number text,
        postcode text,
        place text,
        gemeente_code text,
        gemeente_name text,
        werkgebied_code text,
        werkgebied_source text,
        kind text NOT NULL,
        denomination text,
        board_number text,
        board_name text,
        phone text,
        email text,
        website text,
        latitude double precision,
        longitude double precision,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT school_pkey PRIMARY KEY (id),
        CONSTRAINT school_vestigingscode_key UNIQUE (vestigingscode),
        CONSTRAINT school_kind_check CHECK (kind IN ('BAO', 'SBO', 'SO')),
        CONSTRAINT school_werkgebied_source_check CHECK (werkgebied_source IN ('postcode', 'manual', 'demo')),
        CONSTRAINT school_werkgebied_code_fkey FOREIGN KEY (werkgebied_code) REFERENCES werkgebied (code)
      )`);
    await q.query(`CREATE INDEX school_werkgebied_idx ON school (werkgebied_code)`);
    await q.query(`CREATE INDEX school_kind_idx ON school (kind)`);
    await q.query(`CREATE INDEX school_gemeente_idx ON school (gemeente_code)`);
    await q.query(`CREATE INDEX school_lat_lon_idx ON school (latitude, longitude)`);

    await q.query(`
      CREATE TABLE pupil_count (
        school_id uuid NOT NULL,
        reference_date date NOT NULL,
        total integer,
        suppressed boolean NOT NULL DEFAULT false,
        source text NOT NULL,
        CONSTRAINT pupil_count_pkey PRIMARY KEY (school_id, reference_date),
        CONSTRAINT pupil_count_school_id_fkey FOREIGN KEY (school_id) REFERENCES school (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE source_document (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        sha256 text NOT NULL,
        media_type text NOT NULL,
        file_name text NOT NULL,
        byte_size integer NOT NULL,
        bytes bytea NOT NULL,
        source_kind text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        imported_by text,
        importer text,
        CONSTRAINT source_document_pkey PRIMARY KEY (id),
        CONSTRAINT source_document_sha256_key UNIQUE (sha256),
        CONSTRAINT source_document_source_kind_check CHECK (source_kind IN ('text', 'pdf', 'docx', 'csv', 'demo'))
      )`);

    await q.query(`
      CREATE TABLE sop (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL,
        school_year text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        source_document_id uuid,
        document jsonb NOT NULL,
        template text,
        vision text,
        support_structure text,
        extra_support text,
        limits text,
        evaluation text,
        extra_offer_note text,
        funding_amount numeric(12,2),
        funding_year integer,
        search tsvector NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        CONSTRAINT sop_pkey PRIMARY KEY (id),
        CONSTRAINT sop_school_year_check CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
        CONSTRAINT sop_status_check CHECK (status IN ('draft', 'in-review', 'published', 'archived')),
        CONSTRAINT sop_school_id_fkey FOREIGN KEY (school_id) REFERENCES school (id) ON DELETE CASCADE,
        CONSTRAINT sop_source_document_id_fkey FOREIGN KEY (source_document_id) REFERENCES source_document (id)
      )`);
    await q.query(`CREATE INDEX sop_school_idx ON sop (school_id)`);
    await q.query(`CREATE INDEX sop_source_document_idx ON sop (source_document_id)`);
    await q.query(`CREATE INDEX sop_year_status_idx ON sop (school_year, status)`);
    await q.query(
      `CREATE UNIQUE INDEX sop_one_published_per_year ON sop (school_id, school_year) WHERE status = 'published'`,
    );
    await q.query(`CREATE INDEX sop_search_idx ON sop USING gin (search)`);

    const rowTable = async (
      table: string,
      columns: string,
      checks: string[],
      index: string,
    ): Promise<void> => {
      await q.query(`
        CREATE TABLE ${table} (
          sop_id uuid NOT NULL,
          position integer NOT NULL,
          ${columns},
          CONSTRAINT ${table}_pkey PRIMARY KEY (sop_id, position),
          ${checks.map((check) => `${check},`).join('\n')}
          CONSTRAINT ${table}_sop_id_fkey FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE
        )`);
      if (index !== '') await q.query(index);
    };
    await rowTable(
      'sop_hgw',
      `code text, label text NOT NULL, status text, candidates text[] NOT NULL`,
      [
        `CONSTRAINT sop_hgw_status_check CHECK (status IN ('op-orde', 'in-ontwikkeling', 'nog-op-te-starten'))`,
      ],
      `CREATE INDEX sop_hgw_code_status_idx ON sop_hgw (code, status)`,
    );
    await rowTable(
      'sop_expertise',
      `code text, label text NOT NULL, available boolean, availability text, availability_kind text NOT NULL`,
      [
        `CONSTRAINT sop_expertise_availability_kind_check
           CHECK (availability_kind IN ('in-team', 'ingekocht', 'geen', 'onbekend'))`,
      ],
      `CREATE INDEX sop_expertise_code_kind_idx ON sop_expertise (code, availability_kind)`,
    );
    await rowTable(
      'sop_partner',
      `code text, label text NOT NULL, frequency text, frequency_rank smallint, candidates text[] NOT NULL`,
      [
        `CONSTRAINT sop_partner_frequency_check
           CHECK (frequency IN ('structureel', 'regelmatig', 'incidenteel', 'niet-van-toepassing'))`,
      ],
      `CREATE INDEX sop_partner_code_rank_idx ON sop_partner (code, frequency_rank)`,
    );
    await rowTable(
      'sop_facility',
      `code text, label text NOT NULL, status text, candidates text[] NOT NULL`,
      [`CONSTRAINT sop_facility_status_check CHECK (status IN ('aanwezig', 'niet-van-toepassing'))`],
      `CREATE INDEX sop_facility_code_status_idx ON sop_facility (code, status)`,
    );
    await rowTable('sop_extra_offer', `offer text NOT NULL, period text, is_hint boolean NOT NULL`, [], '');

    await q.query(`
      CREATE TABLE sop_warning (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        sop_id uuid NOT NULL,
        position integer NOT NULL,
        path text NOT NULL,
        code text NOT NULL,
        message text NOT NULL,
        candidates text[] NOT NULL,
        resolved_at timestamptz,
        resolved_by text,
        CONSTRAINT sop_warning_pkey PRIMARY KEY (id),
        CONSTRAINT sop_warning_sop_id_fkey FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX sop_warning_sop_idx ON sop_warning (sop_id, position)`);

    await q.query(`
      CREATE TABLE funding_parameter (
        calendar_year integer NOT NULL,
        base_per_location numeric(12,2) NOT NULL,
        per_pupil numeric(12,2) NOT NULL,
        note text,
        source text,
        CONSTRAINT funding_parameter_pkey PRIMARY KEY (calendar_year)
      )`);

    await q.query(`
      CREATE TABLE geocode_cache (
        query text NOT NULL,
        latitude double precision,
        longitude double precision,
        provider text NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT geocode_cache_pkey PRIMARY KEY (query)
      )`);

    const werkgebieden = WERKGEBIEDEN.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(
      ', ',
    );
    await q.query(
      `INSERT INTO werkgebied (code, name, gemeente_code) VALUES ${werkgebieden}`,
      WERKGEBIEDEN.flatMap((w) => [w.code, w.name, w.gemeenteCode]),
    );
    await q.query(
      `INSERT INTO funding_parameter (calendar_year, base_per_location, per_pupil, note, source)
       SELECT year, $1, $2, $3, 'SPPOH 2017-2018' FROM generate_series(2021, 2025) AS year`,
      [
        PUBLISHED_FUNDING_2017_2018.basePerLocation,
        PUBLISHED_FUNDING_2017_2018.perPupil,
        PUBLISHED_FUNDING_2017_2018.note,
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'geocode_cache',
      'funding_parameter',
      'sop_warning',
      'sop_extra_offer',
      'sop_facility',
      'sop_partner',
      'sop_expertise',
      'sop_hgw',
      'sop',
      'source_document',
      'pupil_count',
      'school',
      'werkgebied',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
