import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import {
  captureContainers,
  containerIdFromCgroup,
  containerIdFromMountinfo,
  detectContainer,
  pickRepoDigest,
  repositoryOf
} from '../../src/snapshot/containers.js'
import { captureEnvironment } from '../../src/snapshot/index.js'
import { envWithPath, fakeRoot, FIXTURES, isolatedEnv, stubTools, workdir } from './helpers.js'

const FIXTURE_ID = '05dfe9a19f9e5b4baa2970d43979daec881746f177afdbeba98c03fc4d557158'
const K8S_ID = '8f1a4a4ce2b1e0f8c3b6a9d2e7f40c1d5b6a7e8f9012345678abcdef01234567'
const proc = (dir: string, file: string): string => readFileSync(path.join(FIXTURES, 'proc', dir, file), 'utf8')

/** The image .ci/setup-docker.sh builds and pushes to the loopback registry. */
const TEST_IMAGE = '127.0.0.1:5000/repro-gate-test:latest'

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 30000, stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** Why the real-docker tests cannot run here, or null when they can. */
function dockerUnavailable(): string | null {
  try {
    docker(['info', '--format', '{{.ServerVersion}}'])
  } catch (err) {
    return `docker is not reachable (${String((err as { stderr?: string }).stderr ?? (err as Error).message).split('\n')[0]}); run .ci/setup-docker.sh`
  }
  try {
    if (docker(['image', 'inspect', '--format', '{{json .RepoDigests}}', TEST_IMAGE]) === '[]')
      return `${TEST_IMAGE} has no RepoDigests; run .ci/setup-docker.sh`
  } catch {
    return `${TEST_IMAGE} is missing; run .ci/setup-docker.sh`
  }
  return null
}

const skipReason = dockerUnavailable()
if (skipReason) console.log(`containers.test.ts: skipping the real-docker tests: ${skipReason}`)
const withDocker = skipReason ? test.skip : test

describe('container id parsers', () => {
  test('cgroup v1: docker, systemd scope, kubepods; none on a host', () => {
    expect(containerIdFromCgroup(proc('v1-docker', 'cgroup'))).toBe(FIXTURE_ID)
    expect(containerIdFromCgroup(proc('v1-systemd', 'cgroup'))).toBe(FIXTURE_ID)
    expect(containerIdFromCgroup(proc('v1-kubepods', 'cgroup'))).toBe(K8S_ID)
    expect(containerIdFromCgroup(proc('host', 'cgroup'))).toBeNull()
    expect(containerIdFromCgroup('4:memory:/process_api/f3be7d4f5f3af40906b6062bf06618cf\n0::/\n')).toBeNull()
  })

  test('cgroup v2: the id from the bind mounts in mountinfo', () => {
    expect(containerIdFromMountinfo(proc('v2-docker', 'mountinfo'))).toBe(FIXTURE_ID)
    expect(containerIdFromMountinfo(proc('host', 'mountinfo'))).toBeNull()
  })

  test('detectContainer reads /proc under the given root', async () => {
    await expect(detectContainer(fakeRoot('v1-docker'))).resolves.toEqual({
      inContainer: true,
      detectedBy: 'cgroup-v1',
      containerId: FIXTURE_ID
    })
    await expect(detectContainer(fakeRoot('v2-docker', { dockerenv: true }))).resolves.toEqual({
      inContainer: true,
      detectedBy: 'cgroup-v2',
      containerId: FIXTURE_ID
    })
    await expect(detectContainer(fakeRoot('dockerenv-only', { dockerenv: true }))).resolves.toEqual({
      inContainer: true,
      detectedBy: 'dockerenv',
      containerId: null
    })
    await expect(detectContainer(fakeRoot('host'))).resolves.toEqual({ inContainer: false, detectedBy: null, containerId: null })
    await expect(detectContainer(fakeRoot(null))).resolves.toEqual({ inContainer: false, detectedBy: null, containerId: null })
  })

  test('repositories and digests', () => {
    expect(repositoryOf('docker.io/library/busybox:1.36')).toBe('busybox')
    expect(repositoryOf('127.0.0.1:5000/repro-gate-test:latest')).toBe('127.0.0.1:5000/repro-gate-test')
    expect(repositoryOf('127.0.0.1:5000/repro-gate-test')).toBe('127.0.0.1:5000/repro-gate-test')
    expect(repositoryOf(`ghcr.io/org/img@sha256:${'a'.repeat(64)}`)).toBe('ghcr.io/org/img')
    const digests = [`mirror.local/busybox@sha256:${'1'.repeat(64)}`, `busybox@sha256:${'2'.repeat(64)}`]
    expect(pickRepoDigest('busybox:latest', digests)).toBe(digests[1])
    expect(pickRepoDigest('other:latest', digests)).toBe(digests[0])
    expect(pickRepoDigest('other:latest', [])).toBeNull()
  })
})

