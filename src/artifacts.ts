/**
 * The one seam to the workflow run's artifacts: upload, list, download, each key's newest attempt,
 * and how names are made. Used by the gate's report upload (read later by publish mode), the
 * matrix legs (record uploads, compare downloads) and publish mode (another run's artifacts, as
 * zips over the REST API: RestArtifacts).
 * `@actions/artifact` is big and only needed inside Actions: it is imported on first use.
 */
import { createWriteStream, promises as fs } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Readable, Transform } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import * as path from 'node:path'
import { KeyRules, sanitizeKey } from './keys.js'

// ---------------------------------------------------------------------------------------------
// Calls into the Actions service clients (@actions/cache, @actions/artifact). Both retry a failing
// call about five times with backoff (~30 s) and set no request timeout, so a service that accepts
// the connection and never answers would hold the job forever; both also write their own warning
// and error annotations. Every call the gate makes through them goes through clientCall: it gets a
// deadline of its own, and the clients' annotations become plain log lines whose text the caller
// folds into one message of its own.

/** Names the variable that sets the per-call deadline (ms) of every cache and artifact service call. */
export const SERVICE_TIMEOUT_ENV = 'REPRO_GATE_SERVICE_TIMEOUT_MS'
/** The default per-call deadline: the clients' own retries (~35 s for five attempts) fit inside it. */
export const DEFAULT_SERVICE_TIMEOUT_MS = 60_000

/** The per-call deadline: REPRO_GATE_SERVICE_TIMEOUT_MS when it is a positive number, else the default. */
export function serviceTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env[SERVICE_TIMEOUT_ENV])
  return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_SERVICE_TIMEOUT_MS
}

/** Thrown when a service call passed its deadline; the call itself is abandoned, not cancelled. */
export class ServiceTimeoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ServiceTimeoutError'
  }
}

let abandoned = 0

/**
 * How many service calls were abandoned at their deadline. Their sockets stay open (the clients
 * take no signal), so the action exits explicitly when this is not 0 instead of waiting for them.
 */
export function abandonedServiceCalls(): number {
  return abandoned
}

/** The start of the annotations the clients write themselves (matched after `::warning::` / `::error::`). */
const CLIENT_ANNOTATIONS = [
  'Failed to restore:',
  'Failed to save:',
  'Cache reservation failed:',
  'uploadCacheArchiveSDK:',
  "You've hit a rate limit",
  'Artifact upload failed with error',
  'Download Artifact failed with error',
  'Listing Artifacts failed with error',
  'Get Artifact failed with error',
  'Delete Artifact failed with error',
  'No data was uploaded to blob storage',
  'Multiple artifacts found'
]

const collectors = new Set<string[]>()
let originalWrite: typeof process.stdout.write | null = null

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** Demotes the clients' `::warning::`/`::error::` lines to plain lines while a collector is active, and collects their text. */
function interceptStdout(): void {
  if (originalWrite) return
  const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: unknown[]) => boolean
  originalWrite = process.stdout.write
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (collectors.size > 0) {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null
      const m = text === null ? null : /^::(warning|error)(?: [^:]*)?::(.*?)(\r?\n)?$/s.exec(text)
      if (m && CLIENT_ANNOTATIONS.some((p) => m[2]!.startsWith(p))) {
        // The first line: the artifact client adds a paragraph about githubstatus.com.
        const message = unescapeCommand(m[2]!).split(/\r?\n/)[0]!.replace(/\.$/, '')
        for (const c of collectors) c.push(message)
        return write(`${m[1]} from the service client (repro-gate reports it below): ${m[2]}${m[3] ?? '\n'}`, ...rest)
      }
    }
    return write(chunk, ...rest)
  }) as typeof process.stdout.write
}

function releaseStdout(): void {
  if (collectors.size === 0 && originalWrite) {
    process.stdout.write = originalWrite
    originalWrite = null
  }
}

