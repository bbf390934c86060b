// Two projects so the fast nock-based unit suite can run alone (npm run test:unit) while
// `npm test` also runs the end-to-end suite against the committed dist/ bundle.
const common = {
  testEnvironment: 'node',
  // Anything a test file leaves on the shared globals fails the next file in its worker at once,
  // instead of leaking into it (the way a forgotten nock.restore() once did, only in some orders).
  testEnvironmentOptions: { globalsCleanup: 'on' },
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    // The same stand-in the bundle gets through tsconfig.json "paths" (src/lazy-http-client.ts)
    '^@actions/http-client$': '<rootDir>/src/lazy-http-client.ts',
    // src imports use NodeNext-style './x.js' specifiers; map them back to the .ts files
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] }
}

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
      // every unit file's nock is restored after it, even if the file forgets (see the setup file)
      setupFilesAfterEnv: ['<rootDir>/__tests__/unit/nock-per-file.ts']
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] }
  ],
  // Coverage of src/ comes from the unit project; the e2e project runs dist/ in child processes.
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.ts'],
  coverageProvider: 'v8',
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 90 } }
}
