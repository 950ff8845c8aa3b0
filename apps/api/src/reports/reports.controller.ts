import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Public, Roles } from '../common/auth/access-rule.decorator';
import { AppError, BadInputError } from '../common/errors/app-error';
import { schoolYearParam, werkgebiedParam } from '../exports/query-params';
import { renderRegionReportHtml } from './region-report.html';
import { RegionReportService } from './region-report.service';
import { type ReportJobEntity } from './report-job.entity';
import { ReportJobsService } from './report-jobs.service';

/** What `POST /api/reports/region` and `GET /api/reports/jobs/:id` answer. */
export interface ReportJobView {
  id: string;
  kind: string;
  status: string;
  progress: number;
  params: { schoolYear: string; werkgebied: string | null };
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  resultSize: number | null;
  statusUrl: string;
  pdfUrl: string | null;
}

function view(job: ReportJobEntity): ReportJobView {
  const base = `/api/reports/jobs/${job.id}`;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    params: job.params,
    error: job.error,
    createdAt: new Date(job.createdAt).toISOString(),
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
    durationMs: job.durationMs,
    resultSize: job.resultSize,
    statusUrl: base,
    pdfUrl: job.status === 'done' ? `${base}/report.pdf` : null,
  };
}

/**
 * Policy reports. The print HTML is public (it shows the same published figures as the public `regionOverview`
 * query, rendered on request). PDF jobs are for SWV staff: each one costs seconds of CPU and stores a file, so an
 * anonymous caller could fill the queue; staff pass the PDF on to the board.
 */
@Controller('api/reports')
export class ReportsController {
  constructor(
    private readonly jobs: ReportJobsService,
    private readonly reports: RegionReportService,
  ) {}

  @Roles('swv-staff')
  @Post('region')
  @HttpCode(202)
  async start(@Body() body: unknown): Promise<ReportJobView> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new BadInputError(
        'verwacht een JSON-object {"schoolYear": "2023-2024", "werkgebied": "escamp"}',
        'body',
      );
    }
    const input = body as Record<string, unknown>;
    const unknownKey = Object.keys(input).find((k) => k !== 'schoolYear' && k !== 'werkgebied');
    if (unknownKey !== undefined) throw new BadInputError(`onbekend veld '${unknownKey}'`, unknownKey);
    if (
      input['werkgebied'] !== undefined &&
      input['werkgebied'] !== null &&
      typeof input['werkgebied'] !== 'string'
    ) {
      throw new BadInputError('werkgebied moet een tekst of null zijn', 'werkgebied');
    }
    const schoolYear = schoolYearParam(input['schoolYear']);
    const werkgebied = werkgebiedParam(input['werkgebied'] ?? undefined);
    return view(await this.jobs.startRegionReport({ schoolYear, werkgebied }));
  }

  @Roles('swv-staff')
  @Get('jobs/:id')
  async status(@Param('id') id: string): Promise<ReportJobView> {
    const job = await this.jobs.find(id);
    if (!job) throw new AppError('NOT_FOUND', 'id', `rapportopdracht '${id}' bestaat niet`);
    return view(job);
  }

  @Roles('swv-staff')
  @Get('jobs/:id/report.pdf')
  async pdf(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const job = await this.jobs.find(id);
    if (!job) throw new AppError('NOT_FOUND', 'id', `rapportopdracht '${id}' bestaat niet`);
    if (job.status !== 'done') {
      throw new AppError(
        'CONFLICT',
        null,
        `het rapport is nog niet klaar (status ${job.status}, ${job.progress}%)`,
      );
    }
    const bytes = await this.jobs.result(id);
    if (!bytes) throw new AppError('NOT_FOUND', 'id', `rapport '${id}' heeft geen PDF`);
    const name = `dekkend-aanbod-${job.params.werkgebied ?? 'sppoh'}-${job.params.schoolYear}.pdf`;
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${name}"`);
    res.setHeader('Content-Length', String(bytes.length));
    res.end(bytes);
  }

  @Public()
  @Get('region.html')
  async html(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const schoolYear = schoolYearParam(query['schoolYear']);
    const werkgebied = werkgebiedParam(query['werkgebied']);
    const report = await this.reports.report({ schoolYear, werkgebied });
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(renderRegionReportHtml(report));
  }
}
