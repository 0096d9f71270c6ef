import type { MetricComparison } from '../compare/types.js'

/** Replaces secrets in everything the gate writes (report, summary, comment, outputs, logs). */
export interface Redactor {
  /** Redacts one string. */
  text(value: string): string
  /**
   * Returns the value with every string (keys included) redacted; the input is left as it was.
   * What holds nothing to redact is returned as it is, not copied: treat the result as read-only
   * unless the input is yours.
   */
  deep<T>(value: T): T
  /**
   * True when `text` leaves every one of these strings as it is (checked together: a million
   * metric names cost a few hundred calls, not a million). May say false when unsure.
   */
  unchanged?(values: readonly string[]): boolean
}

export const MASK = '***'

/** Sets an own property, a key named __proto__ included (a metric may be called that). */
function define(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  else object[key] = value
}

/** What `deep` holds for an object while it walks it. */
const PENDING = Symbol('pending')

/** Variable names whose values are treated as secrets. */
const SECRET_NAME =
  /TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASSPHRASE|CRED|PRIVATE|AUTH|COOKIE|SESSION|WEBHOOK|SIGNATURE|(?:^|_)(?:DSN|PASS|PW|PWD|PAT|SALT)(?:_|$)/i

/** Names that match the pattern above but hold no secret (a path, a socket, the current directory). */
const NOT_SECRET_NAME = new Set(['PWD', 'OLDPWD', 'XAUTHORITY', 'SSH_AUTH_SOCK', 'GPG_AGENT_INFO', 'KEYTIMEOUT'])

/** Values too common to mask: replacing every `true` in a report would mangle it and protect nothing. */
const BORING_VALUE = /^(?:true|false|yes|no|on|off|null|none|undefined|default|enabled|disabled|[-+]?\d+(?:\.\d+)?)$/i

/** A secret value must be at least this long to be masked (shorter ones match ordinary text). */
export const MIN_SECRET_LENGTH = 6

/**
 * Credential shapes masked wherever they appear, whatever variable (if any) they came from.
 * Each alternative starts with a literal, so a megabyte of ordinary text is scanned in milliseconds.
 */
const CREDENTIAL_PATTERNS = [
  // PEM private keys, the whole block (to the end of the text when the END line was cut off)
  String.raw`-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY-----|$)`,
  // GitHub tokens: classic (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_), refresh (ghr_), fine-grained
  String.raw`\bgh[pousr]_[A-Za-z0-9]{20,255}\b`,
  String.raw`\bgithub_pat_[A-Za-z0-9_]{20,255}`,
  // AWS access key ids (long-term AKIA, temporary ASIA)
  String.raw`\b(?:AKIA|ASIA)[A-Z0-9]{16}\b`,
  // Slack tokens
  String.raw`\bxox[baprs]-[A-Za-z0-9-]{10,}`,
  // Google API keys
  String.raw`\bAIza[0-9A-Za-z_-]{35}`,
  // JSON Web Tokens: header.payload.signature, base64url
  String.raw`\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}`
]

/**
 * More shapes, in a regex of their own: V8 scans an alternation of a few literal-led patterns
 * fast, but slows down fifty-fold once it holds too many.
 */
const MORE_CREDENTIAL_PATTERNS = [
  // OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-) and Anthropic (sk-ant-) keys: long, with a digit ("sk-learn" stays)
  String.raw`\bsk-(?=[A-Za-z0-9_-]{0,200}[0-9])[A-Za-z0-9_-]{20,}`,
  // Stripe secret and restricted keys
  String.raw`\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}`,
  // Hugging Face (hf_), GitLab (glpat-), npm (npm_) and PyPI upload tokens
  String.raw`\bhf_[A-Za-z0-9]{30,}`,
  String.raw`\bglpat-[A-Za-z0-9_-]{20,}`,
  String.raw`\bnpm_[A-Za-z0-9]{36}\b`,
  String.raw`\bpypi-AgE[A-Za-z0-9_-]{50,}`
]

const END_KEY = /^-----END[A-Z0-9 ]*PRIVATE KEY-----/

