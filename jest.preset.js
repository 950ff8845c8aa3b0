// Shared Jest setup: ts-jest on the TypeScript sources; workspace libraries resolve to their sources so a test
// never runs against a stale build.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: {
    '^@sop-atlas/sop-model$': path.join(__dirname, 'libs/sop-model/src/index.ts'),
    '^@sop-atlas/sop-import$': path.join(__dirname, 'libs/sop-import/src/index.ts'),
    '^@sop-atlas/region-data$': path.join(__dirname, 'libs/region-data/src/index.ts'),
  },
  testMatch: ['**/?(*.)+(spec|test).ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
