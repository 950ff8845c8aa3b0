import { Module } from '@nestjs/common';
import { WerkgebiedTableService } from '../geocoding/werkgebied-table.service';
import { WerkgebiedenResolver } from './werkgebieden.resolver';
import { WerkgebiedenService } from './werkgebieden.service';

/** Region data: the PC4 → werkgebied table (DUO import, geocoding) and the werkgebieden API. */
@Module({
  providers: [WerkgebiedTableService, WerkgebiedenService, WerkgebiedenResolver],
  exports: [WerkgebiedTableService, WerkgebiedenService],
})
export class RegionModule {}