/** Masks the start of a text up to a private key's END line when no BEGIN line precedes it (an output tail cut inside the block). */
function maskKeyTail(text: string): string {
  const end = text.indexOf('-----END')
  if (end < 0 || text.lastIndexOf('-----BEGIN', end) >= 0) return text
  const marker = END_KEY.exec(text.slice(end, end + 80))
  return marker ? MASK + text.slice(end + marker[0].length) : text
}

/** Patterns that keep a prefix (group 1) and mask what follows. */
const PREFIXED_PATTERNS = [
  // Authorization headers and "Bearer <token>" wherever it is
  // (a token has a digit somewhere: "Bearer authentication" in prose stays)
  String.raw`(\bBearer\s+)(?=[A-Za-z._~+/=-]*[0-9])[A-Za-z0-9._~+/=-]{12,}`,
  String.raw`(\bAuthorization:\s*(?:Basic|token|Bearer)\s+)[A-Za-z0-9._~+/=-]{8,}`,
  // Passwords in URLs: scheme://user:password@host
  String.raw`(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]+:)[^/\s@]+(?=@)`
]

const CREDENTIALS = new RegExp(CREDENTIAL_PATTERNS.join('|'), 'g')
const MORE_CREDENTIALS = new RegExp(MORE_CREDENTIAL_PATTERNS.join('|'), 'g')
const PREFIXED = new RegExp(PREFIXED_PATTERNS.map((p) => `(?:${p})`).join('|'), 'g')

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whether a variable's value is masked: a secret-looking name and a value long and unusual enough. */
export function isSecretVariable(name: string, value: string | undefined): value is string {
  if (value === undefined || value.trim().length < MIN_SECRET_LENGTH) return false
  if (NOT_SECRET_NAME.has(name.toUpperCase()) || !SECRET_NAME.test(name)) return false
  return !BORING_VALUE.test(value.trim())
}

