import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { SchoolEntity } from '../schools/school.entity';
import { SopWriter } from '../sops/sop-writer';
import { JEROEN_SCHOOL, jeroenSopDocument } from './jeroen.fixture';
import { type SeedStep } from '../common/seed-step';

/** The one real school of the first release, with its published SOP 2023-2024. */
@Injectable()
export class JeroenSeedStep implements SeedStep {
  readonly name = 'Basisschool Jeroen (SOP 2023-2024)';

  constructor(private readonly sopWriter: SopWriter) {}

  async run(manager: EntityManager): Promise<void> {
    const school = await manager.save(manager.create(SchoolEntity, { ...JEROEN_SCHOOL }));
    await this.sopWriter.save(manager, {
      schoolId: school.id,
      document: jeroenSopDocument(),
      status: 'published',
    });
  }
}
