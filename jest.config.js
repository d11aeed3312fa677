/** @type {import('jest').Config} */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

// Type-checking is `npm run typecheck`; jest only transpiles, which keeps the suites fast.
const transpileOnly = { diagnostics: false };

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections', '<rootDir>/test', '<rootDir>/scripts'],
  testRegex: '\\.(spec|int-spec|e2e-spec)\\.ts$',
  transform: {
    '^.+\\.ts$': ['ts-jest', transpileOnly],
    // ESM-only dependencies of @fastify/static (Swagger UI); Jest on Node 20 cannot require(esm).
    '/node_modules/content-disposition/.+\\.js$': [
      'ts-jest',
      { ...transpileOnly, tsconfig: { allowJs: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testTimeout: 60000,
};
