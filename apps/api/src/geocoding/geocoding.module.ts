import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { GeocodingService } from './geocoding.service';
import { PlaceSchoolsJob } from './place-schools.job';
import { SchoolPlacesService } from './school-places.service';

/** `GeocodingService.geocode(query)`: PDOK Locatieserver with cache and offline fallback. */
@Module({
  imports: [RegionModule],
  providers: [GeocodingService, SchoolPlacesService, PlaceSchoolsJob],
  exports: [GeocodingService, SchoolPlacesService, PlaceSchoolsJob],
})
export class GeocodingModule {}
