/**
 * Reads in-toto statements from what a consumer has at hand: the statement the gate wrote, the
 * Sigstore bundle `actions/attest` saved (`bundle-path`), the JSON lines of bundles that
 * `gh attestation download` saves, or the attestations API's JSON. Signatures are not checked here.
 */
import { IN_TOTO_PAYLOAD_TYPE, STATEMENT_TYPE } from './types.js'

/** A statement as read: its shape checked, its predicate not yet interpreted. */
export interface ReadStatement {
  subject: { name: string; digest: Record<string, string> }[]
  predicateType: string
  predicate: Record<string, unknown>
  /** Where in the file it was found ("line 2, bundle"), for messages. */
  origin: string
}

/** The input is not a statement, a bundle or a list of them: exit 2 territory. */
export class StatementFormatError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** Checks the in-toto Statement v1 shape; throws naming what is wrong. */
export function parseStatement(value: unknown, origin: string): ReadStatement {
  if (!isObject(value)) throw new StatementFormatError(`${origin}: the statement is not a JSON object`)
  if (value._type !== STATEMENT_TYPE) {
    throw new StatementFormatError(`${origin}: _type is ${JSON.stringify(value._type)}, expected ${STATEMENT_TYPE}`)
  }
  const subjects = value.subject
  if (!Array.isArray(subjects) || subjects.length === 0) throw new StatementFormatError(`${origin}: subject must be a non-empty array`)
  const subject = subjects.map((s: unknown, i) => {
    if (!isObject(s) || typeof s.name !== 'string' || !isObject(s.digest)) {
      throw new StatementFormatError(`${origin}: subject[${i}] needs a name and a digest object`)
    }
    const digest: Record<string, string> = {}
    for (const [alg, hex] of Object.entries(s.digest)) {
      if (typeof hex !== 'string' || !/^[0-9a-fA-F]+$/.test(hex))
        throw new StatementFormatError(`${origin}: subject[${i}].digest.${alg} is not a hex string`)
      digest[alg] = hex.toLowerCase()
    }
    return { name: s.name, digest }
  })
  if (typeof value.predicateType !== 'string' || value.predicateType === '')
    throw new StatementFormatError(`${origin}: predicateType is missing`)
  if (!isObject(value.predicate)) throw new StatementFormatError(`${origin}: predicate must be a JSON object`)
  return { subject, predicateType: value.predicateType, predicate: value.predicate, origin }
}

/** What a file held: its statements, and the bundles that carry none (skipped, with the reason). */
export interface ReadResult {
  statements: ReadStatement[]
  skipped: string[]
}

/** The statement inside a Sigstore bundle's DSSE envelope, or why the bundle carries none. */
function statementOfBundle(bundle: Record<string, unknown>, origin: string): ReadStatement | string {
  const envelope = bundle.dsseEnvelope
  if (!isObject(envelope)) return `${origin}: a Sigstore bundle without a DSSE envelope (a message signature attests no statement)`
  if (typeof envelope.payload !== 'string') throw new StatementFormatError(`${origin}: the bundle's dsseEnvelope has no payload`)
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return `${origin}: the envelope's payloadType is ${JSON.stringify(envelope.payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`
  }
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'))
  } catch {
    throw new StatementFormatError(`${origin}: the envelope's payload is not base64 of a JSON statement`)
  }
  return parseStatement(decoded, `${origin}, bundle`)
}

/** One JSON document: a statement, a bundle, `{bundle}` (an API attestation) or `{attestations: […]}`. */
function statementsOf(doc: unknown, origin: string, into: ReadResult): void {
  if (Array.isArray(doc)) {
    doc.forEach((d, i) => statementsOf(d, `${origin}[${i}]`, into))
    return
  }
  if (!isObject(doc))
    throw new StatementFormatError(`${origin}: not a statement or a Sigstore bundle (a JSON ${doc === null ? 'null' : typeof doc})`)
  let found: ReadStatement | string
  if ('_type' in doc) found = parseStatement(doc, origin)
  else if ('dsseEnvelope' in doc || 'messageSignature' in doc) found = statementOfBundle(doc, origin)
  else if (isObject(doc.bundle)) found = statementOfBundle(doc.bundle, origin)
  else if (Array.isArray(doc.attestations)) return statementsOf(doc.attestations, `${origin} attestations`, into)
  else throw new StatementFormatError(`${origin}: not an in-toto statement (no _type) or a Sigstore bundle (no dsseEnvelope)`)
  if (typeof found === 'string') into.skipped.push(found)
  else into.statements.push(found)
}

/**
 * Every statement in a file's text: one JSON document (pretty-printed or not), or JSON lines
 * (one bundle per line, as `gh attestation download` writes them).
 */
export function readStatements(text: string, file: string): ReadResult {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') throw new StatementFormatError(`${file}: the file is empty`)
  const result: ReadResult = { statements: [], skipped: [] }
  let whole: unknown
  let isWhole = true
  try {
    whole = JSON.parse(body)
  } catch {
    isWhole = false
  }
  if (isWhole) {
    statementsOf(whole, file, result)
    return result
  }
  const lines = body.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    let doc: unknown
    try {
      doc = JSON.parse(lines[i])
    } catch (err) {
      throw new StatementFormatError(
        `${file}: line ${i + 1} is not JSON (${(err as Error).message}); expected a statement, a bundle, or JSON lines of bundles`
      )
    }
    statementsOf(doc, `${file} line ${i + 1}`, result)
  }
  return result
}
