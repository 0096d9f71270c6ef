/** The README's two-step workflow must keep working as the outputs and predicate types evolve. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'
import { Output } from '../../src/inputs/constants.js'
import { PredicateType } from '../../src/attest/types.js'

const root = path.resolve(import.meta.dirname, '../..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }

interface Step {
  id?: string
  uses?: string
  if?: string
  with?: Record<string, unknown>
}

function attestWorkflow(): { permissions: Record<string, string>; steps: Step[] } {
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((y) => y.includes('actions/attest@'))
  if (!block) throw new Error('README has no yaml block with actions/attest')
  const doc = parse(block) as { permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> }
  return { permissions: doc.permissions, steps: Object.values(doc.jobs)[0].steps }
}

describe("the README's attestation workflow", () => {
  test('feeds actions/attest from the gate step by output names that exist', () => {
    const { steps } = attestWorkflow()
    const gate = steps.find((s) => s.uses?.startsWith('repro-gate/repro-gate@'))
    const attest = steps.find((s) => s.uses?.startsWith('actions/attest@'))
    expect(gate?.with?.attestation).toBe(true)
    const used = [...JSON.stringify(attest).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    expect(new Set(used.map((m) => m[1]))).toEqual(new Set([gate?.id]))
    for (const [, , name] of used) expect(Object.keys(action.outputs)).toContain(name)
    expect(attest?.with).toEqual({
      'subject-checksums': `\${{ steps.gate.outputs.${Output.SubjectChecksums} }}`,
      'predicate-type': `\${{ steps.gate.outputs.${Output.PredicateType} }}`,
      'predicate-path': `\${{ steps.gate.outputs.${Output.PredicatePath} }}`
    })
    expect(attest?.if).toContain(`steps.gate.outputs.${Output.AttestationPath} != ''`)
  })

  test('asks for the permissions signing needs', () => {
    expect(attestWorkflow().permissions).toMatchObject({ 'id-token': 'write', attestations: 'write' })
  })

  test('names both predicate types and gives the consumer the reproducible one to filter on', () => {
    expect(readme).toContain(PredicateType.NotReproducible)
    expect(readme).toMatch(
      new RegExp(`gh attestation verify [^\\n]*\\\\\\n\\s*--predicate-type ${PredicateType.Reproducible.replace(/[./]/g, '\\$&')}`)
    )
  })
})
