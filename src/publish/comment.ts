/**
 * One pull-request comment per `comment-key`, updated in place. It is found by a hidden marker
 * AND by its author being the token's own identity: a comment by anyone else that carries the
 * marker (copied, quoted, forged) is never edited. The marker records the run and attempt that
 * wrote it, so an older run that finishes late never overwrites a newer run's verdict.
 */
import type { GitHubClient } from './octokit.js'
import { statusOf } from './octokit.js'
import { KeyRules, sanitizeKey } from '../keys.js'

/** Who the default GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = 'github-actions[bot]'

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536

export interface CommentMarker {
  key: string
  /** GITHUB_RUN_ID of the run that wrote the comment (0 when unknown). */
  runId: number
  /** GITHUB_RUN_ATTEMPT (1 when unknown). */
  attempt: number
  sha: string
}

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface FoundComment {
  id: number
  url: string
  marker: CommentMarker
}

export type UpsertOutcome =
  | { action: 'created' | 'updated'; id: number; url: string }
  /** A newer run already wrote the comment: left alone. */
  | { action: 'kept-newer'; id: number; url: string; newer: CommentMarker }
  /** Nothing to update and `createIfMissing` was false (comment: on-drift while reproducible). */
  | { action: 'none' }

/** Keys live inside an HTML comment: keep a safe subset so no key can end the comment. */
export function sanitizeCommentKey(key: string): string {
  return sanitizeKey(key, KeyRules.commentMarker)
}

/** The hidden first line of every comment repro-gate writes. */
export function formatMarker(m: CommentMarker): string {
  const sha = m.sha.replace(/[^0-9a-fA-F]/g, '').slice(0, 40)
  return `<!-- repro-gate:key=${sanitizeCommentKey(m.key)} run=${m.runId} attempt=${m.attempt} sha=${sha} -->`
}

const MARKER = /<!-- repro-gate:key=(\S+) run=(\d+) attempt=(\d+) sha=([0-9a-fA-F]*) -->/g

/** Every marker in a body (a body normally has one). */
export function parseMarkers(body: string): CommentMarker[] {
  return [...body.matchAll(MARKER)].map((m) => ({
    key: m[1] ?? '',
    runId: Number(m[2]),
    attempt: Number(m[3]),
    sha: m[4] ?? ''
  }))
}

/** True when `a` was written by a later run than `b` (higher run id, or same run and higher attempt). */
export function isNewer(a: CommentMarker, b: CommentMarker): boolean {
  return a.runId !== b.runId ? a.runId > b.runId : a.attempt > b.attempt
}

export interface StickyCommentOptions {
  /** Login the token acts as (an App's bot); null = ask GET /user, falling back to github-actions[bot]. */
  author?: string | null
  /** Milliseconds before re-checking after a failed create (tests make it short). */
  backoffMs?: number
}

interface ListedComment {
  id: number
  html_url: string
  body?: string | null
  user?: { login: string } | null
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The sticky pull-request comment of one `comment-key`. */
export class StickyComment {
  private author: string | null

  constructor(
    private readonly client: GitHubClient,
    private readonly target: CommentTarget,
    private readonly key: string,
    private readonly options: StickyCommentOptions = {}
  ) {
    this.author = options.author?.trim() || null
  }

  /**
   * The login whose comments we may edit. GET /user answers for personal tokens; the
   * installation token of GitHub Actions gets 403 there and is github-actions[bot].
   */
  async identity(): Promise<string> {
    if (this.author) return this.author
    try {
      const { data } = await this.client.rest.users.getAuthenticated()
      this.author = data.login
    } catch (err) {
      const status = statusOf(err)
      if (status !== 401 && status !== 403 && status !== 404) throw err
      this.author = ACTIONS_BOT
    }
    return this.author
  }

