import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ADMIN_DATABASE_URL, databaseUrl, TEMPLATE_ENV } from './test-env';

/** Creates one migrated template database per test run; each test file clones it (see test-database.ts). */
export default async function globalSetup(): Promise<void> {
  const name = `sop_atlas_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Integratietests hebben PostgreSQL op ${ADMIN_DATABASE_URL} nodig: ${(error as Error).message}`,
    );
  }
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(name), { poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_ENV] = name;
}
