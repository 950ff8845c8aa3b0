import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { GeocodingService } from './geocoding.service';
import { SchoolPlacesService } from './school-places.service';

/** `GeocodingService.geocode(query)`: PDOK Locatieserver with cache and offline fallback. */
@Module({
  imports: [RegionModule],
  providers: [GeocodingService, SchoolPlacesService],
  exports: [GeocodingService, SchoolPlacesService],
})
export class GeocodingModule {}
