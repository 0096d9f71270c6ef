/**
 * A loopback stand-in for the Actions results service, the twirp JSON API that hosted runners reach
 * at ACTIONS_RESULTS_URL: cache service v2 (`GetCacheEntryDownloadURL`, `CreateCacheEntry`,
 * `FinalizeCacheEntryUpload`) and artifacts (`CreateArtifact`, `FinalizeArtifact`, `ListArtifacts`,
 * `GetSignedArtifactURL`, `DeleteArtifact`), with the bytes in Azurite behind SAS URLs.
 *
 * What it checks, as the real service does: `Authorization: Bearer <runtime token>`, a JWT signed
 * here whose `scp` names `Actions.Results:<run backend id>:<job backend id>` (the artifact client
 * reads its ids from there and must send exactly those) and whose `ac` claim lists the cache scopes
 * (`[{"Scope":"refs/heads/main","Permission":1}, …]`, 1 read, 2 write, 3 both). The cache scope
 * comes from the token, never from the request: a pull request's token reads its own ref and the
 * base branch, and writes only its own ref, so a cache saved on a PR is invisible to the default
 * branch. Entries match on version (the client's hash of paths and compression) and on key: the
 * exact key, then each restore key as a prefix (newest first), in the current ref's scope before the
 * base's. Each request body must have the fields the client's generated code sends (snake_case, int64
 * as strings) and no others; anything else is answered 400 and recorded in `violations`.
 *
 * Faults for the tests: a method answering a status (429, 500, …) or never answering; a blob PUT
 * refused or a blob GET cut halfway, by handing out SAS URLs to a proxy in front of Azurite.
 */
import { createHmac, randomUUID } from 'node:crypto'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Azurite } from './azurite.js'

const SECRET = 'loopback-results-service'
const CACHE_CONTAINER = 'actions-cache'
const ARTIFACT_CONTAINER = 'actions-results'
const CACHE = 'github.actions.results.api.v1.CacheService'
const ARTIFACTS = 'github.actions.results.api.v1.ArtifactService'

export interface CacheScope {
  Scope: string
  /** 1 read, 2 write, 3 both. */
  Permission: 1 | 2 | 3
}

export interface TokenClaims {
  runBackendId: string
  jobBackendId: string
  cacheScopes: CacheScope[]
}

function b64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url')
}

/** A runtime token shaped like the runner's ACTIONS_RUNTIME_TOKEN, signed (HS256) by this service. */
export function mintRuntimeToken(claims: TokenClaims): string {
  const now = Math.floor(Date.now() / 1000)
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))
  const payload = b64url(
    JSON.stringify({
      nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
      scp: `Actions.ExampleScope Actions.Results:${claims.runBackendId}:${claims.jobBackendId}`,
      ac: JSON.stringify(claims.cacheScopes),
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vso:loopback',
      nbf: now - 60,
      exp: now + 3600
    })
  )
  const sig = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url')
  return `${header}.${payload}.${sig}`
}

