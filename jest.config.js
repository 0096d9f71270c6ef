/**
 * Jest runs the TypeScript sources as native ESM (the @actions/* packages are ESM-only), in three
 * projects: `npm run test:unit` runs `unit` alone (pure code, seconds); `npm test` runs all three.
 *   unit         data in, data out: no process, no server, no dist/
 *   integration  real processes, files and loopback servers driven through src/
 *   e2e          the committed bundle (dist/) driven the way the runner and a person run it
 * A new test file is unit unless it is under __tests__/e2e/ or listed in INTEGRATION.
 */

/** Suites that start processes or servers, or crunch big inputs: each costs seconds. */
const INTEGRATION = [
  'gate', // real experiment runs and cancellation
  'gate-many-metrics', // 60,000 metrics through the gate
  'cli/integration', // the gate twice, then diff, replay, the matrix and the baseline
  'runs/(hints|outputs|output|process|containment)', // real runs, real files, a tmpfs, megabytes of progress output
  'vary/factors', // the per-factor experiments, in Python
  'regular-file', // FIFOs and devices
  'dependency-rules', // dependency-cruiser over a fixture tree
  'package/package', // npm pack
  'snapshot/(capture|python|pyenv|gpu|containers|ml-stack|probe|hardware)', // stub tools as processes, real interpreters, Docker
  'snapshot/lockfiles/(detect|corpus)', // git, the lockfile corpus
  'publish/(comment|workflow-run|deadline)', // a loopback GitHub API
  'baseline/(actions-cache|stage|cache-v2)', // a loopback cache service, the results service and Azurite; @actions/cache
  'matrix/scale', // hundreds of legs
  'report/render/untrusted', // megabyte-sized hostile values
  'report/schema' // the validator generator as a process; ajv compiling the whole schema
]
const integration = INTEGRATION.map((p) => `/__tests__/${p}\\.test\\.ts$`)

const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    // swc strips the types (tsconfig.json's isolatedModules keeps every file transpilable alone, and
    // `tsc --noEmit` type-checks once). It emits ESM because jest treats .ts as ESM. ts-jest took 20 s
    // more CPU on a cold cache (a fresh clone) and loaded TypeScript into every worker on a warm one.
    '^.+\\.ts$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }]
  }
}

export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/', ...integration]
    },
    { ...base, displayName: 'integration', testRegex: integration },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] }
  ],
  testTimeout: 60000,
  // Real processes and loopback servers: the suites wait on them much of the time, so three workers
  // keep two cores busy (measured on the 2-core machine: jest 133 s with two, 113 s with three, 119 s with four).
  maxWorkers: 3
}
