import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A reservation or a Savings Plan is billed for every hour of its term; work that runs only a few hours a day or a
 * week leaves most of those hours paid for and unused, so On-Demand capacity launched for the run costs less. Probe
 * 77 #14 (a 6-hour nightly job, an analyst proposing Reserved Instances) was an abstention between On-Demand and an
 * EC2 Instance Savings Plan. Our own sentences; the tests failed before `runsFewHours` existed.
 */
describe('solve: work that runs only a few hours a day', async () => {
  const {solve} = await solveHelpers()
  const options = [
    'Buy 1-year Standard Reserved Instances that cover the nine instances.',
    'Launch On-Demand Instances for each run and terminate them when the export finishes.',
    'Commit to an EC2 Instance Savings Plan equal to the nine instances’ hourly rate.',
    'Create On-Demand Capacity Reservations for the nine instances.',
  ]

  it('pays On-Demand for a nightly export that must not be interrupted', () => {
    const s = solve(
      'An insurer exports its policy ledger every night. The export runs on nine m7i.xlarge instances for roughly two hours each night and must not be interrupted once it starts. Which purchasing approach is the MOST cost-effective?',
      options,
    )
    expect(s.answer).toEqual(['B'])
    for (const k of [0, 2, 3]) expect(s.options[k]!.reasons.join(' ')).toMatch(/every hour of its term|every hour it exists/)
  })

  it('reads the idle rest of the day as well as the run length', () => {
    const s = solve(
      'The ledger export uses nine m7i.xlarge instances that do nothing for the other twenty hours of the day, and a run must not be interrupted. Which purchasing approach costs the LEAST?',
      options,
    )
    expect(s.answer).toEqual(['B'])
  })

  it('does not caution a reservation for a service that runs around the clock', () => {
    const s = solve(
      'A claims API runs on nine m7i.xlarge instances 24 hours a day at a steady load, and it will keep doing so for three years. Which purchasing approach costs the LEAST?',
      options,
    )
    expect(s.options[0]!.reasons.join(' ')).not.toMatch(/few hours a day/)
    expect(s.options[2]!.reasons.join(' ')).not.toMatch(/few hours a day/)
  })
})

describe('solve: capacity kept running for a job that runs a few hours a week', async () => {
  const {solve} = await solveHelpers()

  it('cautions an option that keeps the job’s instances always running', () => {
    const s = solve(
      'A lab runs a genome-alignment batch on 12 c7i.4xlarge instances for about five hours every Sunday. The batch must finish without interruption. Which option is the MOST cost-effective?',
      [
        'Keep 12 always-running c7i.4xlarge instances ready for the batch.',
        'Launch 12 On-Demand Instances each Sunday and terminate them when the batch ends.',
      ],
    )
    expect(s.options[0]!.reasons.join(' ')).toMatch(/runs only a few hours a day or a week/)
    expect(s.answer).toEqual(['B'])
  })
})
