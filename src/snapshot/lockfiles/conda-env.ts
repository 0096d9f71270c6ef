import { baseName, isRecord, PackageCollector } from './common.js'
import { interpretRequirement, nameFromTarget } from './requirements.js'
import type { LockfileParser, ParsedLockfile } from './types.js'
import { parseYaml } from './yaml-lite.js'

/**
 * A conda match spec counts as pinned only in the `name=ver`, `name==ver` or `name=ver=build`
 * forms (conda's single `=` is really a prefix match, but it is what people write to pin);
 * a `channel::` prefix is dropped. Ranges, wildcards and bare names are unpinned.
 */
export function interpretCondaSpec(spec: string): { name: string; version?: string; spec: string } | undefined {
  let s = spec.trim()
  const channel = s.lastIndexOf('::')
  if (channel >= 0) s = s.slice(channel + 2)
  const pin = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*)==?([^=<>!,|*\s[\]]+)(?:=[^=\s]+)?$/.exec(s)
  if (pin !== null) return { name: pin[1], version: pin[2], spec: '' }
  const name = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*/.exec(s)
  if (name === null) return undefined
  return { name: name[0], spec: s.slice(name[0].length).trim() }
}

/**
 * conda `environment.yml`: pinned conda specs and `==` pins of the `pip:` subsection are
 * packages; everything else (ranges, bare names, `-e` installs) is unpinned.
 */
export function parseCondaEnvironment(text: string): ParsedLockfile {
  const doc = parseYaml(text, 'environment.yml')
  if (!isRecord(doc)) throw new Error('environment.yml: expected a mapping at the top level')
  const out = new PackageCollector()
  const dependencies = doc.dependencies ?? []
  if (!Array.isArray(dependencies)) throw new Error('environment.yml: "dependencies" is not a list')
  dependencies.forEach((item, i) => {
    if (typeof item === 'string') {
      const spec = interpretCondaSpec(item)
      if (spec === undefined) throw new Error(`environment.yml: dependencies[${i}] '${item}' names no package`)
      if (spec.version !== undefined) out.add(spec.name, spec.version)
      else out.addUnpinned(spec.name, spec.spec)
      return
    }
    if (isRecord(item) && Array.isArray(item.pip)) {
      for (const pipItem of item.pip) readPipItem(String(pipItem), out)
      return
    }
    if (item === null || item === '') return
    throw new Error(`environment.yml: dependencies[${i}] is neither a spec string nor a pip: list`)
  })
  return out.result()
}

function readPipItem(line: string, out: PackageCollector): void {
  const text = line.trim()
  const editable = /^(-e|--editable)(?:\s+|=)(.+)$/.exec(text)
  if (editable !== null) {
    const target = editable[2].trim()
    out.addUnpinned(nameFromTarget(target), `-e ${target}`)
    return
  }
  if (text.startsWith('-')) {
    out.notes.push(`pip option '${text}' ignored`)
    return
  }
  const meaning = interpretRequirement(text)
  if (meaning === undefined) throw new Error(`environment.yml: pip entry '${text}' names no package`)
  if (meaning.kind === 'pinned') out.add(meaning.name, meaning.version)
  else out.addUnpinned(meaning.name, meaning.spec)
}

/** conda environment files. */
export const condaEnvParser: LockfileParser = {
  format: 'conda-env',
  matches: (fileName) => {
    const base = baseName(fileName)
    return base === 'environment.yml' || base === 'environment.yaml'
  },
  parse: parseCondaEnvironment
}
