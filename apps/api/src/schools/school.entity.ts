import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { type SchoolKind } from '@sop-atlas/sop-model';
import { WerkgebiedEntity } from './werkgebied.entity';

/**
 * How the werkgebied was decided: `pdok` (the address's wijk from PDOK), `gemeente` (Rijswijk,
 * Leidschendam-Voorburg), `postcode` (a sure PC4 of the table), `geschat` (an estimated or mixed PC4 of the table),
 * `manual` (staff), `demo`.
 */
export type WerkgebiedSource = 'pdok' | 'gemeente' | 'postcode' | 'geschat' | 'manual' | 'demo';
/**
 * Where a school's coordinates come from, recorded by every writer of `latitude`/`longitude`: `pdok` (PDOK's point
 * for the address), `geschat` (an estimate made without PDOK: a postcode centre, the centre of known schools, the
 * seed's approximation; shown as "locatie bij benadering"), `manual` (a pin SWV staff dropped on the map; geocoding
 * never replaces it), `demo` (fictional demo data). Null exactly when the school has no coordinates. DUO's files
 * carry no coordinates, so there is no `duo`.
 */
export const LOCATION_SOURCES = ['pdok', 'geschat', 'manual', 'demo'] as const;
export type LocationSource = (typeof LOCATION_SOURCES)[number];

/** Where the school kind came from: `duo` (SOORT PO), `naam` (read from the name), `manual`, `demo`. */
export type KindSource = 'duo' | 'naam' | 'manual' | 'demo';

@Entity({ name: 'school' })
@Unique('school_vestigingscode_key', ['vestigingscode'])
@Check('school_kind_check', `kind IN ('BAO', 'SBO', 'SO')`)
@Check(
  'school_werkgebied_source_check',
  `werkgebied_source IN ('pdok', 'gemeente', 'postcode', 'geschat', 'manual', 'demo')`,
)
@Check('school_kind_source_check', `kind_source IN ('duo', 'naam', 'manual', 'demo')`)
@Check('school_location_source_check', `location_source IN ('pdok', 'geschat', 'manual', 'demo')`)
@Check(
  'school_location_check',
  `(latitude IS NULL AND longitude IS NULL AND location_source IS NULL)
   OR (latitude IS NOT NULL AND longitude IS NOT NULL AND location_source IS NOT NULL)`,
)
@Index('school_lat_lon_idx', ['latitude', 'longitude'])
@Index('school_is_demo_idx', ['isDemo'])
@Index('school_denomination_idx', ['denomination'])
@Index('school_name_id_idx', ['name', 'id'])
/** Expression index (full-text over name and place) kept by migration only. */
@Index('school_text_search_idx', { synchronize: false })
export class SchoolEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'school_pkey' })
  id!: string;

  /** DUO vestigingscode (BRIN + 2 digits, `09QA00`); null when unknown. */
  @Column({ type: 'text', nullable: true })
  vestigingscode!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  street!: string | null;

  @Column({ name: 'house_number', type: 'text', nullable: true })
  houseNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Index('school_gemeente_idx')
  @Column({ name: 'gemeente_code', type: 'text', nullable: true })
  gemeenteCode!: string | null;

  @Column({ name: 'gemeente_name', type: 'text', nullable: true })
  gemeenteName!: string | null;

  @Index('school_werkgebied_idx')
  @Column({ name: 'werkgebied_code', type: 'text', nullable: true })
  werkgebiedCode!: string | null;

  @ManyToOne(() => WerkgebiedEntity, { nullable: true })
  @JoinColumn({ name: 'werkgebied_code', foreignKeyConstraintName: 'school_werkgebied_code_fkey' })
  werkgebied?: WerkgebiedEntity | null;

  /** How the werkgebied was decided; null while the school has none. */
  @Column({ name: 'werkgebied_source', type: 'text', nullable: true })
  werkgebiedSource!: WerkgebiedSource | null;

  @Index('school_kind_idx')
  @Column({ type: 'text' })
  kind!: SchoolKind;

  /** Null for schools from before this column (and the seeded ones). */
  @Column({ name: 'kind_source', type: 'text', nullable: true })
  kindSource!: KindSource | null;

  @Column({ type: 'text', nullable: true })
  denomination!: string | null;

  @Column({ name: 'board_number', type: 'text', nullable: true })
  boardNumber!: string | null;

  @Column({ name: 'board_name', type: 'text', nullable: true })
  boardName!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** Where `latitude`/`longitude` come from; null exactly when they are null (`school_location_check`). */
  @Column({ name: 'location_source', type: 'text', nullable: true })
  locationSource!: LocationSource | null;

  /** Fictional demo data, never mixed up with real schools in reports. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
