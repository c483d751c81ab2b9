import {describe, expect, it} from 'vitest'

import {labeledSteps} from '../../src/core/questions/part-names.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Own-words set 201 (two to four workloads per stem, measured unseen at 12/17) labelled workloads "Workload X … Workload
 * Y" and answered "X: …; Y: …", or listed them after a colon ("two kinds of pods: stateless web pods…, and a
 * single-replica coordination service…"). Our own sentences; the solve tests gave a wrong letter or none before the
 * change.
 */
describe('solve: workloads labelled by a letter, or listed after a colon', async () => {
  const {solve, read} = await solveHelpers()

  it('"X: …; Y: …" is one labelled step per workload', () => {
    expect(labeledSteps('X: FARGATE_SPOT only; Y: FARGATE with a base of 2')).toEqual([
      {label: 'X', body: 'FARGATE_SPOT only'},
      {label: 'Y', body: 'FARGATE with a base of 2'},
    ])
  })

  it('judges each labelled workload by its own facts, though no fact of one contradicts the other', () => {
    expect(read('The platform team already manages EC2 capacity well.').operations).toBe('instances')
    const s = solve(
      'Workload X is a large, steady fleet of containers that runs around the clock at high, predictable utilization, and the team already manages EC2 capacity well. Workload Y is a set of short-lived, interruption-tolerant container jobs that run nightly integration tests. Which option is MOST cost-effective for each?',
      [
        'X: AWS Fargate On-Demand; Y: Amazon ECS on On-Demand EC2 instances',
        'X: Amazon ECS on EC2 instances covered by a Savings Plan; Y: AWS Fargate Spot',
        'X: AWS Lambda container images; Y: AWS Fargate covered by a Compute Savings Plan',
        'X: Amazon ECS on EC2 Spot Instances only; Y: EC2 instances on Dedicated Hosts',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('"may add interruptible tasks as it scales" above a protected base', () => {
    expect(read('The service must always keep three tasks that cannot be interrupted but may add interruptible tasks as it scales.').burstInterruptible).toBe(true)
  })

  it('splits "two containerized workloads: a … API that …, and a … worker that …" into two parts', () => {
    const s = solve(
      'The platform team will not patch or scale container hosts again. The company runs two containerized workloads: a checkout API that must never be interrupted, and a thumbnail worker that reads from an Amazon SQS queue, can be stopped at any moment, and simply picks the message up again later. Which two choices give the lowest cost? (Choose two.)',
      [
        'Run both workloads on Amazon ECS with the EC2 launch type on Spot Instances.',
        'Run the checkout API on the FARGATE_SPOT capacity provider to get the larger discount.',
        'Run the checkout API as an Amazon ECS service on the FARGATE capacity provider.',
        'Run the thumbnail worker on On-Demand EC2 instances covered by a 3-year Reserved Instance.',
        'Run the thumbnail worker as an Amazon ECS service on the FARGATE_SPOT capacity provider.',
      ],
      2,
    )
    expect(s.answer).toEqual(['C', 'E'])
  })
})

/**
 * Own-words sets 203 and 204 (read after an unseen measure): build agents retried when they disappear, "few
 * interruptions" wanted, a 3-day presale, and Fargate Spot placed on EKS pods. Our own sentences.
 */
describe('solve: retried agents, few interruptions wanted, a presale of days, Fargate Spot on EKS', async () => {
  const {solve, read} = await solveHelpers()

  it('reads the phrasings', () => {
    expect(read('Each test run is retried automatically if its runner disappears.').interruptionTolerant).toBe(true)
    expect(read('The team wants the lowest cost with few interruptions.').avoidInterruptions).toBe(true)
    expect(read('The Spot fleet has run with few interruptions so far.').avoidInterruptions).toBeUndefined()
    expect(read('Traffic will peak during a 4-day festival presale next month.').commitmentYears).toBe(0)
    expect(read('The company will not need those instances after the event.').commitmentYears).toBe(0)
  })

  it('EKS profiles cannot place pods on Fargate Spot', () => {
    const s = solve('A team runs 40 interruption-tolerant microservices on Kubernetes and wants the lowest compute cost.', [
      'Run the services on Amazon EKS with Fargate profiles and configure the profiles to place every pod on Fargate Spot capacity.',
      'Run the services on Amazon EKS with a managed node group of Spot Instances across many instance types.',
    ])
    expect(s.options[0]!.violations.map((v) => v.message).join(' ')).toMatch(/Fargate Spot is an Amazon ECS capacity provider/)
  })
})
