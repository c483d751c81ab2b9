import fc from 'fast-check'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

import {type Extraction, extractProfile} from '../../src/core/extract/extract-profile.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

/**
 * `fields` lets the checker read only what its rules can use. Each field must
 * come out exactly as a full read gives it (derived dataVolume included).
 */
const texts = [
  ...(parse(readFileSync(new URL('../fixtures/scenarios.yaml', import.meta.url), 'utf8')) as {text: string}[]).map(
    (s) => s.text,
  ),
  ...readdirSync(new URL('../../examples/architectures/', import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(new URL(`../../examples/architectures/${f}`, import.meta.url), 'utf8')),
]

const only = (full: Extraction, fields: ReadonlySet<string>): Extraction => ({
  profile: Object.fromEntries(Object.entries(full.profile).filter(([k]) => fields.has(k))),
  evidence: full.evidence.filter((e) => fields.has(e.field)),
  overruled: full.overruled.filter((e) => fields.has(e.field)),
  stated: new Set([...full.stated].filter((f) => fields.has(f))),
})

describe('extractProfile with fields', async () => {
  const kb = await bundledKnowledge()
  const allFields = [...new Set(kb.lexicon.map((e) => e.fact))].sort()

  it('reads each requested field exactly as a full read does, and nothing else', () => {
    expect(texts.length).toBeGreaterThan(40)
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.subarray(allFields), (text, picked) => {
        const fields = new Set(picked)
        expect(extractProfile(text, kb.lexicon, {fields})).toEqual(only(extractProfile(text, kb.lexicon), fields))
      }),
      {numRuns: 300, seed: 20_261_126},
    )
  })

  it('derives dataVolume from a daily volume even when only dataVolume is asked for', () => {
    const text = 'The plant produces about 40 GB of sensor data per day.'
    const full = extractProfile(text, kb.lexicon)
    expect(full.profile.dataVolume).toBe('moderate')
    expect(extractProfile(text, kb.lexicon, {fields: new Set(['dataVolume'])}).profile).toEqual({
      dataVolume: 'moderate',
    })
  })
})
