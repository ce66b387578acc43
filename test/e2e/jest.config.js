/** The browser tests: run by `npm run test:e2e` after the build, one at a time (one Chromium on a small machine). */
const main = require('../../jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testEnvironment: 'node',
  transform: main.transform,
  moduleFileExtensions: main.moduleFileExtensions,
  testTimeout: 180000,
  maxWorkers: 1,
  verbose: true,
};
