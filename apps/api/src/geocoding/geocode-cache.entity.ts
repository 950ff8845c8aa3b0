import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Answers of the geocoder (PDOK Locatieserver) by normalised query text, so a query is asked once; a row with a
 * null point records "not found".
 */
@Entity({ name: 'geocode_cache' })
export class GeocodeCacheEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'geocode_cache_pkey' })
  query!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text', nullable: true })
  label!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @Column({ name: 'gemeente_code', type: 'text', nullable: true })
  gemeenteCode!: string | null;

  @Column({ type: 'text', nullable: true })
  wijk!: string | null;

  @Column({ type: 'text' })
  provider!: string;

  @Column({ name: 'found_at', type: 'timestamptz', default: () => 'now()' })
  foundAt!: Date;
}
