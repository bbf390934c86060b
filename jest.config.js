// Two projects so the fast nock-based unit suite can run alone (npm run test:unit) while
// `npm test` also runs the end-to-end suite against the committed dist/ bundle.
const common = {
  testEnvironment: 'node',
  // Anything a test file leaves on the shared globals fails the next file in its worker at once,
  // instead of leaking into it (the way a forgotten nock.restore() once did, only in some orders).
  testEnvironmentOptions: { globalsCleanup: 'on' },
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    // The same stand-in the bundle gets through tsconfig.json "paths" (src/api/lazy-http-client.ts)
    '^@actions/http-client$': '<rootDir>/src/api/lazy-http-client.ts',
    // src imports use NodeNext-style './x.js' specifiers; map them back to the .ts files
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json' }] }
}

// Options of jest that take a value: the word after them is not a test path.
const VALUED = new Set([
  '--selectProjects',
  '--outputFile',
  '-t',
  '--testNamePattern',
  '--shard',
  '--maxWorkers',
  '-w',
  '--json',
  '--config',
  '-c'
])
/** Test paths or patterns on the command line (`npm test -- some.test.ts`): a partial run. */
const partial = process.argv.slice(2).some((arg, i, args) => !arg.startsWith('-') && !VALUED.has(args[i - 1] ?? ''))

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
      // every unit file's nock is restored after it, even if the file forgets (see the setup file)
      setupFilesAfterEnv: ['<rootDir>/__tests__/unit/nock-per-file.ts', '<rootDir>/__tests__/unit/timeouts.ts']
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/e2e/timeouts.ts']
    }
  ],
  // Coverage of src/ comes from the unit project; the e2e project runs dist/ in child processes.
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.ts'],
  coverageProvider: 'v8',
  coverageReporters: ['text-summary'],
  // Judged on full runs only: a run of one file covers one file.
  coverageThreshold: partial ? undefined : { global: { lines: 90 } }
}
