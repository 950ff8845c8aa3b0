#!/usr/bin/env node
// Gzip size of the JavaScript a first visit downloads before any lazy route: the entry chunk plus everything it
// imports statically, read from Vite's manifest. Fails above the budget (default 250 kB, override with
// BUNDLE_BUDGET_KB). Run after `vite build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(appDir, 'dist');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 250);

let manifest;
try {
  manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
} catch {
  console.error(
    'bundle-size: dist/.vite/manifest.json not found; run `npm run build -w apps/dashboard` first',
  );
  process.exit(1);
}

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length === 0) {
  console.error('bundle-size: the manifest has no entry chunk');
  process.exit(1);
}

const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) return;
  seen.add(key);
  for (const dep of chunk.imports ?? []) visit(dep);
};
for (const [key] of entries) visit(key);

const kb = (bytes) => (bytes / 1024).toFixed(1);
let total = 0;
const rows = [...seen].map((key) => {
  const file = manifest[key].file;
  const gz = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += gz;
  return { file, gz };
});
for (const row of rows.sort((a, b) => b.gz - a.gz))
  console.log(`  ${row.file.padEnd(44)} ${kb(row.gz).padStart(7)} kB gzip`);
const lazy = Object.values(manifest).filter(
  (c) => c.file.endsWith('.js') && !rows.some((r) => r.file === c.file),
);
console.log(
  `initial JS: ${kb(total)} kB gzip in ${rows.length} chunk(s); budget ${budgetKb} kB; ${lazy.length} lazy chunk(s)`,
);
if (total > budgetKb * 1024) {
  console.error(`bundle-size: initial JS ${kb(total)} kB gzip exceeds the budget of ${budgetKb} kB`);
  process.exit(1);
}
