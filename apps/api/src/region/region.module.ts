import { Module } from '@nestjs/common';
import { WerkgebiedTableService } from './werkgebied-table.service';

/** Region data shared by DUO import, werkgebieden and geocoding: the PC4 → werkgebied table. */
@Module({
  providers: [WerkgebiedTableService],
  exports: [WerkgebiedTableService],
})
export class RegionModule {}
