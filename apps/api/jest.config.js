// Unit specs live beside the code (src/**/*.spec.ts); integration specs in test/ run against the real PostgreSQL
// on a database cloned from one migrated template per run (see test/global-setup.ts).
const preset = require('../../jest.preset.js');

// CI runs the specs that depend on the server and its roles on the machine's PostgreSQL right after the whole suite;
// it names them in SOP_ATLAS_TEST_LATER (space-separated paths under apps/api) so the first run does not repeat them.
// Without it (a developer's `npm test`) every spec runs.
const later = (process.env.SOP_ATLAS_TEST_LATER ?? '').split(/\s+/).filter(Boolean);

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  testPathIgnorePatterns: [
    ...(preset.testPathIgnorePatterns ?? ['/node_modules/']),
    ...later.map((p) => `<rootDir>/${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  ],
};
