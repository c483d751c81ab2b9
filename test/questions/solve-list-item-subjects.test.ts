import {describe, expect, it} from 'vitest'

import {namesOf, partsNamedBy} from '../../src/core/questions/part-names.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Own-words set 173 listed three workloads after a colon ("…; and a teacher training sandbox used only…") and one
 * option named its part by a single word ("Cover the sandbox instances with…"). One shared word is chance in a
 * sentence, but an item that opens on "a", "an" or "another" opens on its subject. Our own sentences; the solve test
 * answered A, C, F (a reservation for a lab idle out of hours) before the change.
 */
describe('solve: an item of a list opens on its subject', async () => {
  const {solve} = await solveHelpers()
  const items = [
    'a ticketing database that runs on the same instances all day, every day, for years;',
    'a nightly image-tagging batch that can resume from checkpoints;',
    'and a volunteer training lab used only on weekdays during opening hours.',
  ]

  it('the noun phrase up to what is said of it is the subject', () => {
    expect([...(namesOf(items[2]!).subject ?? [])]).toEqual(['volunteer', 'training', 'lab'])
    expect([...(namesOf('A separate reporting job runs every night.').subject ?? [])]).toEqual(['separate', 'reporting', 'job'])
  })

  it('a phrase whose end is not sure names no subject', () => {
    expect(namesOf('An infrastructure-as-code pipeline already tags every resource with a Program key.').subject).toBeUndefined()
    expect(namesOf('Every night, the batch runs for two hours.').subject).toBeUndefined()
  })

  it('one word of a subject names its part when no other part holds it', () => {
    expect(partsNamedBy('Cover the lab instances with 3-year Standard Reserved Instances', items.map(namesOf)).parts).toEqual([2])
    expect(partsNamedBy('Cover the instances with 3-year Standard Reserved Instances', items.map(namesOf)).parts).toEqual([])
  })

  const stem = `A museum runs three EC2 workloads: ${items.join(' ')} Which combination of actions lowers the cost the MOST? (Choose three.)`
  const options = [
    'Buy a 3-year Compute Savings Plan sized to the steady usage of the ticketing database.',
    'Run the ticketing database on Spot Instances with a capacity-optimized strategy.',
    'Run the nightly image-tagging batch on Spot Instances across several instance types.',
    'Run the image-tagging batch on Dedicated Hosts so that capacity is always there.',
    'Stop the lab instances outside opening hours with a schedule, such as Instance Scheduler on AWS.',
    'Cover the lab instances with 3-year Standard Reserved Instances for their instance type.',
  ]

  it('judges a reservation for the lab by the lab alone, which sits idle out of hours', () => {
    expect(solve(stem, options, 3).answer).toEqual(['A', 'C', 'E'])
  })

  it('says how many options the facts call for when they are fewer than the question asks', () => {
    const s = solve(stem.replace('opening hours', 'the day'), options, 3)
    expect(s.answer).toEqual([])
    expect(s.uncertain).toMatch(/^the question calls for only 2 of the options still standing \(A, C\), but asks for 3$/)
  })
})
