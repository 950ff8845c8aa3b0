import { Module } from '@nestjs/common';
import { CompareService } from '../compare/compare.service';
import { FundingBasisLoader } from '../funding/funding.loaders';
import { RegionOverviewService } from '../region-overview/region-overview.service';
import { SearchModule } from '../schools/search/search.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [SearchModule],
  controllers: [ExportsController],
  providers: [ExportsService, CompareService, FundingBasisLoader, RegionOverviewService],
})
export class ExportsModule {}
