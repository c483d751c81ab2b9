import {describe, expect, it} from 'vitest'

import {partReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Set 187 (two or three workloads per stem, one choice per workload in a list;
 * measured unseen first: 11/17) introduced workloads in ways the part reader
 * missed: "runs three Auto Scaling groups", "has three cost requests", "For its
 * tracking service, …", "Its ingestion servers move…", and "In addition, a
 * promotions service…" or "The company also runs a dashboard…" that state no
 * fact of their own. Only a stem that counts its workloads makes such a
 * sentence a part: "also runs a calendar, which is not part of this review"
 * in an uncounted stem stays out. Our own sentences; each test failed before
 * its change.
 */
describe('solve finds the workloads a counted stem introduces, even those that state no fact', async () => {
  const {kb, read} = await solveHelpers()
  const parts = (stem: string) => partReadings(stem, read(stem), kb)

  it('"runs three Auto Scaling groups": a flash sale booked for a known time is its own part', () => {
    const found = parts(
      'A travel site runs three Auto Scaling groups. Its search web tier follows the same curve every day and each new instance needs several minutes to become ready. In addition, a deals service will get a burst of traffic during a sale that marketing has scheduled for 09:00 next Monday. The company also operates a pricing API whose load varies without any pattern. Which solution is MOST cost-effective?',
    )
    expect(found).toHaveLength(3)
    expect(found[1]!.profile.knownEventPeaks).toBe(true)
  })

  it('"For its tracking service, …" and "Its warehouse database…" open parts of a counted stem', () => {
    const found = parts(
      'A freight company is buying 3-year Reserved Instances for three steady workloads. Its routing service will move to newer instance families during the term. Its warehouse database runs on one fixed instance type, and the company wants to be able to sell reservations it no longer needs. For its tracking service, which is also fixed for the full term, the finance team has cash available and wants the lowest total cost. Which solution meets these requirements?',
    )
    expect(found.map((p) => p.profile.computeFlexibility)).toContain('across-families')
    expect(found.some((p) => p.profile.upfrontPreferred === true && p.profile.mayResell !== true)).toBe(true)
  })

  it('a workload the company "also runs" is a part of a counted stem even with no fact, and no part of an uncounted one', () => {
    const counted = parts(
      'A betting company runs three workloads. Its odds website delivers mostly cacheable pages over HTTPS to users worldwide. A separate trading engine is reached by partners over a proprietary TCP protocol and needs two fixed IP addresses. The company also runs an internal reporting dashboard that staff use over a VPN. Which solution is MOST cost-effective?',
    )
    expect(counted).toHaveLength(3)
    const uncounted = parts(
      'A parks department hosts a permit application on an m5.xlarge instance that runs 24/7 with 7% average CPU. The department also runs a public events calendar on Amazon Lightsail, which is not part of this review. Which change is MOST cost-effective?',
    )
    expect(uncounted.some((part) => part.names?.words.has('calendar'))).toBe(false)
    expect(uncounted.length).toBeLessThan(2)
  })
})
