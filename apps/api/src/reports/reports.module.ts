import { Module } from '@nestjs/common';
import { RegionOverviewService } from '../region-overview/region-overview.service';
import { RegionReportService } from './region-report.service';
import { ReportJobsService } from './report-jobs.service';
import { ReportsController } from './reports.controller';

@Module({
  controllers: [ReportsController],
  providers: [RegionReportService, ReportJobsService, RegionOverviewService],
  exports: [ReportJobsService],
})
export class ReportsModule {}
