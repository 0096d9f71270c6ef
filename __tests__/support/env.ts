/**
 * The environment a test hands to the code under test. It is built, never inherited: only what a
 * process needs to start (PATH to find node, python3 and git; HOME for the user's site-packages;
 * TMPDIR) comes from the machine, the locale and time zone are fixed, and nothing else leaks in.
 * A machine's OPENBLAS_CORETYPE, PYTHONHASHSEED, OMP_NUM_THREADS or a CI's GITHUB_* must not
 * change a result; `.ci/run` runs the whole suite with such variables set to prove it.
 */
export const PASSED_THROUGH = ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT'] as const

/** A fresh environment: the pass-through variables, `LANG=C.UTF-8`, `TZ=UTC`, then `extra`. */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { LANG: 'C.UTF-8', TZ: 'UTC' }
  for (const name of PASSED_THROUGH) if (process.env[name]) env[name] = process.env[name]
  return { ...env, ...extra }
}
