import { once } from 'node:events';
import { Controller, Get, Param, Res, UnprocessableEntityException } from '@nestjs/common';
import { type Response } from 'express';
import { Zip, ZipDeflate } from 'fflate';
import { Public } from '../common/auth/access-rule.decorator';
import { checkSchoolYear } from '../common/args';
import { AppError } from '../common/errors/app-error';
import { type OpenDataEntry, OpenDataService } from './open-data.service';

const JSON_TYPE = 'application/json; charset=utf-8';
/** Files in the zip carry a fixed time, so the same data gives the same archive. */
const ZIP_MTIME = new Date('2000-01-01T00:00:00Z');

/** Open data of published SOPs: public, because published SOPs are public documents. */
@Controller('api/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get('index.json')
  async index(@Res() res: Response): Promise<void> {
    const entries = await this.openData.index();
    res.setHeader('Content-Type', JSON_TYPE);
    res.end(JSON.stringify(indexDocument(entries), null, 2));
  }

  @Public()
  @Get('sop.schema.json')
  schema(@Res() res: Response): void {
    res.setHeader('Content-Type', 'application/schema+json');
    res.end(this.openData.schema());
  }

  @Public()
  @Get('sops/:key/:file')
  async sop(@Param('key') key: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^(.*)\.json$/.exec(file);
    if (!match)
      throw new AppError('NOT_FOUND', 'schoolYear', `'${file}' bestaat niet (verwacht <schooljaar>.json)`);
    const schoolYear = checkSchoolYear(match[1] ?? '', 'schoolYear');
    const result = await this.openData.one(key, schoolYear);
    if (!result) {
      throw new AppError(
        'NOT_FOUND',
        'vestigingscodeOrSchoolId',
        `geen gepubliceerd SOP voor '${key}' in schooljaar ${schoolYear}`,
      );
    }
    if (result.kind === 'invalid') {
      throw new UnprocessableEntityException({
        statusCode: 422,
        code: 'INVALID_DOCUMENT',
        message: 'het opgeslagen SOP voldoet niet aan het canonieke schema',
        errors: result.errors,
      });
    }
    res.setHeader('Content-Type', JSON_TYPE);
    res.setHeader('ETag', `"${result.file.entry.sha256}"`);
    res.end(result.file.json);
  }

  /** One file per SOP (`sops/<key>/<year>.json`), `index.json` and `sop.schema.json`, streamed. */
  @Public()
  @Get('sops.zip')
  async zip(@Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', 'attachment; filename="sppoh-sops.zip"');
    let failed: Error | null = null;
    const zip = new Zip((error, chunk, final) => {
      if (error) {
        failed = error;
        res.destroy(error);
        return;
      }
      res.write(chunk);
      if (final) res.end();
    });
    const add = async (name: string, bytes: Uint8Array): Promise<void> => {
      const file = new ZipDeflate(name, { level: 6 });
      file.mtime = ZIP_MTIME;
      zip.add(file);
      file.push(bytes, true);
      if (res.writableNeedDrain) await once(res, 'drain');
    };
    const entries: OpenDataEntry[] = [];
    for await (const result of this.openData.regionFiles()) {
      if (failed || res.destroyed) return;
      if (result.kind !== 'file') continue;
      entries.push(result.file.entry);
      await add(result.file.entry.path, result.file.json);
    }
    await add('index.json', Buffer.from(JSON.stringify(indexDocument(entries), null, 2)));
    await add('sop.schema.json', this.openData.schema());
    zip.end();
  }
}

function indexDocument(entries: OpenDataEntry[]): {
  title: string;
  schema: string;
  count: number;
  sops: OpenDataEntry[];
} {
  return {
    title: "SOP's (schoolondersteuningsprofielen) van SPPOH, canoniek JSON",
    schema: '/api/open-data/sop.schema.json',
    count: entries.length,
    sops: entries,
  };
}
