import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'

const deps = await checkDeps()
const doc = (context: string, decision: string) => `# ADR\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n`
const findings = (text: string) => checkDocument('adr.md', text, deps).findings.map((f) => `${f.severity} ${f.ruleId}`)

describe('check: a variant named in the decision is judged by its own rules', () => {
  const SMALL_BRANCH = 'Each branch is a small office with a network closet; there is no server room.'

  it('an Outposts rack in a small branch is an error that points to Outposts servers', () => {
    const report = checkDocument(
      'adr.md',
      doc(SMALL_BRANCH, 'We will install an AWS Outposts rack in every branch.'),
      deps,
    )
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['error outposts.rack-needs-space'])
    expect(report.findings[0]!.message).toMatch(/^AWS Outposts rack: .* Use AWS Outposts servers instead\.$/)
    expect(report.chosen).toEqual([expect.objectContaining({service: 'outposts', variant: 'outposts-rack'})])
  })

  it('the variant may be named after a plain mention of the service', () => {
    expect(
      findings(doc(SMALL_BRANCH, 'We will use AWS Outposts in every branch. Each branch gets one Outposts rack.')),
    ).toContain('error outposts.rack-needs-space')
  })

  it('the sibling that fits, or the service alone, is not flagged by that rule', () => {
    expect(findings(doc(SMALL_BRANCH, 'We will install an AWS Outposts server in every branch.'))).not.toContain(
      'error outposts.rack-needs-space',
    )
    expect(findings(doc(SMALL_BRANCH, 'We will install AWS Outposts in every branch.'))).not.toContain(
      'error outposts.rack-needs-space',
    )
  })

  it('an EC2 Instance Savings Plan for a Fargate and Lambda estate is an error; a Compute Savings Plan is not', () => {
    const estate = 'All of our compute runs on AWS Fargate and AWS Lambda, steadily, and will for the next three years.'
    expect(findings(doc(estate, 'We will buy an EC2 Instance Savings Plan for three years.'))).toContain(
      'error savings-plans.instance-plan-ec2-only',
    )
    expect(findings(doc(estate, 'We will buy a Compute Savings Plan for three years.'))).toEqual([])
  })

  it('Fargate Spot for work that must not be interrupted is an error; Fargate is not', () => {
    const payroll =
      'Payroll must finish in one go; a partial run leaves the ledger inconsistent. It runs for about 50 minutes.'
    expect(findings(doc(payroll, "We'll schedule it on Fargate Spot."))).toContain(
      'error fargate.spot-needs-interruptible',
    )
    expect(findings(doc(payroll, "We'll schedule it on AWS Fargate."))).not.toContain(
      'error fargate.spot-needs-interruptible',
    )
  })

  it('Convertible Reserved Instances cannot be resold', () => {
    const text = doc(
      'We expect to sell unused reservations on the Reserved Instance Marketplace if plans change.',
      'We will buy three-year Convertible Reserved Instances.',
    )
    expect(findings(text)).toContain('error reserved-instances.convertible-no-resale')
  })
})
