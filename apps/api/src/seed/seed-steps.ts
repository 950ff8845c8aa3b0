import { type Type } from '@nestjs/common';
import { DemoAccountsSeedStep } from '../demo/demo-accounts.seed-step';
import { DemoRegionSeedStep } from '../demo/demo-region.seed-step';
import { JeroenSeedStep } from './jeroen.seed-step';
import { type SeedStep } from '../common/seed-step';

/** Seed steps in order; register a new step with one line here (and import its module in SeedModule). */
export const SEED_STEPS: Type<SeedStep>[] = [JeroenSeedStep, DemoRegionSeedStep, DemoAccountsSeedStep];
