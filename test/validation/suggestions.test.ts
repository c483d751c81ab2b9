import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {ProfileSchema} from '../../src/core/knowledge/profile.js'
import {closestName} from '../../src/core/validation/closest-name.js'
import {issuesToProblems, parseReporting} from '../../src/core/validation/zod-issues.js'
import {checkDeps} from '../helpers/check.js'

describe('closestName', () => {
  const FIELDS = ['latency', 'clients', 'connectivity', 'workload', 'residency', 'dataVolume']
  it.each([
    ['latncy', 'latency'],
    ['latnecy', 'latency'],
    ['Latency', 'latency'],
    ['client', 'clients'],
    ['conectivity', 'connectivity'],
    ['datavolume', 'dataVolume'],
  ])('%s → %s', (typo, meant) => {
    expect(closestName(typo, FIELDS)).toBe(meant)
  })
  it.each(['speed', 'region', 'lat', 'workloads-and-more'])('%s → nothing close enough', (word) => {
    expect(closestName(word, FIELDS)).toBeUndefined()
  })
})

const problems = (value: unknown) => {
  const parsed = parseReporting(ProfileSchema, value)
  if (parsed.success) throw new Error('expected problems')
  return issuesToProblems('p.yaml', parsed.error.issues, [], ProfileSchema).map((p) => `${p.path}: ${p.message}`)
}

describe('validation messages suggest what was meant', () => {
  it('for a misspelt field and a misspelt value', () => {
    const said = problems({latncy: 'low', clients: 'metro-user'})
    expect(said).toContainEqual(
      expect.stringMatching(
        /^clients: must be one of: .*; got the text "metro-user" \(did you mean "metro-users"\?\)$/,
      ),
    )
    expect(said).toContainEqual(': unknown field "latncy" (did you mean "latency"?)')
  })

  it('and falls back to pointing at the schema when nothing is close', () => {
    expect(problems({speed: 'fast'})).toEqual([
      ': unknown field "speed" (check the spelling; see the schema in the README)',
    ])
  })

  it('in front matter, at the line of the field', async () => {
    const text = '---\nrequirements:\n  latency: low\n  latncy: low\n---\n# X\n\n## Decision\n\nUse AWS Local Zones.\n'
    const report = checkDocument('fm.md', text, await checkDeps())
    expect(report).toMatchObject({status: 'error', errorLine: 4})
    expect(report.error).toContain('unknown field "latncy" (did you mean "latency"?)')
  })
})
