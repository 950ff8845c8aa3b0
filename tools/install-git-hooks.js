#!/usr/bin/env node
// Opt-in install of the git hooks in .githooks/ (pre-commit: Prettier on the staged files through lint-staged):
// `npm run prepare` sets `core.hooksPath` of this clone. npm also runs `prepare` by itself after `npm install` and
// `npm ci`; then, in CI, or outside a git checkout, this does nothing. It never fails an install.
const { execFileSync } = require('node:child_process');

function main() {
  const explicit = process.env.npm_command === 'run-script' || process.env.npm_command === 'run';
  if (!explicit || process.env.CI) return;
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'ignore' });
    console.log('git hooks: pre-commit formats staged files with Prettier (core.hooksPath = .githooks)');
  } catch {
    console.log('git hooks: not installed (no git checkout here)');
  }
}

main();
