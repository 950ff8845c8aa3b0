import { Module } from '@nestjs/common';
import { DataHealthResolver } from './data-health.resolver';
import { DataHealthService } from './data-health.service';

/** Data health of the schools' places (werkgebied, coordinates) and their one-click fixes for staff. */
@Module({
  providers: [DataHealthService, DataHealthResolver],
})
export class DataHealthModule {}
