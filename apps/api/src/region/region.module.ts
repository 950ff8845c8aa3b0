import { Module } from '@nestjs/common';
import { WerkgebiedenResolver } from './werkgebieden.resolver';
import { WerkgebiedenService } from './werkgebieden.service';

/** The werkgebieden API: the werkgebieden with their school counts, and setting a school's werkgebied. */
@Module({
  providers: [WerkgebiedenService, WerkgebiedenResolver],
  exports: [WerkgebiedenService],
})
export class RegionModule {}
