import {describe, expect, it} from 'vitest'

import {keptAsIsCautions} from '../../src/core/questions/kept-as-is.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A team that keeps its scripts or its code as they are, and an option that
 * rewrites them anyway. Unseen set 237 keyed a scheduler that keeps a group's
 * job scripts over a managed service whose option "replaces the job scripts";
 * `solve` chose the replacement. Our own sentences; each test failed before
 * the caution existed.
 */
describe('solve cautions an option that rewrites what the team keeps', async () => {
  const {read, solve} = await solveHelpers()
  const CAUTION = 'but: the option rewrites or replaces what the question says the team keeps as it is'
  const caution = (stem: string, option: string) => keptAsIsCautions(option, read(stem), stem)

  it('replacing the job scripts the stem keeps is cautioned; keeping them is not', () => {
    const s = solve(
      'A genomics lab wants to move its queued batch pipeline to AWS and keep its existing job scripts. Jobs arrive a few times a week. Which solution is MOST cost-effective?',
      [
        'Use AWS Batch with job definitions that replace the existing job scripts.',
        'Run the pipeline on a fleet of On-Demand Instances that stays up all week.',
        'Buy 3-year Reserved Instances for the pipeline.',
        'Use Dedicated Hosts for the pipeline.',
      ],
    )
    expect(s.options[0]!.reasons).toContain(CAUTION)
    expect(s.options[1]!.reasons).not.toContain(CAUTION)
  })

  it('a stem that rules out code changes cautions an option that rewrites the application', () => {
    const stem = 'A retailer must move its order service to AWS without rewriting the application. Which option has the LEAST operational overhead?'
    expect(caution(stem, 'Rewrite the application as a set of AWS Lambda functions.')).toHaveLength(1)
    expect(caution('The company cannot change the application code this year. Which option is cheapest?', 'Refactor the code into containers on AWS Fargate.')).toHaveLength(1)
  })

  it('keeping one thing says nothing against replacing another, nor against a possessive', () => {
    const keepsCode = 'A retailer wants to keep its existing application code and lower its bill. Which option meets this need?'
    expect(caution(keepsCode, 'Replace the cron scripts with Amazon EventBridge schedules.')).toHaveLength(0)
    expect(caution(keepsCode, "Replace the application's load balancer with a Network Load Balancer.")).toHaveLength(0)
    expect(caution('A retailer wants to lower its bill. Which option meets this need?', 'Rewrite the application as AWS Lambda functions.')).toHaveLength(0)
  })

  // Unseen set 259: "Can we kill the box?" beside "Keep the t3.large and cover it with a Reserved Instance".
  it('keeping the server the stem wants to be rid of is cautioned; replacing it is not', () => {
    const stem = 'An m5.xlarge runs all day only to run a report script for three minutes each hour. The team wants to retire that instance. Which option is MOST cost-effective?'
    expect(caution(stem, 'Keep the m5.xlarge and buy a Savings Plan for it.')).toEqual(['the option keeps the server the question wants to be rid of'])
    expect(caution(stem, 'Keep the existing instance and stop it at night.')).toHaveLength(1)
    expect(caution(stem, 'Run the script as a scheduled AWS Lambda function.')).toHaveLength(0)
    expect(caution('An m5.xlarge runs a report every hour. Which option is MOST cost-effective?', 'Keep the m5.xlarge and buy a Savings Plan for it.')).toHaveLength(0)
  })
})
