import { Column, Entity, PrimaryColumn } from 'typeorm';

/** SPPOH's 10 werkgebieden (8 stadsdelen of Den Haag + Rijswijk + Leidschendam-Voorburg), seeded by migration. */
@Entity({ name: 'werkgebied' })
export class WerkgebiedEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'werkgebied_pkey' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'gemeente_code', type: 'text' })
  gemeenteCode!: string;
}