/**
 * Runs one call into a service client within the per-call deadline, with the client's own
 * annotations demoted to log lines; `problems` holds their text (the clients report some failures
 * only that way, returning as if nothing was found). On the deadline it rejects with a
 * ServiceTimeoutError and leaves the call to itself.
 */
export async function clientCall<T>(
  what: string,
  work: () => Promise<T>,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ value: T; problems: string[] }> {
  const problems: string[] = []
  const timeoutMs = serviceTimeoutMs(env)
  collectors.add(problems)
  interceptStdout()
  let timer: NodeJS.Timeout | undefined
  try {
    const call = work()
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abandoned++
        call.catch(() => undefined)
        reject(new ServiceTimeoutError(`${what} got no answer within ${Math.round(timeoutMs / 100) / 10} s (${SERVICE_TIMEOUT_ENV})`))
      }, timeoutMs)
    })
    const value = await Promise.race([call, deadline])
    return { value, problems }
  } catch (err) {
    if (err instanceof ServiceTimeoutError || problems.length === 0) throw err
    // The client's own words say more than its wrapped error.
    throw new Error(`${err instanceof Error ? err.message : String(err)} (${problems.join('; ')})`)
  } finally {
    clearTimeout(timer)
    collectors.delete(problems)
    releaseStdout()
  }
}

/**
 * GitHub Enterprise Server, by the rule the Actions clients use: a server URL other than
 * github.com, *.ghe.com or *.localhost. There `@actions/cache` speaks cache service v1 and
 * `@actions/artifact` (v2 and later) does not work at all.
 */
export function isGhes(env: NodeJS.ProcessEnv = process.env): boolean {
  let host: string
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase()
  } catch {
    return false
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
}

/** Thrown where there is no artifact service the gate can use (GitHub Enterprise Server). */
export class ArtifactsUnsupportedError extends Error {
  constructor(
    message = 'workflow artifacts are not available on GitHub Enterprise Server to this action (@actions/artifact 2 and later do not support it)'
  ) {
    super(message)
    this.name = 'ArtifactsUnsupportedError'
  }
}

/** Where artifacts go and come from: the Actions artifact service, or a folder (tests, local use). */
export interface ArtifactStore {
  /** Uploads one file as an artifact with this name. */
  upload(name: string, file: string, options?: { retentionDays?: number }): Promise<void>
  /** The artifact names of workflow run `runId` (default: this run), newest upload of each name. */
  list(runId?: number): Promise<string[]>
  /** Downloads artifact `name` (of run `runId`, default this run) into `into`; returns the folder its files are in. */
  download(name: string, into: string, runId?: number): Promise<string>
}

/** One part of an artifact name: the artifact client rejects `" : < > | * ? \ /` and control characters. */
export function sanitizeArtifactName(text: string): string {
  return sanitizeKey(text, KeyRules.artifactName)
}

/** GITHUB_RUN_ATTEMPT when it is a number, else `1`: the last part of every artifact name repro-gate writes. */
export function runAttempt(env: NodeJS.ProcessEnv): string {
  return /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT! : '1'
}

export interface Attempt {
  name: string
  key: string
  attempt: number
}

/**
 * Of the artifacts named `<prefix><key>--<attempt>`, each key's newest attempt up to `upTo`, by key:
 * "re-run failed jobs" leaves the failed attempt's artifact beside the new one, and only the new one
 * speaks for the job now (a newer one than `upTo` belongs to another event). With `unnumbered`, a
 * name without `--<attempt>` counts as attempt 0 (matrix legs recorded by hand or by older versions).
 */
