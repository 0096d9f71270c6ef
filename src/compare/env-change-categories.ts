/** Categories in the order changes are listed: the likeliest causes of drift first. */
export const EnvChangeCategories = [
  'package',
  'lockfile',
  'unpinned',
  'python-package',
  'framework',
  'toolchain',
  'gpu',
  'container',
  'runner',
  'os',
  'cpu',
  'seed',
  'math-env',
  'data',
  'snapshot',
  'commit'
] as const
export type EnvChangeCategory = (typeof EnvChangeCategories)[number]
