/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The fake Excel runs under the real office.js client, loaded from @microsoft/office-js on first use.
  setupFiles: ['<rootDir>/test/fake-excel/node-runtime.ts'],
};
