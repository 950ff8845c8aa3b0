import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseInfo } from '../database/database-info';
import { DatabaseKindEnum, type Health } from './models/health.model';

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
      databaseKind: DatabaseKindEnum[this.database.kind],
      databaseVersion: row?.version ?? 'onbekend',
      migrationCount: Number(row?.migrations ?? 0),
    };
  }
}
