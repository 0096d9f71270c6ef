/** The URIs an attestation is typed by: the in-toto statement's, its DSSE payload's and the two predicate types. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
/** The DSSE payload type of an in-toto statement inside a Sigstore bundle. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/**
 * Two predicate types, so a policy that asks for the reproducible one (`gh attestation verify
 * --predicate-type …/reproducible/v1`) can never be met by a statement of a drifting or failed run.
 * Both carry the same predicate shape; the major version is part of the URI.
 */
export const PredicateType = {
  Reproducible: 'https://github.com/repro-gate/repro-gate/attestation/reproducible/v1',
  NotReproducible: 'https://github.com/repro-gate/repro-gate/attestation/not-reproducible/v1'
} as const
export type PredicateTypeUri = (typeof PredicateType)[keyof typeof PredicateType]

export const PREDICATE_TYPES: readonly string[] = Object.values(PredicateType)
