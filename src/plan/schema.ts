/** The JSON Schema of what the plan stage adds to the report (seeds.ts and exposure.ts compute it), and its types. */
import { closed, recordOf, strings, Type, type Static } from '../json-schema.js'

export const seedVariablesSchema = closed({
  /** Variables the gate set for every run. */
  set: recordOf(Type.String()),
  /** Seed/determinism variables the user had already set; never overwritten. */
  keptFromUser: recordOf(Type.String())
})
export type SeedVariables = Static<typeof seedVariablesSchema>

export const exposureSchema = closed(
  {
    /** Secret-looking variables of the gate's environment that the experiment's lacks but can read there; names only. */
    readableVariables: strings(),
    /** A GitHub-hosted runner: the experiment has passwordless sudo and docker. */
    hostedRunner: Type.Boolean(),
    /** The same, in one paragraph for people. */
    note: Type.String()
  },
  { description: "What the experiment could read of the gate's secrets although its environment lacked them: variable names only." }
)
export type Exposure = Static<typeof exposureSchema>

/** What this stage adds to the report (report/schema.ts spreads it in). */
export const exposureReportSections = {
  /** What the experiment could read of the gate's secrets although its environment lacked them (absent: nothing to say). */
  exposure: Type.Optional(exposureSchema)
}
