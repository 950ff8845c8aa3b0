/**
 * `npm run bench:day-one -w apps/api`: measures the whole day-one flow on this machine — an empty database, the DUO
 * registers (bo, speciaal (basis)onderwijs) and pupil file of a generated region, a folder of SOP PDFs (205 by default), then "publish all ready" and
 * the region overview — with the real CLI against a fresh database on the PostgreSQL server of DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432). Prints seconds per step and documents per outcome.
 * Usage: measure-region-day-one.ts [schools] [pdf|mixed]
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { main } from '../../src/cli/main';
import { outcomeOf } from '../../src/imports/import-files';
import { type ImportResult } from '../../src/imports/import-result';
import { regionDuoFiles } from './duo-files';
import { generateRegion } from './generated-region';
import { renderSop } from './sop-documents';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await main(args, {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  });
  return { code, ...out };
}

async function run(): Promise<void> {
  const count = Number(process.argv[2] ?? 205);
  const mode = process.argv[3] ?? 'pdf';
  const server = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `sop_atlas_day_one_${process.pid}`;
  const admin = new Client({ connectionString: new URL('/postgres', server).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'day-one-'));
  process.env['DATABASE_URL'] = new URL(`/${name}`, server).toString();
  try {
    const region = await generateRegion(count);
    const docs = path.join(dir, 'sops');
    fs.mkdirSync(docs);
    const generated = performance.now();
    let written = 0;
    for (const [i, school] of region.schools.entries()) {
      // Every school's SOP as a PDF ("205 SOP PDFs"); `mixed` keeps the generated text/DOCX/PDF folder instead.
      const doc = region.documents[i];
      if (mode === 'mixed' && doc) fs.writeFileSync(path.join(docs, doc.fileName), doc.bytes);
      else
        fs.writeFileSync(
          path.join(docs, `sop-${String(i).padStart(3, '0')}.pdf`),
          await renderSop(
            {
              name: school.name,
              addressLine: `${school.street} ${school.houseNumber}, ${school.postcode} ${school.place}`,
              clean: true,
            },
            'pdf',
          ),
        );
      written += 1;
    }
    const duoFiles = regionDuoFiles(region.schools);
    for (const file of duoFiles) fs.writeFileSync(path.join(dir, file.name), file.bytes);
    process.stderr.write(
      `${written} documenten gemaakt in ${((performance.now() - generated) / 1000).toFixed(1)} s (niet meegeteld)\n`,
    );

    const seconds: Record<string, number> = {};
    const step = async (label: string, args: string[]): Promise<{ stdout: string; stderr: string }> => {
      const started = performance.now();
      const result = await cli(args);
      seconds[label] = (performance.now() - started) / 1000;
      if (result.code !== 0 && label !== 'import') throw new Error(`${label}: ${result.stderr}`);
      return result;
    };
    const total = performance.now();
    await step('migreren + init', [
      'init',
      '--email',
      'staf@example.nl',
      '--password',
      'meetwachtwoord-2026',
    ]);
    for (const file of duoFiles) await step(`duo ${file.name}`, ['duo', path.join(dir, file.name)]);
    const imported = await step('import', ['import', docs]);
    const published = await step('publiceer', ['publiceer']);
    seconds['totaal'] = (performance.now() - total) / 1000;

    const outcomes: Record<string, number> = {};
    for (const line of imported.stdout.trim().split('\n')) {
      const result = JSON.parse(line) as ImportResult;
      outcomes[outcomeOf(result)] = (outcomes[outcomeOf(result)] ?? 0) + 1;
    }
    const db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    const [overview] = (
      await db.query<{ schools: number; published: number; no_werkgebied: number }>(
        `SELECT (SELECT count(*) FROM school)::int AS schools,
                (SELECT count(DISTINCT school_id) FROM sop WHERE status = 'published')::int AS published,
                (SELECT count(*) FROM school WHERE werkgebied_code IS NULL)::int AS no_werkgebied`,
      )
    ).rows;
    await db.end();
    process.stdout.write(
      `\nDag één: ${count} scholen, ${written} documenten (${mode}), ${os.cpus().length} kernen\n` +
        Object.entries(seconds)
          .map(([label, s]) => `  ${label.padEnd(24)} ${s.toFixed(1).padStart(7)} s`)
          .join('\n') +
        `\n  uitkomsten: ${JSON.stringify(outcomes)}\n  ${published.stderr.trim()}\n` +
        `  overzicht: ${overview?.schools ?? 0} scholen, ${overview?.published ?? 0} met gepubliceerd SOP, ` +
        `${overview?.no_werkgebied ?? 0} zonder werkgebied\n`,
    );
  } finally {
    shutdownImportWorkers();
    fs.rmSync(dir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