export function newestAttempts(names: string[], prefix: string, options: { upTo?: number; unnumbered?: boolean } = {}): Attempt[] {
  const upTo = options.upTo ?? Infinity
  const pattern = options.unnumbered ? /^(.+?)(?:--(\d+))?$/ : /^(.+)--(\d+)$/
  const newest = new Map<string, Attempt>()
  for (const name of names) {
    const m = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length)) : null
    if (!m) continue
    const found = { name, key: m[1]!, attempt: Number(m[2] ?? 0) }
    const seen = newest.get(found.key)
    if (found.attempt <= upTo && (!seen || found.attempt > seen.attempt)) newest.set(found.key, found)
  }
  return [...newest.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** Another repository run's artifacts need a token and the repository. */
export interface OtherRuns {
  token: string
  owner: string
  repo: string
}

/**
 * The Actions artifact service (`@actions/artifact`), through the results service's twirp API.
 * Pass `otherRuns` to read another workflow run's artifacts. Every call has the per-call deadline
 * (clientCall); on GitHub Enterprise Server every call throws ArtifactsUnsupportedError first.
 */
export class ActionsArtifacts implements ArtifactStore {
  constructor(
    private readonly otherRuns?: OtherRuns,
    private readonly env: NodeJS.ProcessEnv = process.env
  ) {}

  private findBy(runId: number | undefined) {
    if (runId === undefined || !this.otherRuns) return undefined
    const { token, owner, repo } = this.otherRuns
    return { token, repositoryOwner: owner, repositoryName: repo, workflowRunId: runId }
  }

  private async client() {
    if (isGhes(this.env)) throw new ArtifactsUnsupportedError()
    const { DefaultArtifactClient } = await import('@actions/artifact')
    return new DefaultArtifactClient()
  }

  async upload(name: string, file: string, options: { retentionDays?: number } = {}): Promise<void> {
    const client = await this.client()
    await clientCall(
      `uploading artifact ${name}`,
      () => client.uploadArtifact(name, [file], path.dirname(file), { retentionDays: options.retentionDays ?? 7 }),
      this.env
    )
  }

  async list(runId?: number): Promise<string[]> {
    const client = await this.client()
    // Without findBy the client lists the current workflow run's artifacts; latest drops older uploads of a name.
    const { value } = await clientCall(
      'listing artifacts',
      () => client.listArtifacts({ latest: true, findBy: this.findBy(runId) }),
      this.env
    )
    return value.artifacts.map((a) => a.name)
  }

  /** A download that fails leaves nothing behind: `into` is removed again. */
  async download(name: string, into: string, runId?: number): Promise<string> {
    const client = await this.client()
    const findBy = this.findBy(runId)
    const { value: found } = await clientCall(`finding artifact ${name}`, () => client.getArtifact(name, { findBy }), this.env)
    await fs.mkdir(into, { recursive: true })
    try {
      const { value } = await clientCall(
        `downloading artifact ${name}`,
        () => client.downloadArtifact(found.artifact.id, { path: into, findBy }),
        this.env
      )
      return value.downloadPath ?? into
    } catch (err) {
      await fs.rm(into, { recursive: true, force: true })
      throw err
    }
  }
}

/** A folder with one sub-folder per artifact (`<folder>/<artifact name>/<file>`): tests and local use. */
export class FolderArtifacts implements ArtifactStore {
  constructor(private readonly folder: string) {}

  async upload(name: string, file: string): Promise<void> {
    const dir = path.join(this.folder, name)
    try {
      await fs.mkdir(dir)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`an artifact named ${name} already exists`)
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      await fs.mkdir(dir, { recursive: true })
    }
    await fs.copyFile(file, path.join(dir, path.basename(file)))
  }

  async list(): Promise<string[]> {
    const entries = await fs.readdir(this.folder, { withFileTypes: true })
    return entries.filter((e) => e.isDirectory()).map((e) => e.name)
  }

  /** The files stay where they are: returns the artifact's own folder. */
  async download(name: string): Promise<string> {
    return path.join(this.folder, name)
  }
}

/** Every file under `dir`, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort()
}

/** Another workflow run's artifacts, each fetched as its zip (publish mode: the zip is checked before anything is inflated). */
export interface ArtifactZips {
  /** The unexpired artifact names of workflow run `runId`. */
  list(runId: number): Promise<string[]>
  /** Writes artifact `name`'s zip (of run `runId`) to `file`; fails once it passes `maxBytes`. */
  downloadZip(name: string, file: string, maxBytes: number, runId: number): Promise<void>
}

