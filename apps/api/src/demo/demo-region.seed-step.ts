import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { SopWriter } from '../sops/sop-writer';
import { type SeedStep } from '../common/seed-step';
import { loadDemoRegion } from './demo-loader';

/** The fictional SPPOH demo region (205 schools, pupil counts 2021–2024, SOPs 2021-2022 … 2025-2026). */
@Injectable()
export class DemoRegionSeedStep implements SeedStep {
  readonly name = 'Demoregio (205 fictieve scholen, SOPs 2021-2026)';

  constructor(private readonly sopWriter: SopWriter) {}

  async run(manager: EntityManager): Promise<void> {
    await loadDemoRegion(manager, { sopWriter: this.sopWriter });
  }
}