  /** Our comments for this key (by our identity, carrying the key's marker), newest marker first. */
  async findAll(): Promise<FoundComment[]> {
    const me = (await this.identity()).toLowerCase()
    const key = sanitizeCommentKey(this.key)
    const comments: ListedComment[] = await this.client.paginate(this.client.rest.issues.listComments, {
      owner: this.target.owner,
      repo: this.target.repo,
      issue_number: this.target.issueNumber,
      per_page: 100
    })
    const ours: FoundComment[] = []
    for (const c of comments) {
      if (c.user?.login?.toLowerCase() !== me || !c.body) continue
      const marker = parseMarkers(c.body).find((m) => m.key === key)
      if (marker) ours.push({ id: c.id, url: c.html_url, marker })
    }
    // Newest run first; for the same run, the first comment written.
    return ours.sort((a, b) => (isNewer(a.marker, b.marker) ? -1 : isNewer(b.marker, a.marker) ? 1 : a.id - b.id))
  }

  /** Our comment for this key: the one by our identity with the newest marker, or null. */
  async find(): Promise<FoundComment | null> {
    return (await this.findAll())[0] ?? null
  }

  /**
   * Creates or updates the comment. `body` is the Markdown without the marker. A comment written
   * by a newer run is kept; with `createIfMissing` false only an existing comment is updated.
   */
  async upsert(body: string, marker: CommentMarker, { createIfMissing = true } = {}): Promise<UpsertOutcome> {
    const full = withMarker(body, marker)
    const existing = await this.find()
    if (existing) {
      if (isNewer(existing.marker, marker)) return { action: 'kept-newer', id: existing.id, url: existing.url, newer: existing.marker }
      const { data } = await this.client.rest.issues.updateComment({
        owner: this.target.owner,
        repo: this.target.repo,
        comment_id: existing.id,
        body: full
      })
      return { action: 'updated', id: data.id, url: data.html_url }
    }
    if (!createIfMissing) return { action: 'none' }
    const created = await this.create(full, marker)
    return created.action === 'created' ? this.settleRace(created) : created
  }

  /**
   * Two runs that both found no comment both create one. Whoever sees two afterwards keeps the
   * newest run's and deletes the other, so the PR ends with one comment per key. Best effort.
   */
  private async settleRace(created: { action: 'created' | 'updated'; id: number; url: string }): Promise<UpsertOutcome> {
    let ours: FoundComment[]
    try {
      ours = await this.findAll()
    } catch {
      return created
    }
    const [keep, ...extra] = ours
    if (!keep || extra.length === 0) return created
    for (const c of extra) {
      await this.client.rest.issues
        .deleteComment({ owner: this.target.owner, repo: this.target.repo, comment_id: c.id })
        .catch(() => undefined)
    }
    return keep.id === created.id ? created : { action: 'kept-newer', id: keep.id, url: keep.url, newer: keep.marker }
  }

  /**
   * POST is not idempotent: a 502 may come after GitHub stored the comment. So the plugin does not
   * retry it; we look for the comment we may have written before trying again.
   */
  private async create(full: string, marker: CommentMarker): Promise<UpsertOutcome> {
    const attempts = 3
    for (let i = 1; ; i++) {
      try {
        const { data } = await this.client.rest.issues.createComment({
          owner: this.target.owner,
          repo: this.target.repo,
          issue_number: this.target.issueNumber,
          body: full,
          request: { retries: 0 }
        })
        return { action: 'created', id: data.id, url: data.html_url }
      } catch (err) {
        const status = statusOf(err)
        const transient = status === null || status >= 500
        if (!transient || i >= attempts) throw err
        await sleep((this.options.backoffMs ?? 1000) * i * i)
        const found = await this.find()
        if (found && found.marker.runId === marker.runId && found.marker.attempt === marker.attempt) {
          return { action: 'created', id: found.id, url: found.url }
        }
        if (found && isNewer(found.marker, marker)) return { action: 'kept-newer', id: found.id, url: found.url, newer: found.marker }
      }
    }
  }
}

/** The marker line, then the Markdown, within GitHub's comment limit. */
export function withMarker(body: string, marker: CommentMarker): string {
  const head = `${formatMarker(marker)}\n`
  const room = COMMENT_MAX_CHARS - head.length
  return head + (body.length <= room ? body : body.slice(0, room - 2) + '\n…')
}
