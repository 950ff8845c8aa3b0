import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import {
  decideWerkgebied,
  type WerkgebiedDecision,
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

  /** The werkgebied from gemeente, PDOK wijk or the PC4 table (estimates marked `geschat`). */
  decide(input: {
    postcode: string | null;
    gemeenteCode: string | null;
    wijk?: string | null;
  }): WerkgebiedDecision {
    return decideWerkgebied(input, this.get());
  }
}