/** Builds the redactor from the environment: values of secret-looking variables plus credential shapes. */
export function createRedactor(env: NodeJS.ProcessEnv = process.env): Redactor {
  const values = new Set<string>()
  for (const [name, value] of Object.entries(env)) {
    if (!isSecretVariable(name, value)) continue
    values.add(value)
    // A multi-line secret may be printed a line at a time, or trimmed.
    if (value.trim() !== value) values.add(value.trim())
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LENGTH) values.add(line.trim())
  }
  // Longest first, so a value that contains another is masked whole.
  const literals = [...values].sort((a, b) => b.length - a.length)
  const literal = literals.length > 0 ? new RegExp(literals.map(escapeRegExp).join('|'), 'g') : null

  const text = (value: string): string => {
    if (value.length < MIN_SECRET_LENGTH) return value
    let out = literal ? value.replace(literal, MASK) : value
    out = maskKeyTail(out).replace(CREDENTIALS, MASK).replace(MORE_CREDENTIALS, MASK)
    out = out.replace(PREFIXED, (_match: string, ...groups: unknown[]) => {
      const prefix = groups.slice(0, PREFIXED_PATTERNS.length).find((g) => typeof g === 'string')
      return typeof prefix === 'string' ? prefix + MASK : MASK
    })
    return out
  }

  const deep = <T>(value: T): T => {
    // Copy on write: an object or array is copied only when something under it was redacted, so a
    // report with a million metrics and no secret costs a walk, not a second report in memory.
    // A Map, not a WeakMap: the walk is short-lived, and a million entries in a WeakMap (an
    // ephemeron table) make every garbage collection during the walk crawl.
    // `seen` holds each object's result; PENDING while it is walked and nothing in it has changed
    // yet. An object reached again while pending (a cycle) gets its copy made there and then,
    // which its own walk then fills.
    const seen = new Map<object, unknown>()
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return text(v)
      if (v === null || typeof v !== 'object') return v
      const known = seen.get(v)
      if (known === PENDING) {
        const copy = Array.isArray(v) ? [] : {}
        seen.set(v, copy)
        return copy
      }
      if (known !== undefined) return known
      if (v instanceof Map) {
        const copy = new Map<unknown, unknown>()
        seen.set(v, copy)
        for (const [k, item] of v) copy.set(walk(k), walk(item))
        return copy
      }
      if (v instanceof Set) {
        const copy = new Set<unknown>()
        seen.set(v, copy)
        for (const item of v) copy.add(walk(item))
        return copy
      }
      if (v instanceof Date) return new Date(v.getTime())
      if (Buffer.isBuffer(v) || ArrayBuffer.isView(v)) return v
      seen.set(v, PENDING)
      const result = Array.isArray(v) ? walkArray(v) : walkObject(v as Record<string, unknown>)
      seen.set(v, result)
      return result
    }
    /** The copy a cycle made of `v` while it was walked, if one did. */
    const madeByCycle = <C>(v: object): C | undefined => {
      const known = seen.get(v)
      return known === PENDING ? undefined : (known as C)
    }
    const walkArray = (v: unknown[]): unknown[] => {
      let copy: unknown[] | undefined
      for (let i = 0; i < v.length; i++) {
        const item = walk(v[i])
        if (copy === undefined && item !== v[i]) {
          // (A cycle back to this array changes the item that leads to it: its copy is made here.)
          copy = madeByCycle<unknown[]>(v) ?? []
          seen.set(v, copy)
          for (let j = 0; j < i; j++) copy[j] = v[j]
        }
        if (copy !== undefined) copy[i] = item
      }
      return copy ?? v
    }
    const walkObject = (v: Record<string, unknown>): Record<string, unknown> => {
      let copy: Record<string, unknown> | undefined
      // for-in, not Object.entries: no [key, value] pair per property (a run may have a million metrics).
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue
        const key = text(k)
        const item = walk(v[k])
        if (copy === undefined && (key !== k || item !== v[k])) {
          copy = madeByCycle<Record<string, unknown>>(v) ?? {}
          seen.set(v, copy)
          // Every key before this one was left as it was.
          for (const before in v) {
            if (before === k) break
            if (Object.hasOwn(v, before)) define(copy, before, v[before])
          }
        }
        if (copy !== undefined) define(copy, key, item)
      }
      return copy ?? v
    }
    return walk(value) as T
  }

  // The strings joined by newlines are redacted as one text. Every pattern above that matches
  // inside one string matches the same characters inside the joined text (none needs the string's
  // start or end, and a newline ends a word as the end of a string does), and a match always
  // changes the text: an unchanged joined text means unchanged strings. A match across two strings
  // only sends the caller the slow way. The exception is maskKeyTail, which looks at the first
  // END marker only: a text with one is never vouched for.
  const unchanged = (values: readonly string[]): boolean => {
    const joined = values.join('\n')
    return !joined.includes('-----END') && text(joined) === joined
  }

  return { text, deep, unchanged }
}

/** Metric comparisons whose strings are checked together (see Redactor.unchanged). */
const REDACT_BATCH = 2048

/**
 * `redactor.deep(report)` for a report whose metric comparisons may number a million: their
 * strings (names, string values, reasons, rule patterns) are checked a batch at a time, and only
 * the comparisons of a batch that holds something to redact are walked one by one. Copy on write,
 * like deep: the result is the report itself when nothing was redacted.
 */
export function redactReport<T extends { metrics: MetricComparison[] }>(redactor: Redactor, report: T): T {
  const { metrics, ...rest } = report
  const head = redactor.deep(rest)
  let copy: MetricComparison[] | undefined
  const parts: string[] = []
  for (let start = 0; start < metrics.length; start += REDACT_BATCH) {
    const end = Math.min(start + REDACT_BATCH, metrics.length)
    parts.length = 0
    for (let i = start; i < end; i++) {
      const m = metrics[i]
      parts.push(m.name)
      if (m.reason !== null) parts.push(m.reason)
      if (m.toleranceRule !== null) parts.push(m.toleranceRule)
      for (const v of m.values) if (typeof v === 'string') parts.push(v)
    }
    if (redactor.unchanged?.(parts)) continue
    for (let i = start; i < end; i++) {
      const m = redactor.deep(metrics[i])
      if (m === metrics[i]) continue
      copy ??= metrics.slice()
      copy[i] = m
    }
  }
  if (head === rest && copy === undefined) return report
  return { ...head, metrics: copy ?? metrics } as T
}
