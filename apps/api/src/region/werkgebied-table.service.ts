import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import {
  loadDefaultWerkgebiedTable,
  parseWerkgebiedTable,
  type WerkgebiedLookup,
  werkgebiedForPostcode,
  type WerkgebiedTable,
} from '@sop-atlas/region-data';
import { AppConfig } from '../config/app-config';

/** The PC4 → werkgebied table of `WERKGEBIED_TABLE` (default: region-data's shipped CSV), read once. */
@Injectable()
export class WerkgebiedTableService {
  private table: WerkgebiedTable | undefined;

  constructor(private readonly config: AppConfig) {}

  get(): WerkgebiedTable {
    this.table ??=
      this.config.werkgebiedTable === null
        ? loadDefaultWerkgebiedTable()
        : parseWerkgebiedTable(readFileSync(this.config.werkgebiedTable, 'utf8'));
    return this.table;
  }

  lookup(postcode: string | null, gemeenteCode?: string | null): WerkgebiedLookup {
    return werkgebiedForPostcode(postcode, this.get(), gemeenteCode);
  }
}
