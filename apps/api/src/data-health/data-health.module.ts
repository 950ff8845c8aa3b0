import { Module } from '@nestjs/common';
import { DataHealthResolver } from './data-health.resolver';
import { DataHealthService } from './data-health.service';
import { KindConflictsResolver } from './kind-conflicts.resolver';
import { KindConflictsService } from './kind-conflicts.service';

/**
 * Data health for staff: the schools' places (werkgebied, coordinates) and kinds in doubt between DUO files, with
 * their one-click fixes.
 */
@Module({
  providers: [DataHealthService, DataHealthResolver, KindConflictsService, KindConflictsResolver],
})
export class DataHealthModule {}