function verifyToken(authorization: string | undefined): TokenClaims | string {
  const m = /^Bearer (\S+)$/.exec(authorization ?? '')
  if (!m) return 'no Authorization: Bearer <runtime token> header'
  const [header, payload, sig] = m[1]!.split('.')
  if (!header || !payload || !sig) return 'the bearer token is not a JWT'
  if (createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url') !== sig) return 'the JWT signature is wrong'
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { scp?: string; ac?: string; exp?: number }
  if (!claims.exp || claims.exp * 1000 < Date.now()) return 'the JWT has expired'
  const results = (claims.scp ?? '')
    .split(' ')
    .map((s) => s.split(':'))
    .find((p) => p[0] === 'Actions.Results' && p.length === 3)
  if (!results) return 'the JWT has no Actions.Results:<run>:<job> scope'
  return { runBackendId: results[1]!, jobBackendId: results[2]!, cacheScopes: JSON.parse(claims.ac ?? '[]') as CacheScope[] }
}

type FieldType = 'string' | 'int64' | 'int32' | 'strings' | 'timestamp' | 'object'
interface Shape {
  required: Record<string, FieldType>
  optional: Record<string, FieldType>
}
const ids: Record<string, FieldType> = { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string' }
const SHAPES: Record<string, Shape> = {
  [`${CACHE}/GetCacheEntryDownloadURL`]: {
    required: { key: 'string', version: 'string' },
    optional: { metadata: 'object', restore_keys: 'strings' }
  },
  [`${CACHE}/CreateCacheEntry`]: { required: { key: 'string', version: 'string' }, optional: { metadata: 'object' } },
  [`${CACHE}/FinalizeCacheEntryUpload`]: {
    required: { key: 'string', version: 'string', size_bytes: 'int64' },
    optional: { metadata: 'object' }
  },
  [`${ARTIFACTS}/CreateArtifact`]: {
    required: { ...ids, name: 'string', version: 'int32' },
    optional: { expires_at: 'timestamp', mime_type: 'string' }
  },
  [`${ARTIFACTS}/FinalizeArtifact`]: { required: { ...ids, name: 'string', size: 'int64' }, optional: { hash: 'string' } },
  [`${ARTIFACTS}/ListArtifacts`]: { required: ids, optional: { name_filter: 'string', id_filter: 'int64' } },
  [`${ARTIFACTS}/GetSignedArtifactURL`]: { required: { ...ids, name: 'string' }, optional: {} },
  [`${ARTIFACTS}/DeleteArtifact`]: { required: { ...ids, name: 'string' }, optional: {} }
}

function typeProblem(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value !== 'string'
    case 'int64':
      return typeof value !== 'string' || !/^-?\d+$/.test(value)
    case 'int32':
      return typeof value !== 'number' || !Number.isInteger(value)
    case 'strings':
      return !Array.isArray(value) || value.some((v) => typeof v !== 'string')
    case 'timestamp':
      return typeof value !== 'string' || Number.isNaN(Date.parse(value))
    case 'object':
      return value === null || typeof value !== 'object'
  }
}

/** Problems with a request body, by the shape the client's generated code sends. */
export function checkShape(route: string, body: unknown): string[] {
  const shape = SHAPES[route]
  if (!shape) return [`${route} is not a method of the results service`]
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['the body is not a JSON object']
  const fields = body as Record<string, unknown>
  const problems: string[] = []
  for (const [name, type] of Object.entries(shape.required)) {
    if (!(name in fields)) problems.push(`${name} is required`)
    else if (typeProblem(fields[name], type)) problems.push(`${name} is not a ${type}: ${JSON.stringify(fields[name])}`)
  }
  for (const [name, value] of Object.entries(fields)) {
    if (name in shape.required) continue
    if (!(name in shape.optional)) problems.push(`unknown field ${name}`)
    else if (typeProblem(value, shape.optional[name]!)) problems.push(`${name} is not a ${shape.optional[name]}: ${JSON.stringify(value)}`)
  }
  return problems
}

export interface CacheEntry {
  id: number
  key: string
  version: string
  scope: string
  blob: string
  size: number | null
  finalized: boolean
  createdAt: number
}

export interface ArtifactEntry {
  id: number
  runBackendId: string
  jobBackendId: string
  name: string
  blob: string
  size: number | null
  digest: string | null
  finalized: boolean
  createdAt: Date
}

export interface ServiceFault {
  /** `CacheService/CreateCacheEntry`, `ArtifactService/ListArtifacts`, … (a RegExp matches several). */
  method: string | RegExp
  /** Answer with this status (twirp error body); or `hang`: accept and never answer. */
  status?: number
  hang?: boolean
  /** How many requests it applies to (default: all). */
  times?: number
  retryAfter?: number
}

export interface BlobFault {
  /** `refuse-put`: every PUT through the URL is refused (403); `cut-download`: a GET sends half the body, then the connection drops. */
  kind: 'refuse-put' | 'cut-download'
  /** Which URLs get the fault: cache entries or artifacts. */
  of: 'cache' | 'artifact'
}

export interface LoggedCall {
  method: string
  status: number
  body: unknown
  job: string | null
}

/** A job's view of one workflow run: its token and the variables the runner gives its steps. */
export interface RunnerJob {
  token: string
  runBackendId: string
  jobBackendId: string
  env: Record<string, string>
}

export class ResultsService {
  readonly caches: CacheEntry[] = []
  readonly artifacts: ArtifactEntry[] = []
  readonly calls: LoggedCall[] = []
  readonly violations: string[] = []
  url = ''
  private faults: ServiceFault[] = []
  private blobFaults: BlobFault[] = []
  private readonly runs = new Map<number, string>()
  private held = new Set<http.ServerResponse>()
  private nextId = 1
  private server!: http.Server
  private proxy!: http.Server
  private proxyUrl = ''

  private constructor(private readonly azurite: Azurite) {}

  static async start(azurite: Azurite): Promise<ResultsService> {
    const s = new ResultsService(azurite)
    await azurite.createContainer(CACHE_CONTAINER)
    await azurite.createContainer(ARTIFACT_CONTAINER)
    s.server = http.createServer((req, res) => {
      s.handle(req, res).catch((err: unknown) => {
        s.violations.push(`server error: ${err instanceof Error ? err.stack : String(err)}`)
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end('{"code":"internal","msg":"stand-in error"}')
      })
    })
    s.proxy = http.createServer((req, res) => s.handleProxy(req, res))
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve))
    await new Promise<void>((resolve) => s.proxy.listen(0, '127.0.0.1', resolve))
    s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}/`
    s.proxyUrl = `http://127.0.0.1:${(s.proxy.address() as AddressInfo).port}`
    return s
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy()
    for (const server of [this.server, this.proxy]) {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  /** The backend id of workflow run `runId` (the REST API's number), made on first use. */
  runBackendId(runId: number): string {
    let id = this.runs.get(runId)
    if (!id) {
      id = randomUUID()
      this.runs.set(runId, id)
    }
    return id
  }

  /**
   * A job of workflow run `runId` on `ref`. On a pull request (`baseRef` given) the token reads the
   * PR's ref and the base branch and writes only the PR's ref; on a push it reads and writes `ref`.
   */
  job(options: { runId?: number; ref: string; baseRef?: string; cacheScopes?: CacheScope[] }): RunnerJob {
    const runBackendId = this.runBackendId(options.runId ?? 1001)
    const jobBackendId = randomUUID()
    const cacheScopes: CacheScope[] =
      options.cacheScopes ??
      (options.baseRef
        ? [
            { Scope: options.ref, Permission: 3 },
            { Scope: options.baseRef, Permission: 1 }
          ]
        : [{ Scope: options.ref, Permission: 3 }])
    const token = mintRuntimeToken({ runBackendId, jobBackendId, cacheScopes })
    return {
      token,
      runBackendId,
      jobBackendId,
      env: {
        ACTIONS_RUNTIME_TOKEN: token,
        ACTIONS_RESULTS_URL: this.url,
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_CACHE_URL: '',
        GITHUB_RUN_ID: String(options.runId ?? 1001)
      }
    }
  }

  /** Makes requests to `method` fail (or hang) as described. */
  fault(fault: ServiceFault): void {
    this.faults.push({ ...fault })
  }

  /** From now on, SAS URLs of this kind point at a proxy that misbehaves as described. */
  blobFault(fault: BlobFault): void {
    this.blobFaults.push(fault)
  }

  clearFaults(): void {
    this.faults = []
    this.blobFaults = []
  }

  /** How many requests are being held unanswered now. */
  hanging(): number {
    return this.held.size
  }

  /** Removes a cache entry and its blob, as the service does to an entry unused for 7 days. */
  async evict(key: string): Promise<void> {
    for (let i = this.caches.length - 1; i >= 0; i--) {
      if (this.caches[i]!.key === key) {
        await this.azurite.deleteBlob(CACHE_CONTAINER, this.caches[i]!.blob)
        this.caches.splice(i, 1)
      }
    }
  }

  /** The finalized artifacts of workflow run `runId`, for the REST API stand-in. */
  runArtifacts(runId: number): ArtifactEntry[] {
    const backend = this.runs.get(runId)
    return this.artifacts.filter((a) => a.finalized && a.runBackendId === backend)
  }

  /** A read URL for an artifact's zip, as the REST API's `…/artifacts/{id}/zip` redirects to. */
  artifactDownloadUrl(id: number): string | null {
    const a = this.artifacts.find((x) => x.id === id && x.finalized)
    return a ? this.signed('artifact', ARTIFACT_CONTAINER, a.blob, 'r') : null
  }

  private signed(of: 'cache' | 'artifact', container: string, blob: string, permissions: string): string {
    const url = this.azurite.signedUrl(container, blob, permissions)
    const fault = this.blobFaults.find((f) => f.of === of && (permissions === 'r' ? f.kind === 'cut-download' : f.kind === 'refuse-put'))
    if (!fault) return url
    const u = new URL(url)
    return `${this.proxyUrl}${u.pathname}${u.search}${u.search ? '&' : '?'}rgfault=${fault.kind}`
  }

  private handleProxy(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.proxyUrl)
    const kind = url.searchParams.get('rgfault')
    url.searchParams.delete('rgfault')
    if (kind === 'refuse-put' && req.method === 'PUT') {
      req.resume()
      const xml =
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized to perform this operation using this permission.</Message></Error>'
      res.writeHead(403, { 'content-type': 'application/xml', 'x-ms-error-code': 'AuthorizationPermissionMismatch' }).end(xml)
      return
    }
    const target = new URL(`${url.pathname}${url.search}`, this.azurite.accountUrl)
    const headers = { ...req.headers, host: target.host }
    // No keep-alive: a pooled socket to Azurite would outlive the test.
    const upstream = http.request(target, { method: req.method, headers, agent: false }, (up) => {
      if (kind === 'cut-download' && req.method === 'GET' && up.statusCode === 200) {
        const half = Math.floor(Number(up.headers['content-length'] ?? 0) / 2)
        res.writeHead(200, up.headers)
        res.flushHeaders()
        let sent = 0
        let cut = false
        up.on('data', (chunk: Buffer) => {
          if (cut) return
          const part = chunk.subarray(0, Math.max(0, half - sent))
          sent += part.length
          if (sent < half) return void res.write(part)
          // The first half reaches the client, then the connection drops.
          cut = true
          up.destroy()
          res.write(part, () => res.socket?.destroy())
        })
        return
      }
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', () => res.socket?.destroy())
    req.pipe(upstream)
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', this.url)
    const m = /^\/twirp\/(github\.actions\.results\.api\.v1\.(?:CacheService|ArtifactService))\/(\w+)$/.exec(url.pathname)
    const route = m ? `${m[1]}/${m[2]}` : url.pathname
    const short = m ? `${m[1]!.split('.').pop()}/${m[2]}` : url.pathname
    const call: LoggedCall = { method: short, status: 0, body: undefined, job: null }
    this.calls.push(call)
    const send = (status: number, data: unknown): void => {
      call.status = status
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(data))
    }
    const twirpError = (status: number, code: string, msg: string): void => send(status, { code, msg })
    if (req.method !== 'POST' || !m) {
      this.violations.push(`${req.method} ${url.pathname}: not a twirp call`)
      return twirpError(404, 'bad_route', `no handler for ${req.method} ${url.pathname}`)
    }
    if (!/^application\/json/.test(req.headers['content-type'] ?? '')) {
      this.violations.push(`${short}: content-type ${req.headers['content-type']}`)
      return twirpError(415, 'malformed', 'the JSON client sends application/json')
    }
    const claims = verifyToken(req.headers.authorization)
    if (typeof claims === 'string') {
      this.violations.push(`${short}: ${claims}`)
      return twirpError(401, 'unauthenticated', claims)
    }
    call.job = claims.jobBackendId
    let body: unknown
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      this.violations.push(`${short}: the body is not JSON`)
      return twirpError(400, 'malformed', 'the body is not JSON')
    }
    call.body = body
    const problems = checkShape(route, body)
    if (problems.length) {
      this.violations.push(`${short}: ${problems.join('; ')}`)
      return twirpError(400, 'malformed', problems.join('; '))
    }
    const fields = body as Record<string, string | string[] | number | undefined>
    // Every call names the token's run; all but GetSignedArtifactURL (which names the job that uploaded) also its job.
    const jobMustMatch = m[2] !== 'GetSignedArtifactURL'
    if (
      'workflow_run_backend_id' in fields &&
      (fields.workflow_run_backend_id !== claims.runBackendId ||
        (jobMustMatch && fields.workflow_job_run_backend_id !== claims.jobBackendId))
    ) {
      this.violations.push(
        `${short}: backend ids ${String(fields.workflow_run_backend_id)}/${String(fields.workflow_job_run_backend_id)} are not the token's`
      )
      return twirpError(403, 'permission_denied', 'the backend ids are not those of the runtime token')
    }
    const fault = this.faults.find(
      (f) => (f.times ?? Infinity) > 0 && (typeof f.method === 'string' ? f.method === short : f.method.test(short))
    )
    if (fault) {
      if (fault.times !== undefined) fault.times--
      if (fault.hang) {
        call.status = -1
        this.held.add(res)
        res.on('close', () => this.held.delete(res))
        return
      }
      call.status = fault.status ?? 500
      res.writeHead(call.status, {
        'content-type': 'application/json',
        ...(fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {})
      })
      res.end(
        JSON.stringify({ code: call.status === 429 ? 'resource_exhausted' : 'internal', msg: http.STATUS_CODES[call.status] ?? 'error' })
      )
      return
    }
    const [status, data] = await this.route(m[2]!, fields, claims)
    send(status, data)
  }

  private async route(
    method: string,
    f: Record<string, string | string[] | number | undefined>,
    claims: TokenClaims
  ): Promise<[number, unknown]> {
    const readable = claims.cacheScopes.filter((s) => s.Permission & 1).map((s) => s.Scope)
    const writable = claims.cacheScopes.find((s) => s.Permission & 2)?.Scope
    switch (method) {
      case 'GetCacheEntryDownloadURL': {
        if (readable.length === 0)
          return [403, { code: 'permission_denied', msg: 'cache read denied: the token has no readable cache scope' }]
        const restoreKeys = (f.restore_keys as string[] | undefined) ?? []
        const visible = (scope: string): CacheEntry[] =>
          this.caches
            .filter((e) => e.finalized && e.scope === scope && e.version === f.version)
            .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
        for (const scope of readable) {
          const entries = visible(scope)
          const hit = entries.find((e) => e.key === f.key) ?? restoreKeys.map((k) => entries.find((e) => e.key.startsWith(k))).find(Boolean)
          if (hit)
            return [200, { ok: true, signed_download_url: this.signed('cache', CACHE_CONTAINER, hit.blob, 'r'), matched_key: hit.key }]
        }
        return [200, { ok: false }]
      }
      case 'CreateCacheEntry': {
        if (!writable) return [403, { code: 'permission_denied', msg: 'cache write denied: the token has no writable cache scope' }]
        if (this.caches.some((e) => e.scope === writable && e.key === f.key && e.version === f.version)) {
          return [409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' }]
        }
        const id = this.nextId++
        const entry: CacheEntry = {
          id,
          key: String(f.key),
          version: String(f.version),
          scope: writable,
          blob: `${id}/cache.tzst`,
          size: null,
          finalized: false,
          createdAt: Date.now()
        }
        this.caches.push(entry)
        return [200, { ok: true, signed_upload_url: this.signed('cache', CACHE_CONTAINER, entry.blob, 'cw') }]
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.caches.find((e) => e.scope === writable && e.key === f.key && e.version === f.version && !e.finalized)
        if (!entry) return [404, { code: 'not_found', msg: 'no cache entry is being uploaded under this key and version' }]
        const size = await this.azurite.blobSize(CACHE_CONTAINER, entry.blob)
        if (size === null || String(size) !== f.size_bytes)
          return [200, { ok: false, message: `the uploaded blob has ${size ?? 'no'} bytes, not ${String(f.size_bytes)}` }]
        entry.size = size
        entry.finalized = true
        entry.createdAt = Date.now()
        return [200, { ok: true, entry_id: String(entry.id) }]
      }
      case 'CreateArtifact': {
        if (f.version !== 7) return [400, { code: 'invalid_argument', msg: `artifact version ${String(f.version)} is not supported` }]
        if (this.artifacts.some((a) => a.runBackendId === claims.runBackendId && a.name === f.name && a.finalized)) {
          return [409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run: ${String(f.name)}` }]
        }
        const id = this.nextId++
        const entry: ArtifactEntry = {
          id,
          runBackendId: claims.runBackendId,
          jobBackendId: claims.jobBackendId,
          name: String(f.name),
          blob: `${claims.runBackendId}/${claims.jobBackendId}/${id}.zip`,
          size: null,
          digest: null,
          finalized: false,
          createdAt: new Date()
        }
        this.artifacts.push(entry)
        return [200, { ok: true, signed_upload_url: this.signed('artifact', ARTIFACT_CONTAINER, entry.blob, 'cw') }]
      }
      case 'FinalizeArtifact': {
        const entry = this.artifacts.find(
          (a) => a.runBackendId === claims.runBackendId && a.jobBackendId === claims.jobBackendId && a.name === f.name && !a.finalized
        )
        if (!entry) return [404, { code: 'not_found', msg: 'no artifact is being uploaded under this name' }]
        const size = await this.azurite.blobSize(ARTIFACT_CONTAINER, entry.blob)
        if (size === null || String(size) !== f.size)
          return [400, { code: 'invalid_argument', msg: `the uploaded blob has ${size ?? 'no'} bytes, not ${String(f.size)}` }]
        Object.assign(entry, { size, digest: (f.hash as string | undefined) ?? null, finalized: true })
        return [200, { ok: true, artifact_id: String(entry.id) }]
      }
      case 'ListArtifacts': {
        // The whole workflow run's artifacts, every job's: that is how a compare job sees its legs.
        const found = this.artifacts.filter(
          (a) =>
            a.finalized &&
            a.runBackendId === claims.runBackendId &&
            (f.name_filter === undefined || a.name === f.name_filter) &&
            (f.id_filter === undefined || String(a.id) === f.id_filter)
        )
        return [
          200,
          {
            artifacts: found.map((a) => ({
              workflow_run_backend_id: a.runBackendId,
              workflow_job_run_backend_id: a.jobBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.size ?? 0),
              created_at: a.createdAt.toISOString(),
              ...(a.digest ? { digest: a.digest } : {})
            }))
          }
        ]
      }
      case 'GetSignedArtifactURL': {
        const a = this.artifacts.find(
          (x) =>
            x.finalized && x.runBackendId === claims.runBackendId && x.jobBackendId === f.workflow_job_run_backend_id && x.name === f.name
        )
        if (!a) return [404, { code: 'not_found', msg: 'artifact not found' }]
        return [200, { signed_url: this.signed('artifact', ARTIFACT_CONTAINER, a.blob, 'r') }]
      }
      case 'DeleteArtifact': {
        const i = this.artifacts.findIndex((x) => x.finalized && x.runBackendId === claims.runBackendId && x.name === f.name)
        if (i < 0) return [404, { code: 'not_found', msg: 'artifact not found' }]
        const [a] = this.artifacts.splice(i, 1)
        await this.azurite.deleteBlob(ARTIFACT_CONTAINER, a!.blob)
        return [200, { ok: true, artifact_id: String(a!.id) }]
      }
    }
    return [404, { code: 'bad_route', msg: method }]
  }
}
