import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SchoolEntity } from '../schools/school.entity';
import { type SeedStep } from '../common/seed-step';

export const SEED_STEP_INSTANCES = Symbol('SEED_STEP_INSTANCES');

@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEED_STEP_INSTANCES) private readonly steps: SeedStep[],
  ) {}

  /** Number of user accounts (a start without any says how to create the first admin). */
  async accountCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM user_account',
    );
    return row?.count ?? 0;
  }

  /**
   * Runs every step in one transaction when the database has no schools; returns whether it seeded. Seeding
   * writes accounts and SOPs without a caller, which only the owner may: pass the owner's connection.
   */
  async seedIfEmpty(owner: DataSource = this.dataSource): Promise<boolean> {
    const schools = await owner.getRepository(SchoolEntity).count();
    if (schools > 0) return false;
    await owner.transaction(async (manager) => {
      for (const step of this.steps) {
        await step.run(manager);
        this.logger.log(`Gevuld: ${step.name}`);
      }
    });
    return true;
  }
}
