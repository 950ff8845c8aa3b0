// Unit specs live beside the code (src/**/*.spec.ts); integration specs in test/ run against the real PostgreSQL
// on a database cloned from one migrated template per run (see test/global-setup.ts).
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
};
