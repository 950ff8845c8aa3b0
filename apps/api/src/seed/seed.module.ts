import { Module } from '@nestjs/common';
import { SopsModule } from '../sops/sops.module';
import { SEED_STEPS } from './seed-steps';
import { SEED_STEP_INSTANCES, SeedService } from './seed.service';
import { type SeedStep } from '../common/seed-step';

@Module({
  imports: [SopsModule],
  providers: [
    ...SEED_STEPS,
    { provide: SEED_STEP_INSTANCES, useFactory: (...steps: SeedStep[]) => steps, inject: SEED_STEPS },
    SeedService,
  ],
  exports: [SeedService],
})
export class SeedModule {}
