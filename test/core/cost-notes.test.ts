import {describe, expect, it} from 'vitest'

import type {Recommendation} from '../../src/core/advisor/advice.js'

import {costNotesFor} from '../../src/core/advisor/cost-notes.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

describe('cost notes', async () => {
  const kb = await bundledKnowledge()
  const greengrass = kb.catalog.find((e) => e.id === 'iot-greengrass')!
  const rec = {
    service: 'iot-greengrass',
    reasons: [{rule: 'r', message: 'm', facts: [{field: 'dataVolume', value: 'massive'}], doc: 'd'}],
  } as unknown as Recommendation
  const storage = kb.prices.find((p) => p.id === 's3-standard-storage')!

  it('writes dollar amounts with thousands separators and cents below $100', () => {
    const gbPerDay = 40_000
    const avoided = gbPerDay * 30.4 * 0.9
    const note = costNotesFor(rec, greengrass, {dataGbPerDay: gbPerDay}, kb.prices).join(' ')
    const expected = `$${Math.round(avoided * storage.usd).toLocaleString('en-US')}`
    expect(expected).toMatch(/^\$\d{1,3}(,\d{3})+$/)
    expect(note).toContain(`saves about ${expected} for each month`)
    expect(note).toContain(`(${`$${storage.usd.toFixed(2)}`}/${storage.unit}`)
  })
})
