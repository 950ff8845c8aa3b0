import { Module } from '@nestjs/common';
import { GeocodingService } from './geocoding.service';
import { PlaceSchoolsJob } from './place-schools.job';
import { SchoolPlacesService } from './school-places.service';
import { WerkgebiedTableService } from './werkgebied-table.service';

/**
 * `GeocodingService.geocode(query)`: PDOK Locatieserver with cache and offline fallback; the PC4 → werkgebied table
 * (geocoding, DUO import).
 */
@Module({
  providers: [GeocodingService, SchoolPlacesService, WerkgebiedTableService, PlaceSchoolsJob],
  exports: [GeocodingService, SchoolPlacesService, WerkgebiedTableService, PlaceSchoolsJob],
})
export class GeocodingModule {}
