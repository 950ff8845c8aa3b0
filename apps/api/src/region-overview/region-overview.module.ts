import { Module } from '@nestjs/common';
import { RegionOverviewResolver } from './region-overview.resolver';
import { RegionOverviewService } from './region-overview.service';

@Module({ providers: [RegionOverviewService, RegionOverviewResolver] })
export class RegionOverviewModule {}