describe('captureContainers with stub docker', () => {
  const images = ['python:3.12-slim', `ghcr.io/org/train@sha256:${'b'.repeat(64)}`, 'busybox']

  test('a docker that crashes: every image is listed with the reason, pinned references need no docker', async () => {
    const dir = stubTools({ docker: 'echo "panic: runtime error: invalid memory address" >&2; kill -ABRT $$' })
    const info = await captureContainers(images, isolatedEnv([dir]), fakeRoot('host'), 2000)
    expect(info.images).toEqual([
      {
        reference: 'python:3.12-slim',
        digest: null,
        reason: expect.stringMatching(/^docker image inspect: (was killed by SIGABRT|exited with code 134)/)
      },
      { reference: images[1], digest: images[1], reason: null },
      { reference: 'busybox', digest: null, reason: expect.stringMatching(/^docker image inspect: /) }
    ])
  })

  test('no docker at all', async () => {
    const info = await captureContainers(['python:3.12-slim'], isolatedEnv([stubTools({})]), fakeRoot('host'), 2000)
    expect(info).toEqual({
      inContainer: false,
      detectedBy: null,
      containerId: null,
      jobImage: null,
      images: [{ reference: 'python:3.12-slim', digest: null, reason: 'docker: not found on PATH' }]
    })
  })

  test('a docker printing garbage, and an image with no registry digest', async () => {
    const garbage = stubTools({ docker: 'echo "{not json"' })
    const [bad] = (await captureContainers(['x:1'], isolatedEnv([garbage]), fakeRoot('host'), 2000)).images
    expect(bad?.reason).toMatch(/^docker image inspect: unparseable output/)
    const local = stubTools({ docker: 'echo "[]"' })
    const [unpushed] = (await captureContainers(['x:1'], isolatedEnv([local]), fakeRoot('host'), 2000)).images
    expect(unpushed).toEqual({ reference: 'x:1', digest: null, reason: expect.stringMatching(/no registry digest/) })
  })

  test('a docker that hangs is bounded', async () => {
    const dir = stubTools({ docker: 'sleep 60' })
    const started = Date.now()
    const info = await captureContainers(['a:1', 'b:2'], isolatedEnv([dir]), fakeRoot('host'), 400)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(info.images.map((i) => i.reason)).toEqual([
      'docker image inspect: timed out after 400 ms (killed)',
      'docker image inspect: timed out after 400 ms (killed)'
    ])
  })

  test('the job container image through stub docker inspect', async () => {
    const digest = `ghcr.io/org/job@sha256:${'c'.repeat(64)}`
    const dir = stubTools({
      docker: `if [ "$1" = inspect ]; then echo "ghcr.io/org/job:v1 sha256:${'d'.repeat(64)}"; else echo '["other/repo@sha256:${'e'.repeat(64)}","${digest}"]'; fi`
    })
    const info = await captureContainers([], isolatedEnv([dir]), fakeRoot('v1-docker'), 2000)
    expect(info.jobImage).toEqual({ reference: 'ghcr.io/org/job:v1', digest, reason: null })
  })
})

