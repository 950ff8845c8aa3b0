// Unit tests: pure transforms and formatting (node environment; chart rendering is checked in Chromium, see e2e/).
module.exports = {
  ...require('../../jest.preset.js'),
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
};
