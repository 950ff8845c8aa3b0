import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { GeocodingService } from './geocoding.service';

/** `GeocodingService.geocode(query)`: PDOK Locatieserver with cache and offline fallback. */
@Module({
  imports: [RegionModule],
  providers: [GeocodingService],
  exports: [GeocodingService],
})
export class GeocodingModule {}
