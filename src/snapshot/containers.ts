import { access, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { ContainerInfo, ImageDigest } from './types.js'
import { execProbe, findOnPath } from './probe.js'

const ID = '[0-9a-f]{64}'

/**
 * The container id in a cgroup v1 `/proc/self/cgroup`: docker (`/docker/<id>`,
 * `/system.slice/docker-<id>.scope`), containerd, CRI-O and Kubernetes (`/kubepods/.../<id>`).
 */
export function containerIdFromCgroup(text: string): string | null {
  for (const line of text.split('\n')) {
    const cgroupPath = line.split(':').slice(2).join(':')
    if (!/docker|containerd|kubepods|crio|libpod/.test(cgroupPath)) continue
    const m = new RegExp(`(?:^|[/-])(${ID})(?:\\.scope)?(?:/|$)`).exec(cgroupPath)
    if (m?.[1]) return m[1]
  }
  return null
}

/**
 * The container id in `/proc/self/mountinfo` (cgroup v2, where /proc/self/cgroup is just `0::/`):
 * docker bind-mounts /etc/hostname, /etc/hosts and /etc/resolv.conf from
 * `/var/lib/docker/containers/<id>/`; podman from `.../overlay-containers/<id>/userdata/`.
 */
export function containerIdFromMountinfo(text: string): string | null {
  const m =
    new RegExp(`/docker/containers/(${ID})/`).exec(text) ??
    new RegExp(`/overlay-containers/(${ID})/userdata/`).exec(text) ??
    new RegExp(`/containerd/[^ ]*?/(${ID})/`).exec(text)
  return m?.[1] ?? null
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return ''
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}

/** Whether we run inside a container, how that was seen, and its id when the kernel shows it. */
export async function detectContainer(root: string): Promise<Pick<ContainerInfo, 'inContainer' | 'detectedBy' | 'containerId'>> {
  const [cgroup, mountinfo, dockerenv, containerenv] = await Promise.all([
    readText(path.join(root, 'proc/self/cgroup')),
    readText(path.join(root, 'proc/self/mountinfo')),
    exists(path.join(root, '.dockerenv')),
    exists(path.join(root, 'run/.containerenv'))
  ])
  const v1 = containerIdFromCgroup(cgroup)
  if (v1) return { inContainer: true, detectedBy: 'cgroup-v1', containerId: v1 }
  const v2 = containerIdFromMountinfo(mountinfo)
  if (v2) return { inContainer: true, detectedBy: 'cgroup-v2', containerId: v2 }
  if (dockerenv) return { inContainer: true, detectedBy: 'dockerenv', containerId: null }
  if (containerenv) return { inContainer: true, detectedBy: 'containerenv', containerId: null }
  return { inContainer: false, detectedBy: null, containerId: null }
}

/** `docker.io/library/busybox:1.36` → `busybox`; digests and tags dropped, registry kept otherwise. */
export function repositoryOf(reference: string): string {
  let ref = reference.split('@')[0] ?? reference
  const slash = ref.lastIndexOf('/')
  const colon = ref.lastIndexOf(':')
  if (colon > slash) ref = ref.slice(0, colon)
  return ref.replace(/^(?:docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '')
}

/** The `RepoDigests` entry for `reference`'s repository, else the first one. */
export function pickRepoDigest(reference: string, repoDigests: string[]): string | null {
  const repo = repositoryOf(reference)
  return repoDigests.find((d) => repositoryOf(d) === repo) ?? repoDigests[0] ?? null
}

const PINNED = /@sha256:[0-9a-f]{64}$/

/** Resolves one image reference to `name@sha256:…` with `docker image inspect`; never throws. */
export async function resolveImage(
  docker: string | null,
  reference: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  /** Whose repository's digest to prefer when the image has several (defaults to `reference`). */
  prefer: string = reference
): Promise<ImageDigest> {
  if (PINNED.test(reference)) return { reference, digest: reference, reason: null }
  if (!docker) return { reference, digest: null, reason: 'docker: not found on PATH' }
  const result = await execProbe(docker, ['image', 'inspect', '--format', '{{json .RepoDigests}}', reference], {
    env,
    timeoutMs
  })
  if (!result.ok) return { reference, digest: null, reason: result.reason }
  let digests: unknown
  try {
    digests = JSON.parse(result.stdout.trim().split('\n')[0] ?? '')
  } catch {
    return { reference, digest: null, reason: `docker image inspect: unparseable output "${result.stdout.slice(0, 80)}"` }
  }
  if (digests === null || (Array.isArray(digests) && digests.length === 0)) {
    return { reference, digest: null, reason: 'the image has no registry digest (built locally and never pushed or pulled)' }
  }
  if (!Array.isArray(digests) || !digests.every((d) => typeof d === 'string')) {
    return { reference, digest: null, reason: `docker image inspect: unexpected RepoDigests ${JSON.stringify(digests).slice(0, 80)}` }
  }
  return { reference, digest: pickRepoDigest(prefer, digests as string[]), reason: null }
}

/** The image the job container was started from, resolved to its digest. */
async function jobImage(docker: string | null, containerId: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ImageDigest> {
  const reference = `container ${containerId.slice(0, 12)}`
  if (!docker) return { reference, digest: null, reason: 'docker: not found on PATH' }
  const result = await execProbe(docker, ['inspect', '--format', '{{.Config.Image}} {{.Image}}', containerId], {
    env,
    timeoutMs
  })
  if (!result.ok) return { reference, digest: null, reason: result.reason }
  const [image, imageId] = result.stdout.trim().split(/\s+/)
  if (!image || !imageId) return { reference, digest: null, reason: `docker inspect: unparseable output "${result.stdout.slice(0, 80)}"` }
  // Inspect by id: the tag may have moved since the container started.
  const resolved = await resolveImage(docker, imageId, env, timeoutMs, image)
  return { ...resolved, reference: image }
}

/** Runs `work` over `items` with at most `limit` in flight, keeping order. */
async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return out
}

/**
 * Container provenance: whether we run in one (and which), the job container's image digest
 * when docker is reachable, and every `images` reference resolved to a digest. An image that
 * cannot be resolved stays in the list with the reason. Docker is not started when nothing needs it.
 */
export async function captureContainers(images: string[], env: NodeJS.ProcessEnv, root: string, timeoutMs: number): Promise<ContainerInfo> {
  const detected = await detectContainer(root)
  const needsDocker = detected.containerId !== null || images.some((i) => !PINNED.test(i))
  const docker = needsDocker ? await findOnPath('docker', env) : null
  const [job, resolved] = await Promise.all([
    detected.containerId ? jobImage(docker, detected.containerId, env, timeoutMs) : Promise.resolve(null),
    mapLimit(images, 4, (ref) => resolveImage(docker, ref, env, timeoutMs))
  ])
  return { ...detected, jobImage: job, images: resolved }
}
