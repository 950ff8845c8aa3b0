import { Controller, Get, Header, NotFoundException, Req, UnauthorizedException } from '@nestjs/common';
import { type Request } from 'express';
import { Public } from '../common/auth/access-rule.decorator';
import { AppConfig } from '../config/app-config';
import { Metrics, metricsAuthorized } from './metrics';

/** Prometheus scrape endpoint; off (404) without METRICS_TOKEN, and only with `Authorization: Bearer <token>`. */
@Controller()
export class MetricsController {
  constructor(
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  @Public()
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request): Promise<string> {
    const token = this.config.metricsToken;
    if (token === null) throw new NotFoundException('Metrics staan uit (METRICS_TOKEN is niet gezet)');
    if (!metricsAuthorized(req.headers.authorization, token)) {
      throw new UnauthorizedException('Metrics vragen Authorization: Bearer <METRICS_TOKEN>');
    }
    req.res?.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
