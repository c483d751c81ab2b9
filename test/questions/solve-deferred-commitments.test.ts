import {describe, expect, it} from 'vitest'

import {readOption} from '../../src/core/questions/read-option.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A commitment an option puts off until usage is known ("look at the Savings Plans recommendations again once usage
 * is stable") is a later decision, not a purchase made now; and growth a stem only says might happen within a span
 * ("demand might double within a year") is no horizon for the work. Our own sentences; each test failed before its
 * change.
 */
describe('solve reads commitments put off until usage is known', async () => {
  const {kb, solve, read} = await solveHelpers()
  const proposes = (option: string, service: string) => readOption(option, kb).services.some((s) => s.service === service)

  it('a commitment put off until usage is known is not proposed; one bought now, with more later, is', () => {
    expect(proposes('Run On-Demand instances and review the Savings Plans recommendations again when usage becomes predictable', 'savings-plans')).toBe(false)
    expect(proposes('Start with On-Demand; once demand has stabilized, buy Reserved Instances for the steady part', 'reserved-instances')).toBe(false)
    expect(proposes('Buy a 1-year Compute Savings Plan for the baseline now and add more once usage is stable', 'savings-plans')).toBe(true)
    expect(proposes('Buy 3-year Convertible Reserved Instances for the current fleet', 'reserved-instances')).toBe(true)
  })

  it('growth that only might happen within a span is no commitment horizon; growth expected over years is', () => {
    expect(read('Players might double within a year, or the game could be shut down.').commitmentYears).toBeUndefined()
    expect(read('Usage could easily triple within 2 years.').commitmentYears).toBeUndefined()
    expect(read('Traffic is expected to grow steadily over the next three years.').commitmentYears).toBe(3)
  })

  it('an uncertain new workload answers On-Demand now with commitments reviewed later', () => {
    const s = solve(
      'A studio is launching a new multiplayer game backend on Amazon EC2. Nobody knows whether players will come: demand might double within a year, or the game could be shut down after four months. The studio does not want to pay for commitments it may not use. Which approach is the MOST cost-effective?',
      [
        'Buy a 1-year Compute Savings Plan sized for the expected peak.',
        'Run On-Demand instances in an Auto Scaling group and look at the Reserved Instance recommendations again once usage is predictable.',
        'Buy 3-year Convertible Reserved Instances so that they can be exchanged if the game changes.',
        'Buy a 3-year EC2 Instance Savings Plan for the current instance family.',
      ],
    )
    expect(s.abstained).toBe(false)
    expect(s.answer).toEqual(['B'])
  })
})
