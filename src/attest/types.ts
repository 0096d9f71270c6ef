/**
 * The attestation stage's data: an in-toto Statement v1 whose subjects are the reference run's
 * outputs and whose predicate says what the gate found. `actions/attest` signs it; `repro-gate
 * verify` and `gh attestation verify` read it. The predicate is written once, as its JSON Schema
 * (`schema.ts`), and its types are derived from it.
 */
import type { ReproPredicate } from './schema.js'
import { type PredicateTypeUri, type STATEMENT_TYPE } from './uris.js'

export { IN_TOTO_PAYLOAD_TYPE, PREDICATE_TYPES, PredicateType, STATEMENT_TYPE, type PredicateTypeUri } from './uris.js'
export type {
  EnvironmentSummary,
  PredicateArtifact,
  PredicateMetric,
  PredicateSeedAudit,
  PredicateVariations,
  ReproPredicate
} from './schema.js'

export interface Subject {
  /** Path relative to the workspace, forward slashes (what `sha256sum -c` reads there). */
  name: string
  digest: { sha256: string }
}

export interface Statement {
  _type: typeof STATEMENT_TYPE
  subject: Subject[]
  predicateType: PredicateTypeUri
  predicate: ReproPredicate
}