/** Thrown for an artifact zip over its size limit. */
export class ArtifactTooBigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArtifactTooBigError'
  }
}

export interface RestArtifactsOptions extends OtherRuns {
  /** The REST API's base URL (GITHUB_API_URL). */
  apiUrl: string
  /** The fetch to use: the caller's, with its request timeout and deadline. */
  fetch?: typeof fetch
}

/**
 * Another run's artifacts through the Actions REST API, downloaded here rather than by
 * `@actions/artifact` (which unzips everything before anything can be checked). The zip comes from
 * `…/artifacts/{id}/zip`, a redirect to blob storage that is followed by hand so the token never
 * leaves the API's origin, and is written to disk only up to a size limit, while streaming.
 */
export class RestArtifacts implements ArtifactZips {
  private readonly ids = new Map<string, number>()
  private readonly fetch: typeof fetch

  constructor(private readonly options: RestArtifactsOptions) {
    this.fetch = options.fetch ?? globalThis.fetch
  }

  private apiHeaders(): Record<string, string> {
    return {
      authorization: `Bearer ${this.options.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'repro-gate'
    }
  }

  private repoUrl(): string {
    return `${this.options.apiUrl.replace(/\/+$/, '')}/repos/${this.options.owner}/${this.options.repo}`
  }

  async list(runId: number): Promise<string[]> {
    const newest = new Map<string, number>()
    for (let page = 1; ; page++) {
      const res = await this.fetch(`${this.repoUrl()}/actions/runs/${runId}/artifacts?per_page=100&page=${page}`, {
        headers: this.apiHeaders()
      })
      const body = (await res.json().catch(() => null)) as {
        artifacts?: { id: number; name: string; expired?: boolean }[]
        message?: string
      } | null
      if (!res.ok) throw Object.assign(new Error(body?.message ?? `${res.status} ${res.statusText}`), { status: res.status })
      const artifacts = body?.artifacts ?? []
      // Of two uploads with one name, the later (higher id) speaks for the name.
      for (const a of artifacts) if (!a.expired && (newest.get(a.name) ?? -1) < a.id) newest.set(a.name, a.id)
      if (artifacts.length < 100) break
    }
    for (const [name, id] of newest) this.ids.set(`${runId}/${name}`, id)
    return [...newest.keys()]
  }

  async downloadZip(name: string, file: string, maxBytes: number, runId: number): Promise<void> {
    if (!this.ids.has(`${runId}/${name}`)) await this.list(runId)
    const id = this.ids.get(`${runId}/${name}`)
    if (id === undefined) throw new Error(`run ${runId} has no artifact named ${name}`)
    let url = new URL(`${this.repoUrl()}/actions/artifacts/${id}/zip`)
    for (let hop = 0; ; hop++) {
      // The token is for the API request only; the blob URL it redirects to carries its own signature.
      const headers = hop === 0 ? this.apiHeaders() : { 'user-agent': 'repro-gate' }
      const res = await this.fetch(url, { headers, redirect: 'manual' })
      const location = res.headers.get('location')
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel()
        if (hop >= 3) throw new Error('the artifact download redirected more than 3 times')
        url = new URL(location, url)
        continue
      }
      if (!res.ok || !res.body) {
        const text = (await res.text().catch(() => '')).slice(0, 200)
        throw Object.assign(new Error(`downloading artifact ${name}: ${res.status} ${res.statusText}${text ? ` ${text}` : ''}`), {
          status: res.status
        })
      }
      const declared = Number(res.headers.get('content-length') ?? NaN)
      if (declared > maxBytes) {
        await res.body.cancel()
        throw new ArtifactTooBigError(`the artifact's zip is ${declared} bytes, over the ${maxBytes}-byte limit`)
      }
      let total = 0
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          total += chunk.length
          if (total > maxBytes) done(new ArtifactTooBigError(`the artifact's zip is over the ${maxBytes}-byte limit`))
          else done(null, chunk)
        }
      })
      await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), limit, createWriteStream(file))
      return
    }
  }
}
