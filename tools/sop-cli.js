#!/usr/bin/env node
// `npm run sop -- <command> ...`: the SOP Atlas command line.
// Builds what the command needs first (Nx cache makes that quick), with all build output on stderr, so stdout
// carries only the command's own output (e.g. the canonical JSON of `parse`).
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const command = argv[0];

// `parse` needs only the import library; everything else goes through the API's CLI (database access).
const target = command === 'parse' ? 'sop-import' : 'api';

if (process.env.SOP_CLI_SKIP_BUILD !== '1') {
  const nx = path.join(root, 'node_modules', '.bin', 'nx');
  const build = spawnSync(nx, ['run', `${target}:build`, '--output-style=stream'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (build.status !== 0) {
    process.stderr.write(`sop: de build van ${target} is mislukt (zie hierboven)\n`);
    process.exit(build.status ?? 1);
  }
}

const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

async function run() {
  if (target === 'sop-import') {
    const lib = require(path.join(root, 'libs/sop-import/dist/index.js'));
    return lib.runParseCommand(argv.slice(1), io);
  }
  const cli = require(path.join(root, 'apps/api/dist/cli/main.js'));
  return cli.main(argv);
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sop: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
