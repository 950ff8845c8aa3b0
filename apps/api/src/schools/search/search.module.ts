import { Module } from '@nestjs/common';
import { GeocodingModule } from '../../geocoding/geocoding.module';
import { GeocodingService } from '../../geocoding/geocoding.service';
import { SEARCH_GEOCODER } from './geocoder';
import { SchoolSearchService } from './school-search.service';

@Module({
  imports: [GeocodingModule],
  providers: [SchoolSearchService, { provide: SEARCH_GEOCODER, useExisting: GeocodingService }],
  exports: [SchoolSearchService],
})
export class SearchModule {}
