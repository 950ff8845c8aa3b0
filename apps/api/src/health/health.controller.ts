import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/auth/access-rule.decorator';

/** Database ping deadline of the readiness check. */
const READY_TIMEOUT_MS = 1_500;

/**
 * For load balancers and orchestrators: `live` says the process answers (restart it when not), `ready` that it
 * can serve requests (the database answers); while not ready it is 503 (with Retry-After), so traffic goes to
 * another replica.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: READY_TIMEOUT_MS })]);
  }
}
