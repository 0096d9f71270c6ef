/** The JSON Schema of the tolerances as the report records them, and their types (tolerance.ts parses them). */
import { closed, nonNegativeNumber, Type, type Static } from '../json-schema.js'

/** `|a−b| ≤ atol + rtol·|b|`, with b the reference value. */
export const toleranceSchema = closed({ atol: nonNegativeNumber(), rtol: nonNegativeNumber() })
export type Tolerance = Static<typeof toleranceSchema>

/** A per-metric override: the first rule whose pattern matches a metric name wins. */
export const toleranceRuleSchema = closed({ pattern: Type.String({ minLength: 1 }), tolerance: toleranceSchema })
export type ToleranceRule = Static<typeof toleranceRuleSchema>
