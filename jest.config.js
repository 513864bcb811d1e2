/**
 * One jest run for the whole monorepo, in three projects:
 *   unit         *.test.ts next to the code, no database
 *   integration  test/src/integration, each subgraph against a real PostgreSQL
 *   e2e          test/src/e2e, the gateway and subgraphs over real HTTP
 * Sources are native ES modules transpiled by swc (legacy decorators for
 * TypeORM, no decorator metadata: every column names its type).
 * The global setup provides PostgreSQL: the server of the *_DATABASE_URL
 * variables when they are set, otherwise an embedded one.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: false, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

const databaseWork = { setupFilesAfterEnv: ['<rootDir>/test/src/support/database-work-budget.ts'] };

export default {
  ...shared,
  // Inside the checkout: a test run leaves nothing in the machine's temp folder.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  globalSetup: '<rootDir>/test/src/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/src/support/global-teardown.mjs',
  maxWorkers: 2,
  // A worker that ran half the e2e files holds 1.3-1.5 GB (each file's ES modules in a context of its own) and
  // takes about 0.9 s to end once it has let go of everything (measured from its 'exit' event to the process gone);
  // jest's default of 0.5 s then kills it and reports a leak that is not one.
  workerGracefulExitTimeout: 5_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{packages,subgraphs}/*/src/**/*.test.ts', '<rootDir>/gateway/src/**/*.test.ts', '<rootDir>/test/src/unit/**/*.test.ts'] },
    // Database work has a budget of its own (test/src/support/database-work-budget.ts), not jest's 5 s default.
    { ...shared, ...databaseWork, displayName: 'integration', testMatch: ['<rootDir>/test/src/integration/**/*.test.ts'], slowTestThreshold: 30 },
    { ...shared, ...databaseWork, displayName: 'e2e', testMatch: ['<rootDir>/test/src/e2e/**/*.test.ts'], slowTestThreshold: 60 },
  ],
};
