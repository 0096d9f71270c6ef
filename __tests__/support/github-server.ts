/**
 * A loopback stand-in for api.github.com: a real `node:http` server with in-memory state for the
 * endpoints repro-gate uses (GET /user, issue comments with Link paging, PATCH/DELETE of a comment,
 * check runs, the pull requests of a commit, a run's artifacts and their zip behind a redirect to
 * a blob URL), scriptable failures (statuses, or a request that is never answered), and a request log. Every request is checked
 * against GitHub's published OpenAPI description (`@octokit/openapi`): the method and path must
 * exist, required parameters must be there, and the JSON body must match the operation's
 * requestBody schema. A request the real API would reject is answered 422 and recorded in
 * `violations`, so the test fails.
 */
import * as http from 'node:http'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import type { AddressInfo } from 'node:net'
import { Ajv, type ValidateFunction } from 'ajv'

// ---------------------------------------------------------------------------------------------
// GitHub's OpenAPI description (13 MB), cut once per version of @octokit/openapi to what the checks
// read (each operation's parameters and request body, and the components they reach: under 1 MB),
// and only the operations we look up compiled.

interface Operation {
  parameters?: unknown[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> }
}
interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}
interface SpecRoute {
  template: string
  regex: RegExp
  method: string
  op: Operation
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete']
let specRoutes: Promise<{ routes: SpecRoute[]; spec: Spec }> | undefined

function specFile(): { file: string; version: string } {
  const require = createRequire(import.meta.url)
  const pkg = require.resolve('@octokit/openapi/package.json')
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }
  return { file: path.join(path.dirname(pkg), 'generated', 'api.github.com.json'), version }
}

/** The operations' parameters and request bodies, and every component they reach through `$ref`. */
function cutSpec(full: Spec): Spec {
  const paths: Spec['paths'] = {}
  const components: Spec['components'] = {}
  const seen = new Set<string>()
  const reach = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(reach)
    if (node === null || typeof node !== 'object') return
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref === 'string' && ref.startsWith('#/') && !seen.has(ref)) {
      seen.add(ref)
      const [root, kind, name, ...rest] = ref.slice(2).split('/')
      if (root !== 'components' || rest.length > 0) throw new Error(`unexpected $ref ${ref} in GitHub's OpenAPI description`)
      const target = full.components[kind][name]
      ;(components[kind] ??= {})[name] = target
      reach(target)
    }
    for (const value of Object.values(node)) reach(value)
  }
  for (const [template, methods] of Object.entries(full.paths)) {
    paths[template] = {}
    for (const [method, op] of Object.entries(methods)) {
      if (!METHODS.includes(method)) continue
      const kept: Operation = {}
      if (op.parameters) kept.parameters = op.parameters
      if (op.requestBody) kept.requestBody = op.requestBody
      paths[template][method] = kept
      reach(kept)
    }
  }
  return { paths, components }
}

/** The cut description, from node_modules/.cache when an earlier test file made it for this version. */
async function readSpec(): Promise<Spec> {
  const { file, version } = specFile()
  const cached = path.join(path.dirname(file), '..', '..', '..', '.cache', 'repro-gate-tests', `github-openapi-${version}-v1.json`)
  try {
    return JSON.parse(await readFile(cached, 'utf8')) as Spec
  } catch {
    const spec = cutSpec(JSON.parse(await readFile(file, 'utf8')) as Spec)
    // Written aside and renamed into place: another jest worker may be writing the same file.
    const aside = `${cached}.${process.pid}.tmp`
    await mkdir(path.dirname(cached), { recursive: true })
    await writeFile(aside, JSON.stringify(spec))
    await rename(aside, cached)
    return spec
  }
}

function loadSpec(): Promise<{ routes: SpecRoute[]; spec: Spec }> {
  specRoutes ??= readSpec().then((spec) => {
    const routes: SpecRoute[] = []
    for (const [template, methods] of Object.entries(spec.paths)) {
      const regex = new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+') + '$')
      for (const [method, op] of Object.entries(methods)) {
        if (METHODS.includes(method)) routes.push({ template, regex, method: method.toUpperCase(), op })
      }
    }
    // Literal segments beat parameters: /repos/{o}/{r}/issues/comments/{id} before /issues/{n}/comments.
    routes.sort((a, b) => ((b.template.match(/\{/g)?.length ?? 0) < (a.template.match(/\{/g)?.length ?? 0) ? 1 : -1))
    return { routes, spec }
  })
  return specRoutes
}

/** Inlines `#/components/...` references (request bodies here are not recursive). */
function resolveRefs(node: unknown, spec: Spec, depth = 0): unknown {
  if (depth > 40) return node
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, spec, depth + 1))
  if (node === null || typeof node !== 'object') return node
  const ref = (node as { $ref?: unknown }).$ref
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    let cur: unknown = spec
    for (const part of ref.slice(2).split('/')) cur = (cur as Record<string, unknown>)[part]
    return resolveRefs(cur, spec, depth + 1)
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolveRefs(v, spec, depth + 1)]))
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
const compiled = new Map<string, ValidateFunction>()

