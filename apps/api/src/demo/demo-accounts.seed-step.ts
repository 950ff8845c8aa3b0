import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type Role } from '../common/auth/access-rule.decorator';
import { type SeedStep } from '../common/seed-step';
import { createUserAccount } from '../accounts/accounts.service';

/**
 * Demo accounts, one per role, with publicly documented passwords (README, .env.example). Created only when the
 * seeded database holds the fictional demo region; never in a database without demo schools.
 */
export const DEMO_ACCOUNTS: readonly {
  email: string;
  password: string;
  roles: Role[];
  displayName: string;
}[] = [
  {
    email: 'redacteur@demo.sop-atlas.nl',
    password: 'demo-redacteur-2026',
    roles: ['school-editor'],
    displayName: 'Demo schoolredacteur',
  },
  {
    email: 'staf@demo.sop-atlas.nl',
    password: 'demo-staf-2026',
    roles: ['swv-staff'],
    displayName: 'Demo SWV-staf',
  },
  {
    email: 'beheer@demo.sop-atlas.nl',
    password: 'demo-beheer-2026',
    roles: ['admin'],
    displayName: 'Demo beheerder',
  },
];

@Injectable()
export class DemoAccountsSeedStep implements SeedStep {
  readonly name = 'Demo-accounts (redacteur, staf, beheer; alleen bij de demoregio)';

  async run(manager: EntityManager): Promise<void> {
    const [school] = await manager.query<{ id: string }[]>(
      `SELECT id FROM school WHERE is_demo ORDER BY name, id LIMIT 1`,
    );
    if (!school) return;
    for (const account of DEMO_ACCOUNTS) {
      await createUserAccount(manager, {
        ...account,
        schoolIds: account.roles.includes('school-editor') ? [school.id] : [],
      });
    }
  }
}
