import {describe, expect, it} from 'vitest'

import {chooseCountInStem} from '../../src/core/questions/choose-count.js'

describe('how many options a stem asks for', () => {
  it.each([
    ['Which steps lower the bill? (Choose two.)', 2],
    ['Which steps lower the bill? (Choose 2 answers)', 2],
    ['Which steps lower the bill? (Select TWO)', 2],
    ['Which steps lower the bill? (select three.)', 3],
    ['Which steps lower the bill?\nChoose three.', 3],
    ['Which steps lower the bill? Select 2 options.', 2],
    ['Which TWO actions lower the bill?', 2],
    ['The architect must pick THREE answers.', 3],
    ['Which solution is cheapest?', undefined],
    ['The company must choose two Regions for the replicas. Which design is cheapest?', undefined],
    ['Which two teams own the workload, and which option fits?', undefined],
  ])('%s → %s', (stem, count) => {
    expect(chooseCountInStem(stem)).toBe(count)
  })
})
