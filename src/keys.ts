/**
 * One sanitiser for every key repro-gate derives from user input: comment keys (inside an HTML
 * comment), artifact names (GitHub forbids `" : < > | * ? \ /` and control characters) and cache
 * keys (matched as string prefixes). Each kind's rule is data below, so a reader sees every key's
 * alphabet side by side. The keys made are pinned by __tests__/keys.test.ts: changing a rule
 * orphans users' cached baselines or duplicates their sticky comments.
 */
export interface KeyRule {
  /** Runs of characters to replace (a global RegExp). */
  unsafe: RegExp
  /** What replaces each run. */
  replacement: '-' | ''
  /** Turns `--` runs into one `-`, which keeps `--` free to be a delimiter. */
  collapse: boolean
  /** Removed from both ends after replacing (a global RegExp), or null. */
  trim: RegExp | null
  /** The most characters kept (cut after trimming). */
  max: number
  /** Removed from the end after the cut (a global RegExp), or null. */
  trimAfterCut: RegExp | null
  /** Used when nothing is left. */
  fallback: string
}

const SAFE_NAME = /[^A-Za-z0-9._-]+/g

export const KeyRules = {
  /** The `comment-key` input as stored: letters, digits, `.`, `_` and single `-`. */
  commentKey: {
    unsafe: SAFE_NAME,
    replacement: '-',
    collapse: true,
    trim: /^[-.]+|[-.]+$/g,
    max: 100,
    trimAfterCut: null,
    fallback: 'repro-gate'
  },
  /** The default comment key (workflow file and job) before it is stored as the input. */
  defaultCommentKey: { unsafe: SAFE_NAME, replacement: '-', collapse: false, trim: null, max: Infinity, trimAfterCut: null, fallback: '' },
  /** The key inside the comment's hidden marker: `/` allowed, nothing that can end an HTML comment. */
  commentMarker: {
    unsafe: /[^A-Za-z0-9._/-]+/g,
    replacement: '-',
    collapse: false,
    trim: null,
    max: 200,
    trimAfterCut: null,
    fallback: 'repro-gate'
  },
  /** One part of an artifact name (the artifact client rejects the rest). */
  artifactName: {
    unsafe: SAFE_NAME,
    replacement: '-',
    collapse: true,
    trim: /^[-.]+|[-.]+$/g,
    max: Infinity,
    trimAfterCut: null,
    fallback: ''
  },
  /** The `baseline-key` input as stored: commas are the cache service's key separator. */
  baselineKey: { unsafe: /,/g, replacement: '-', collapse: false, trim: null, max: 200, trimAfterCut: null, fallback: '' },
  /** The baseline key inside a cache key: no `--`, no dash at either end, so `--` can delimit it; 412 = the cache's 512 less room for the prefix and commit. */
  cacheKey: { unsafe: /[,\s]+/g, replacement: '-', collapse: true, trim: /^-+|-+$/g, max: 412, trimAfterCut: /-+$/g, fallback: 'default' },
  /** A commit inside a cache key: letters and digits only. */
  cacheCommit: { unsafe: /[^0-9A-Za-z]/g, replacement: '', collapse: false, trim: null, max: Infinity, trimAfterCut: null, fallback: '' }
} as const satisfies Record<string, KeyRule>

/** Makes `text` safe as the kind of key `rule` describes. */
export function sanitizeKey(text: string, rule: KeyRule): string {
  let key = text.replace(rule.unsafe, rule.replacement)
  if (rule.collapse) key = key.replace(/-{2,}/g, '-')
  if (rule.trim) key = key.replace(rule.trim, '')
  if (key.length > rule.max) key = key.slice(0, rule.max)
  if (rule.trimAfterCut) key = key.replace(rule.trimAfterCut, '')
  return key || rule.fallback
}
