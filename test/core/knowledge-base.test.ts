import {describe, expect, it} from 'vitest'

import {testLexiconExamples} from '../../src/core/extract/lexicon-self-test.js'
import {OUTSIDE_CATALOG} from '../../src/core/questions/read-option.js'
import {formatProblem} from '../../src/core/validation/problem.js'
import {loadKnowledgeBase} from '../../src/io/load-knowledge.js'

const REQUIRED_IDS = [
  'iot-greengrass',
  'wavelength',
  'local-zones',
  'outposts',
  'lambda-at-edge',
  'cloudfront-functions',
  'cloudfront',
  'snowball-edge',
  'lambda',
  'fargate',
  'ec2-auto-scaling',
  'ec2-spot',
  'ec2-on-demand',
  'reserved-instances',
  'savings-plans',
  'global-accelerator',
]

describe('the bundled knowledge base', () => {
  it('loads with no problems', async () => {
    const loaded = await loadKnowledgeBase()
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([])
  })

  it('has every catalog id other tools key on', async () => {
    const loaded = await loadKnowledgeBase()
    if (!loaded.ok) throw new Error('invalid')
    const ids = loaded.data.catalog.map((e) => e.id)
    for (const id of REQUIRED_IDS) expect(ids).toContain(id)
  })

  it('sources every limit with a documentation URL and a check date', async () => {
    const loaded = await loadKnowledgeBase()
    if (!loaded.ok) throw new Error('invalid')
    for (const entry of loaded.data.catalog) {
      for (const limit of entry.limits) {
        expect(limit.source, `${entry.id}/${limit.id}`).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//)
        expect(limit.checked, `${entry.id}/${limit.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
    }
  })

  it("names in each entry's `includes` only products solve reads as outside the catalog", async () => {
    const loaded = await loadKnowledgeBase()
    if (!loaded.ok) throw new Error('invalid')
    const outsideNames = new Set(OUTSIDE_CATALOG.map(([name]) => name))
    const included = loaded.data.catalog.flatMap((e) => (e.includes ?? []).map((name) => `${e.id}: ${name}`))
    expect(included.length).toBeGreaterThan(0)
    expect(included.filter((line) => !outsideNames.has(line.slice(line.indexOf(': ') + 2)))).toEqual([])
  })

  it('passes its own lexicon examples and counterexamples', async () => {
    const loaded = await loadKnowledgeBase()
    if (!loaded.ok) throw new Error('invalid')
    expect(testLexiconExamples(loaded.data.lexicon).map((f) => `${f.entry} ${f.path}: ${f.message}`)).toEqual([])
  })
})
