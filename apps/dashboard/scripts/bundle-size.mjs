#!/usr/bin/env node
// Gzip size of the JavaScript a first visit downloads before any lazy route: the entry chunk plus everything it
// imports statically, read from Vite's manifest. Fails above the budget (default 250 kB, override with
// BUNDLE_BUDGET_KB). Run after `vite build`.
// Then the same for the pages that must stay light on a phone (the Regio-overzicht): the entry plus the route's
// chunk and its static imports, with a budget of its own, and none of the heavy libraries that the page loads only
// when a chart or the map comes near the viewport (Recharts, Leaflet: read from each chunk's source map).
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

/** The chunk and everything it imports statically (what the browser must load and run before it renders). */
function closure(keys, seen = new Set()) {
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) return;
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return seen;
}
const seen = closure(entries.map(([key]) => key));

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
let failed = false;
if (total > budgetKb * 1024) {
  console.error(`bundle-size: initial JS ${kb(total)} kB gzip exceeds the budget of ${budgetKb} kB`);
  failed = true;
}

const gzipOf = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
/** The npm packages bundled into a chunk, from its source map (`sourcemap: true` in vite.config.ts). */
function packagesIn(file) {
  let map;
  try {
    map = JSON.parse(readFileSync(path.join(dist, `${file}.map`), 'utf8'));
  } catch {
    return null;
  }
  const names = new Set();
  for (const source of map.sources ?? []) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (match) names.add(match[1]);
  }
  return names;
}

const ROUTES = [
  {
    name: 'Regio-overzicht',
    key: 'src/routes/OverviewRoute.tsx',
    budgetKb: Number(process.env.OVERVIEW_BUDGET_KB ?? 140),
    forbidden: ['recharts', 'leaflet'],
  },
];
for (const route of ROUTES) {
  if (!manifest[route.key]) {
    console.error(`bundle-size: ${route.key} is not a chunk of its own in the manifest`);
    failed = true;
    continue;
  }
  const keys = closure([...entries.map(([key]) => key), route.key]);
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const bytes = files.reduce((sum, file) => sum + gzipOf(file), 0);
  const heavy = [];
  for (const file of files) {
    const packages = packagesIn(file);
    if (packages === null) {
      console.error(`bundle-size: no source map for ${file}; cannot check what ${route.name} loads`);
      failed = true;
      continue;
    }
    for (const name of route.forbidden) if (packages.has(name)) heavy.push(`${name} (${file})`);
  }
  console.log(
    `${route.name}: ${kb(bytes)} kB gzip before its first render in ${files.length} chunk(s); budget ${route.budgetKb} kB; ` +
      `loaded only when needed: ${route.forbidden.join(', ')}`,
  );
  if (bytes > route.budgetKb * 1024) {
    console.error(
      `bundle-size: ${route.name} loads ${kb(bytes)} kB gzip up front, over its budget of ${route.budgetKb} kB`,
    );
    failed = true;
  }
  if (heavy.length > 0) {
    console.error(
      `bundle-size: ${route.name} loads up front what it should load only when needed: ${heavy.join(', ')}`,
    );
    failed = true;
  }
}
if (failed) process.exit(1);
