// End-to-end: the built API + dashboard in Debian's Chromium via playwright-core. Run with `npm run e2e`.
const path = require('node:path');

module.exports = {
  ...require('../../../jest.preset.js'),
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }] },
  testMatch: ['**/*.e2e.spec.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
