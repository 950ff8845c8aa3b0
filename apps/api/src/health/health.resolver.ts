import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access-rule.decorator';
import { HealthService } from './health.service';
import { Health } from './models/health.model';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Public()
  @Query(() => Health, { description: 'Whether the API and its database answer.' })
  async health(): Promise<Health> {
    return this.healthService.check();
  }
}
