import fs from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseInfo } from '../common/database-info';
import { DatabaseKindEnum, type Health } from './models/health.model';

/** apps/api/package.json: the same relative path from src/health and dist/health. */
const API_VERSION = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly database: DatabaseInfo,
  ) {}

  async check(): Promise<Health> {
    const rows: { version: string; migrations: string }[] = await this.dataSource.query(
      `SELECT current_setting('server_version') AS version, (SELECT count(*) FROM migrations) AS migrations`,
    );
    const row = rows[0];
    return {
      status: 'ok',
      version: API_VERSION,
      databaseKind: DatabaseKindEnum[this.database.kind],
      databaseVersion: row?.version ?? 'onbekend',
      migrationCount: Number(row?.migrations ?? 0),
    };
  }
}
