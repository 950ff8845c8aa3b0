#!/usr/bin/env node
// `npm start` / `npm run dev`: build what changed, then serve (apps/api/dist/main.js, in this process).
//
// `nx run-many -t build` decides by content hashes, but costs seconds even when everything is cached (project
// graph, hashing every input, ~3 s CPU here). This script first compares a cheap fingerprint of the build inputs
// (path, size and modification time of every source and config file of the five projects, plus the root
// configuration) with the one recorded after the last successful build: unchanged → serve at once; changed, new,
// deleted, or an output missing → the Nx build as before (a cache hit when only a time stamp moved), then serve.
'use strict';
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const PROJECTS = ['libs/sop-model', 'libs/sop-import', 'libs/region-data', 'apps/api', 'apps/dashboard'];
const ROOT_FILES = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'nx.json', 'jest.preset.js'];
/** Folders that are no build input (outputs, installs, test output, data); anything else counts. */
const SKIP = new Set(['node_modules', 'dist', 'test-artifacts', 'coverage', '.data', '.nx']);
/** The outputs `serve` needs; a missing one means build whatever the fingerprint says. */
const OUTPUTS = [
  'libs/sop-model/dist/index.js',
  'libs/sop-import/dist/index.js',
  'libs/region-data/dist/index.js',
  'apps/api/dist/main.js',
  'apps/dashboard/dist/index.html',
];
const STAMP = path.join(root, 'node_modules', '.cache', 'sop-atlas', 'build-inputs.sha256');

function walk(dir, lines) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) walk(full, lines);
    } else {
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      if (stat) lines.push(`${path.relative(root, full)}\t${stat.size}\t${stat.mtimeMs}`);
    }
  }
}

function fingerprint() {
  const lines = [];
  for (const file of ROOT_FILES) lines.push(statLine(file));
  for (const project of PROJECTS) walk(path.join(root, project), lines);
  return crypto.createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

function statLine(file) {
  const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
  return stat ? `${file}\t${stat.size}\t${stat.mtimeMs}` : `${file}\t-`;
}

function readStamp() {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim();
  } catch {
    return null;
  }
}

const before = fingerprint();
const outputsThere = OUTPUTS.every((file) => fs.existsSync(path.join(root, file)));
if (!outputsThere || readStamp() !== before || process.env.SOP_ATLAS_FORCE_BUILD === '1') {
  const nx = path.join(root, 'node_modules', '.bin', 'nx');
  const build = spawnSync(nx, ['run-many', '-t', 'build', '--output-style=stream'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    process.stderr.write('start: de build is mislukt (zie hierboven); er is niets gestart.\n');
    process.exit(build.status ?? 1);
  }
  // The fingerprint taken before the build: a file edited during the build makes the next start build again.
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${before}\n`);
}

// `--build-only`: stop here (a benchmark primes the build before it times starts)
if (!process.argv.includes('--build-only')) require(path.join(root, 'apps', 'api', 'dist', 'main.js'));
