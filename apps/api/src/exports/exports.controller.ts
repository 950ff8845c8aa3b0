import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type Response } from 'express';
import { Public } from '../common/auth/access-rule.decorator';
import { AppError, BadInputError } from '../common/errors/app-error';
import { MAX_COMPARED, MIN_COMPARED } from '../compare/compare.resolver';
import { MAX_MINIMUM_SCHOOLS } from '../region-overview/region-overview.resolver';
import { type SchoolFilter } from '../schools/dto/schools.args';
import { type NearInput, type SchoolSort } from '../schools/search/dto/search.inputs';
import { ExportsService } from './exports.service';
import {
  graphqlInputParam,
  intParam,
  optionalParam,
  requiredParam,
  schoolYearParam,
  werkgebiedParam,
} from './query-params';
import { batchesOf, csvHeader, csvLines, type Table } from './table';
import { writeXlsx } from './xlsx';

export const EXPORT_TABLES = ['schools', 'compare', 'coverage', 'funding'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

type QueryParams = Record<string, unknown>;

/**
 * Spreadsheet exports of published data: `GET /api/exports/<table>.<csv|xlsx>?...`. Public, like the GraphQL
 * queries they mirror (`schools`, `compareSchools`, `regionOverview`, funding).
 */
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly exportsService: ExportsService,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Public()
  @Get(':file')
  async export(
    @Param('file') file: string,
    @Query() query: QueryParams,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^([a-z]+)\.(csv|xlsx)$/.exec(file);
    const table = match?.[1];
    const format = match?.[2];
    if (!table || !format || !(EXPORT_TABLES as readonly string[]).includes(table)) {
      throw new AppError(
        'NOT_FOUND',
        'table',
        `onbekende export '${file}' (bekend: ${EXPORT_TABLES.map((t) => `${t}.csv, ${t}.xlsx`).join(', ')})`,
      );
    }
    const data = await this.table(table as ExportTable, query);
    const stem = data.name;
    const batches = batchesOf(data.rows)[Symbol.asyncIterator]();
    // The first batch before any byte is sent: a refusal or an outage still answers with its own status.
    const first = await batches.next();
    const streamed: Table<never> = { ...data, rows: resume(first, batches) };
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${stem}.csv"`);
      try {
        await write(res, csvHeader(data.columns));
        for await (const batch of batchesOf(streamed.rows)) await write(res, csvLines(batch, data.columns));
        res.end();
      } catch (error) {
        // Headers are gone: cut the transfer so the client sees a broken download, never a short file.
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      }
      return;
    }
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${stem}.xlsx"`);
    try {
      await writeXlsx(streamed, res);
    } catch (error) {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private async table(table: ExportTable, query: QueryParams): Promise<Table<never>> {
    switch (table) {
      case 'schools': {
        const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
        const filter = graphqlInputParam<SchoolFilter>(schema, 'SchoolFilter', query['filter'], 'filter');
        const near = graphqlInputParam<NearInput>(schema, 'NearInput', query['near'], 'near');
        const sort = graphqlInputParam<SchoolSort>(schema, 'SchoolSort', query['sort'], 'sort');
        return erase(await this.exportsService.schools(filter, near, sort));
      }
      case 'compare': {
        const ids = requiredParam(query['ids'], 'ids')
          .split(',')
          .map((id) => id.trim());
        if (ids.length < MIN_COMPARED || ids.length > MAX_COMPARED) {
          throw new BadInputError(
            `vergelijk ${MIN_COMPARED} tot ${MAX_COMPARED} scholen, niet ${ids.length}`,
            'ids',
          );
        }
        const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
        if (duplicate >= 0) throw new BadInputError('school staat twee keer in ids', `ids[${duplicate}]`);
        const year = optionalParam(query['schoolYear'], 'schoolYear');
        const schoolYear = year === null ? null : schoolYearParam(year);
        return erase(await this.exportsService.compare(ids, schoolYear));
      }
      case 'coverage': {
        const schoolYear = schoolYearParam(query['schoolYear']);
        const werkgebied = werkgebiedParam(query['werkgebied']);
        const minimumSchools =
          intParam(query['minimumSchools'], 'minimumSchools', 1, MAX_MINIMUM_SCHOOLS) ?? 1;
        return erase(await this.exportsService.coverage(schoolYear, werkgebied, minimumSchools));
      }
      case 'funding': {
        const calendarYear = intParam(query['calendarYear'], 'calendarYear', 2000, 2100);
        if (calendarYear === null)
          throw new BadInputError('calendarYear ontbreekt (bijvoorbeeld 2023)', 'calendarYear');
        return erase(await this.exportsService.funding(calendarYear));
      }
    }
  }
}

/** Tables of any row type are written the same way. */
function erase<Row>(table: Table<Row>): Table<never> {
  return table as unknown as Table<never>;
}

async function* resume<Row>(
  first: IteratorResult<readonly Row[]>,
  rest: AsyncIterator<readonly Row[]>,
): AsyncIterable<readonly Row[]> {
  for (let next = first; !next.done; next = await rest.next()) yield next.value;
}

/** Writes a chunk, waiting when the client reads slower than the export is made (backpressure). */
function write(res: Response, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.destroyed) {
      reject(new Error('de client heeft de verbinding verbroken'));
      return;
    }
    if (res.write(chunk)) resolve();
    else {
      res.once('drain', resolve);
      res.once('close', () => reject(new Error('de client heeft de verbinding verbroken')));
    }
  });
}
