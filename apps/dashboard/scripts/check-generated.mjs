#!/usr/bin/env node
// Regenerates the typed GraphQL client into a temporary folder and fails when it differs from the committed
// src/graphql/generated/ (schema or operations changed without `npm run codegen -w apps/dashboard`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(appDir, 'src/graphql/generated');
const temp = mkdtempSync(path.join(tmpdir(), 'dashboard-codegen-'));

try {
  execFileSync('npx', ['--no-install', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: appDir,
    env: { ...process.env, CODEGEN_OUT_DIR: `${temp}/` },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const names = new Set([...readdirSync(committed), ...readdirSync(temp)]);
  const drift = [...names].filter((name) => {
    const read = (dir) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8');
      } catch {
        return null;
      }
    };
    return read(committed) !== read(temp);
  });
  if (drift.length > 0) {
    console.error(`check-generated: src/graphql/generated/ is out of date (${drift.join(', ')}).`);
    console.error('Run `npm run codegen -w apps/dashboard` and commit the result.');
    process.exit(1);
  }
  console.log('check-generated: src/graphql/generated/ matches the schema and operations');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