describe('real docker (loopback registry from .ci/setup-docker.sh)', () => {
  const started: string[] = []
  afterAll(() => {
    for (const id of started) {
      try {
        docker(['rm', '-f', id])
      } catch {
        /* already gone */
      }
    }
  })

  withDocker('captureEnvironment resolves the pushed image to its registry digest', async () => {
    const expected = (JSON.parse(docker(['image', 'inspect', '--format', '{{json .RepoDigests}}', TEST_IMAGE])) as string[]).find((d) =>
      d.startsWith('127.0.0.1:5000/repro-gate-test@sha256:')
    )
    expect(expected).toMatch(/^127\.0\.0\.1:5000\/repro-gate-test@sha256:[0-9a-f]{64}$/)
    const snap = await captureEnvironment({
      workingDirectory: workdir(),
      python: 'no-such-python',
      images: [TEST_IMAGE, 'repro-gate-missing-image:nope'],
      lockfiles: [],
      data: [],
      env: envWithPath([]),
      root: fakeRoot('host')
    })
    const container = snap.environment.container
    expect(container.status).toBe('ok')
    if (container.status !== 'ok') return
    expect(container.images[0]).toEqual({ reference: TEST_IMAGE, digest: expected, reason: null })
    // A missing image is listed with docker's reason, never dropped.
    expect(container.images[1]).toEqual({
      reference: 'repro-gate-missing-image:nope',
      digest: null,
      reason: expect.stringMatching(/No such image/i)
    })
    expect(snap.environment.warnings).toContainEqual(expect.stringMatching(/^image repro-gate-missing-image:nope: not resolved/))
    expect(snap.environment.fingerprintParts['container.digests']).toContain(expected)
  })

  withDocker("a real container's cgroup and mountinfo name its id, and its job image resolves", async () => {
    const id = docker(['run', '-d', TEST_IMAGE])
    started.push(id)
    expect(id).toMatch(/^[0-9a-f]{64}$/)
    const cgroup = docker(['exec', id, '/bin/busybox', 'cat', '/proc/self/cgroup'])
    const mountinfo = docker(['exec', id, '/bin/busybox', 'cat', '/proc/self/mountinfo'])

    // As the kernel showed it inside the container: cgroup v1 names the id on this host...
    const v1 = fakeRoot(null, { dockerenv: true })
    writeFileSync(path.join(v1, 'proc/self/cgroup'), cgroup)
    writeFileSync(path.join(v1, 'proc/self/mountinfo'), mountinfo)
    const fromCgroup = await detectContainer(v1)
    expect(fromCgroup.containerId).toBe(id)

    // ...and under cgroup v2 (/proc/self/cgroup is "0::/") the bind mounts in mountinfo do.
    const v2 = fakeRoot(null, { dockerenv: true })
    writeFileSync(path.join(v2, 'proc/self/cgroup'), '0::/\n')
    writeFileSync(path.join(v2, 'proc/self/mountinfo'), mountinfo)
    await expect(detectContainer(v2)).resolves.toEqual({ inContainer: true, detectedBy: 'cgroup-v2', containerId: id })

    // The job container's image, through `docker inspect` of that id.
    const snap = await captureEnvironment({
      workingDirectory: workdir(),
      python: 'no-such-python',
      images: [],
      lockfiles: [],
      data: [],
      env: envWithPath([]),
      root: v2
    })
    const container = snap.environment.container
    expect(container).toMatchObject({ status: 'ok', inContainer: true, containerId: id })
    if (container.status !== 'ok') return
    expect(container.jobImage).toEqual({
      reference: TEST_IMAGE,
      digest: expect.stringMatching(/^127\.0\.0\.1:5000\/repro-gate-test@sha256:[0-9a-f]{64}$/),
      reason: null
    })
    expect(snap.environment.fingerprintParts['container.jobImage']).toBe(container.jobImage?.digest)
  })
})
