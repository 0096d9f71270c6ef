/**
 * The shape of src/ (npm run lint): no import cycle, and no import against the pipeline's direction.
 * Type-only imports count (`tsPreCompilationDeps`): a cycle through `import type` still ties the
 * stages together for a reader, even though it vanishes from the compiled JavaScript.
 *
 * STAGES lists src/'s parts in the order data flows through them. A module may import from its own
 * stage and from earlier ones, never from a later one.
 */
const path = require('node:path')

const STAGES = [
  // Leaves every stage may use.
  ['version', 'errors', 'hash', 'regular-file', 'json-schema', 'keys', 'log', 'action-log', 'artifacts', 'shell'],
  // Metrics file formats and values: read by the runs, named by the inputs (which formats exist).
  ['metrics'],
  ['inputs'],
  ['plan'],
  ['runs'],
  ['snapshot'],
  ['compare'],
  // Variations and the seed audit: extra runs compared with run 1, before the report is built.
  ['vary'],
  ['report'],
  // Consumers of reports.
  ['baseline', 'matrix', 'attest'],
  ['gate', 'publish'],
  // Entry points.
  ['main', 'index', 'cli']
]

/**
 * The modules that build JSON Schemas with TypeBox (a stage's fragments and the types derived from
 * them). Code that runs in a gate imports their types only (`import type`, erased), so a gate never
 * loads TypeBox or builds a schema; the schemas are built by `repro-gate schema` (a dynamic import)
 * and by the tests.
 */
const SCHEMA_MODULES = [
  '^src/json-schema\\.ts$',
  '^src/[a-z-]+/schema\\.ts$',
  '^src/(runs|snapshot|snapshot/lockfiles|compare|vary)/types\\.ts$',
  '^src/compare/sections/(baseline|legs)\\.ts$'
]

/** `^src/(a|b)(/|\.ts$)`: a folder or a file of that name directly under src/. */
const under = (names) => `^src/(${names.join('|')})(/|\\.ts$)`

const direction = STAGES.slice(0, -1).map((stage, i) => ({
  name: `pipeline-direction:${stage.join('+')}`,
  comment: `${stage.join(', ')} must not import from a later stage (${STAGES.slice(i + 1)
    .flat()
    .join(', ')}): the types flow with the data`,
  severity: 'error',
  from: { path: under(stage) },
  to: { path: under(STAGES.slice(i + 1).flat()) }
}))

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle, type-only imports included: move the shared type to the stage that produces it',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'known-stage',
      comment: 'Every file under src/ belongs to a stage: add its folder to STAGES in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/', pathNot: [under(STAGES.flat()), '^src/.+\\.d\\.ts$'] },
      to: {}
    },
    {
      name: 'schemas-stay-out-of-a-gate-run',
      comment:
        'A schema module (TypeBox) imported for a value outside the schemas: import its types only (`import type`), ' +
        'or move the value to a module of its own, so a gate run does not load TypeBox',
      severity: 'error',
      from: { path: '^src/', pathNot: SCHEMA_MODULES },
      to: { path: SCHEMA_MODULES, dependencyTypesNot: ['type-only', 'dynamic-import'] }
    },
    ...direction
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/report/generated/' },
    tsPreCompilationDeps: true,
    // Absolute, so the rules can be run from another folder (the fixture of __tests__/dependency-rules.test.ts).
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') }
  }
}
