import { Module } from '@nestjs/common';
import { SchoolSearchService } from './school-search.service';

@Module({
  providers: [SchoolSearchService],
  exports: [SchoolSearchService],
})
export class SearchModule {}
