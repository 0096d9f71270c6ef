/**
 * A loopback server speaking the Actions cache service's v1 protocol (the part @actions/cache
 * uses): look up by key and prefix, reserve, upload chunks, commit, download. The real
 * service cannot run here; this one lets the real @actions/cache client talk HTTP to it.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CacheEntry {
  id: number
  key: string
  version: string
  chunks: Buffer[]
  committed: boolean
}

export interface CacheServer {
  /** Base URL for ACTIONS_CACHE_URL (ends with a slash). */
  url: string
  entries: CacheEntry[]
  requests: string[]
  close(): Promise<void>
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const chunk of req) parts.push(chunk as Buffer)
  return Buffer.concat(parts)
}

export async function startCacheServer(): Promise<CacheServer> {
  const entries: CacheEntry[] = []
  const requests: string[] = []
  let base = ''
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    requests.push(`${req.method} ${url.pathname}`)
    const data = await body(req)
    const json = (status: number, value?: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(value === undefined ? undefined : JSON.stringify(value))
    }
    if (req.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',')
      const version = url.searchParams.get('version')
      for (const key of keys) {
        const hits = entries.filter((e) => e.committed && e.version === version && e.key.startsWith(key))
        const hit = hits.find((e) => e.key === key) ?? hits.at(-1)
        if (hit) return json(200, { cacheKey: hit.key, archiveLocation: `${base}download/${hit.id}` })
      }
      return json(204)
    }
    if (req.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(data.toString()) as { key: string; version: string }
      if (entries.some((e) => e.key === key && e.version === version)) return json(409, { message: `Cache already exists. Key: ${key}` })
      const entry: CacheEntry = { id: entries.length + 1, key, version, chunks: [], committed: false }
      entries.push(entry)
      return json(201, { cacheId: entry.id })
    }
    const m = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)
    if (m) {
      const entry = entries.find((e) => e.id === Number(m[1]))
      if (!entry) return json(404)
      if (req.method === 'PATCH') entry.chunks.push(data)
      else entry.committed = true
      return json(204)
    }
    const d = /^\/download\/(\d+)$/.exec(url.pathname)
    if (d) {
      const blob = Buffer.concat(entries.find((e) => e.id === Number(d[1]))?.chunks ?? [])
      res.writeHead(200, { 'content-length': blob.length })
      return res.end(blob)
    }
    json(404)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url: base,
    entries,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