/** Problems with a request according to the OpenAPI description; empty when the real API would take it. */
export async function checkAgainstOpenApi(method: string, pathname: string, query: URLSearchParams, body: unknown): Promise<string[]> {
  const { routes, spec } = await loadSpec()
  const route = routes.find((r) => r.method === method && r.regex.test(pathname))
  if (!route) return [`${method} ${pathname} is not an operation of GitHub's REST API`]
  const problems: string[] = []
  const params =
    (resolveRefs(route.op.parameters ?? [], spec) as { name: string; in: string; required?: boolean; schema?: { enum?: unknown[] } }[]) ??
    []
  for (const p of params) {
    if (p.in === 'query') {
      const value = query.get(p.name)
      if (p.required && value === null) problems.push(`query parameter ${p.name} is required`)
      if (value !== null && p.schema?.enum && !p.schema.enum.map(String).includes(value))
        problems.push(`query ${p.name}=${value} is not one of ${p.schema.enum.join(', ')}`)
    }
  }
  const rb = route.op.requestBody
  if (rb) {
    if (body === undefined) {
      if (rb.required) problems.push(`${method} ${route.template} requires a JSON body`)
    } else {
      const key = `${method} ${route.template}`
      let validate = compiled.get(key)
      if (!validate) {
        const schema = resolveRefs(rb.content?.['application/json']?.schema ?? {}, spec)
        validate = ajv.compile(schema as object)
        compiled.set(key, validate)
      }
      if (!validate(body)) {
        for (const e of validate.errors ?? []) problems.push(`body${e.instancePath} ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`)
      }
    }
  } else if (body !== undefined && method !== 'GET') {
    problems.push(`${method} ${route.template} takes no body`)
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// The fake API.

export interface FakeComment {
  id: number
  body: string
  user: { login: string; id: number; type: 'User' | 'Bot' }
  created_at: string
  updated_at: string
  html_url: string
  issue: number
}

export interface LoggedRequest {
  method: string
  path: string
  query: string
  body: unknown
  status: number
  authorization: string | undefined
}

export interface ScriptedFailure {
  method: string
  path: RegExp
  status: number
  /** How many matching requests fail; Infinity for all. */
  times: number
  message?: string
  headers?: Record<string, string>
  /** Apply the request (e.g. store the comment) before answering with the failure. */
  applyFirst?: boolean
}

/** Requests that are accepted and never answered: an API that hangs. */
export interface HangRule {
  method: string
  path: RegExp
}

/** A workflow run's artifact; its zip is served through a redirect to /blob/ (like Azure storage). */
export interface FakeArtifact {
  id: number
  runId: number
  name: string
  zip: Buffer
  expired?: boolean
}

export interface GitHubServerOptions {
  owner?: string
  repo?: string
  /** Login GET /user answers with; null answers 403 the way the Actions GITHUB_TOKEN does. */
  userLogin?: string | null
  /** Login that authors what the token writes (github-actions[bot] for the Actions token). */
  tokenLogin?: string
}

export class GitHubServer {
  readonly requests: LoggedRequest[] = []
  readonly violations: string[] = []
  readonly comments: FakeComment[] = []
  readonly checkRuns: Record<string, unknown>[] = []
  /** GET /repos/{o}/{r}/commits/{sha}/pulls answers from here. */
  readonly commitPulls = new Map<string, { number: number; state: 'open' | 'closed'; headSha: string }[]>()
  readonly owner: string
  readonly repo: string
  userLogin: string | null
  tokenLogin: string
  readonly artifacts: FakeArtifact[] = []
  /** Authorization headers the blob store received (it must never see the token). */
  readonly blobAuthorizations: (string | undefined)[] = []
  private hangs: HangRule[] = []
  private held = new Set<http.ServerResponse>()
  /**
   * Where run artifacts come from instead of `artifacts`: the results service stand-in, whose
   * zips lie in Azurite (the zip endpoint then redirects to a signed Azurite URL).
   */
  artifactSource: {
    runArtifacts(runId: number): { id: number; name: string; size: number | null; createdAt: Date }[]
    artifactDownloadUrl(id: number): string | null
  } | null = null
  /** Called before each request is answered: lets a test act as a concurrent run. */
  onRequest: ((method: string, path: string) => void) | null = null
  private failures: ScriptedFailure[] = []
  private nextId = 1000
  private server!: http.Server
  url = ''

  private constructor(options: GitHubServerOptions) {
    this.owner = options.owner ?? 'octo-org'
    this.repo = options.repo ?? 'vision-lab'
    this.userLogin = options.userLogin === undefined ? null : options.userLogin
    this.tokenLogin = options.tokenLogin ?? options.userLogin ?? 'github-actions[bot]'
  }

  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    await loadSpec()
    const s = new GitHubServer(options)
    s.server = http.createServer((req, res) => {
      s.handle(req, res).catch((err: unknown) => {
        s.violations.push(`server error: ${err instanceof Error ? err.stack : String(err)}`)
        res.writeHead(500).end()
      })
    })
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve))
    s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`
    return s
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  /** Makes the next `times` requests matching `method` and `path` fail with `status`. */
  fail(failure: Omit<ScriptedFailure, 'times'> & { times?: number }): void {
    this.failures.push({ times: 1, ...failure })
  }

  /** Requests matching `rule` are accepted and never answered (the connection stays open). */
  hang(rule: HangRule): void {
    this.hangs.push(rule)
  }

  /** How many requests are being held unanswered right now. */
  hanging(): number {
    return this.held.size
  }

  /** Adds an artifact to workflow run `runId`. */
  addArtifact(runId: number, name: string, zip: Buffer, expired = false): FakeArtifact {
    const artifact = { id: this.nextId++, runId, name, zip, expired }
    this.artifacts.push(artifact)
    return artifact
  }

  /** Adds a comment as if someone (or we, earlier) wrote it. */
  addComment(issue: number, body: string, login: string): FakeComment {
    const id = this.nextId++
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString()
    const c: FakeComment = {
      id,
      body,
      user: { login, id: id + 50_000, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
      issue
    }
    this.comments.push(c)
    return c
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  /** Requests of one method whose path matches. */
  count(method: string, pathRe: RegExp): number {
    return this.requests.filter((r) => r.method === method && pathRe.test(r.path)).length
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: unknown
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
      }
    }
    const log: LoggedRequest = { method, path: url.pathname, query: url.search, body, status: 0, authorization: req.headers.authorization }
    this.requests.push(log)
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      log.status = status
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(data === undefined ? '' : JSON.stringify(data))
    }

    // Blob storage, where artifact downloads redirect: not the API, so not in its description.
    const blob = /^\/blob\/artifact-(\d+)\.zip$/.exec(url.pathname)
    if (blob && method === 'GET') {
      this.blobAuthorizations.push(req.headers.authorization)
      const artifact = this.artifacts.find((a) => a.id === Number(blob[1]))
      if (req.headers.authorization) return send(400, { message: 'blob storage takes a signed URL, not an Authorization header' })
      if (!artifact || url.searchParams.get('sig') !== 'signed') return send(403, { message: 'bad signature' })
      log.status = 200
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) })
      res.end(artifact.zip)
      return
    }
    const problems = await checkAgainstOpenApi(method, url.pathname, url.searchParams, body)
    if (problems.length) {
      this.violations.push(`${method} ${url.pathname}: ${problems.join('; ')}`)
      return send(422, { message: `Validation Failed (OpenAPI): ${problems.join('; ')}` })
    }
    if (!req.headers.authorization) return send(401, { message: 'Requires authentication' })
    this.onRequest?.(method, url.pathname)
    if (this.hangs.some((h) => h.method === method && h.path.test(url.pathname))) {
      this.held.add(res)
      res.on('close', () => this.held.delete(res))
      return
    }

    const failure = this.failures.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname))
    if (failure) {
      failure.times--
      if (failure.applyFirst) this.route(method, url, body)
      return send(failure.status, { message: failure.message ?? http.STATUS_CODES[failure.status] }, failure.headers)
    }
    const [status, data, headers] = this.route(method, url, body)
    send(status, data, headers)
  }

  private route(method: string, url: URL, body: unknown): [number, unknown, Record<string, string>?] {
    const p = url.pathname
    const base = `/repos/${this.owner}/${this.repo}`
    let m: RegExpMatchArray | null
    if (method === 'GET' && p === '/user') {
      if (this.userLogin === null) return [403, { message: 'Resource not accessible by integration' }]
      return [200, { login: this.userLogin, id: 1, type: 'User' }]
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\//)) && `/repos/${m[1]}/${m[2]}` !== base) return [404, { message: 'Not Found' }]
    if ((m = p.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      const issue = Number(m[1])
      if (method === 'GET') {
        const all = this.commentsOn(issue)
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
        const page = Number(url.searchParams.get('page') ?? 1)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const links: string[] = []
        const link = (n: number, rel: string): string => `<${this.url}${p}?per_page=${perPage}&page=${n}>; rel="${rel}"`
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
        return [200, all.slice((page - 1) * perPage, page * perPage).map(view), links.length ? { link: links.join(', ') } : {}]
      }
      const c = this.addComment(issue, (body as { body: string }).body, this.tokenLogin)
      return [201, view(c)]
    }
    if ((m = p.match(new RegExp(`^${base}/issues/comments/(\\d+)$`))) && method === 'DELETE') {
      const i = this.comments.findIndex((x) => x.id === Number(m?.[1]))
      if (i < 0) return [404, { message: 'Not Found' }]
      if (this.comments[i]?.user.login !== this.tokenLogin) return [403, { message: 'You cannot delete this comment' }]
      this.comments.splice(i, 1)
      return [204, undefined]
    }
    if ((m = p.match(new RegExp(`^${base}/issues/comments/(\\d+)$`))) && method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(m?.[1]))
      if (!c) return [404, { message: 'Not Found' }]
      if (c.user.login !== this.tokenLogin) return [403, { message: 'You cannot edit this comment' }]
      c.body = (body as { body: string }).body
      c.updated_at = new Date().toISOString()
      return [200, view(c)]
    }
    if (p === `${base}/check-runs` && method === 'POST') {
      const id = this.nextId++
      const run = { id, html_url: `https://github.com/${this.owner}/${this.repo}/runs/${id}`, ...(body as object) }
      this.checkRuns.push(run)
      return [201, run]
    }
    if ((m = p.match(new RegExp(`^${base}/commits/([0-9a-f]+)/pulls$`))) && method === 'GET') {
      const prs = this.commitPulls.get(m[1] ?? '') ?? []
      return [
        200,
        prs.map((pr) => ({ number: pr.number, state: pr.state, head: { sha: pr.headSha, ref: 'patch-1' }, base: { ref: 'main' } }))
      ]
    }
    if ((m = p.match(new RegExp(`^${base}/actions/runs/(\\d+)/artifacts$`))) && method === 'GET') {
      const all = this.artifactSource
        ? this.artifactSource
            .runArtifacts(Number(m[1]))
            .map((a) => ({ id: a.id, name: a.name, zip: { length: a.size ?? 0 }, expired: false }))
        : this.artifacts.filter((a) => a.runId === Number(m?.[1]))
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
      const page = Number(url.searchParams.get('page') ?? 1)
      const shown = all.slice((page - 1) * perPage, page * perPage)
      const link: Record<string, string> =
        page * perPage < all.length ? { link: `<${this.url}${p}?per_page=${perPage}&page=${page + 1}>; rel="next"` } : {}
      return [
        200,
        {
          total_count: all.length,
          artifacts: shown.map((a) => ({
            id: a.id,
            node_id: `A_${a.id}`,
            name: a.name,
            size_in_bytes: a.zip.length,
            url: `${this.url}${base}/actions/artifacts/${a.id}`,
            archive_download_url: `${this.url}${base}/actions/artifacts/${a.id}/zip`,
            expired: a.expired ?? false,
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
            expires_at: '2026-04-01T00:00:00Z'
          }))
        },
        link
      ]
    }
    if ((m = p.match(new RegExp(`^${base}/actions/artifacts/(\\d+)/zip$`))) && method === 'GET') {
      if (this.artifactSource) {
        const location = this.artifactSource.artifactDownloadUrl(Number(m[1]))
        return location ? [302, undefined, { location }] : [404, { message: 'Not Found' }]
      }
      const artifact = this.artifacts.find((a) => a.id === Number(m?.[1]))
      if (!artifact) return [404, { message: 'Not Found' }]
      if (artifact.expired) return [410, { message: 'Artifact has expired' }]
      return [302, undefined, { location: `${this.url}/blob/artifact-${artifact.id}.zip?sig=signed` }]
    }
    return [404, { message: `Not Found (the loopback server does not implement ${method} ${p})` }]
  }
}

function view(c: FakeComment): Record<string, unknown> {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `https://api.github.com/repos/x/y/issues/comments/${c.id}`,
    html_url: c.html_url,
    body: c.body,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER'
  }
}
