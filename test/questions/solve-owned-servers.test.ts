import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Servers a company already owns and must keep using: ECS Anywhere (or EKS
 * Hybrid Nodes) runs containers on them under the Region's control plane;
 * Outposts and Fargate leave them idle. Our own sentences; each test failed
 * before the existingServers fact existed.
 */
describe('solve reads servers the company owns and must keep using', async () => {
  const {solve, read} = await solveHelpers()

  it('reads owned servers in several phrasings, and not their retirement or a cloud fleet', () => {
    expect(read('A bank refreshed the hardware in its on-premises data center in 2025 and wants to keep running it for three more years.').existingServers).toBe(true)
    expect(read('The insurer will keep using its existing on-premises servers for the claims system.').existingServers).toBe(true)
    expect(read('The insurer plans to retire its on-premises servers next year.').existingServers).toBeUndefined()
    expect(read('The team keeps using the existing Auto Scaling group in eu-west-1.').existingServers).toBeUndefined()
  })

  it('the life of hardware the company bought is no commitment to AWS', () => {
    expect(read('A bank refreshed the hardware in its on-premises data center in 2025 and wants to keep running it for three more years.').commitmentYears).toBeUndefined()
    expect(read('The workload will run for three more years.').commitmentYears).toBe(3)
  })

  it('containers on owned servers under one ECS control plane answer ECS Anywhere', () => {
    const s = solve(
      'A logistics company bought new servers for its two on-premises data centers last year and must keep using them. It is moving its applications into containers and already uses Amazon ECS in AWS. It wants one place to deploy containers on premises and in AWS without buying hardware or running its own orchestrator. Which option is the MOST cost-effective?',
      [
        'Order AWS Outposts racks for both data centers and run Amazon ECS on them',
        'Run a self-managed Kubernetes cluster on the on-premises servers',
        'Register the on-premises servers as external instances with Amazon ECS Anywhere',
        'Move every container to AWS Fargate and switch off the on-premises servers',
      ],
    )
    expect(s.options[3]!.reasons.some((r) => r.startsWith('but: '))).toBe(true)
    expect(s.answer).toEqual(['C'])
  })
  it('servers bought last year for each site, and no new hardware for the sites, are servers to keep using', () => {
    expect(read('The bakery chain has a small server in each of its 120 shops, all bought last year.').existingServers).toBe(true)
    expect(read('The chain must not buy new hardware for its shops.').existingServers).toBe(true)
    expect(read('The startup does not want to buy new hardware, so it moves to the cloud.').existingServers).toBeUndefined()
  })
  it('servers bought for each plant last year are servers to keep using', () => {
    expect(read('The brewer bought new servers for each of its three plants last year.').existingServers).toBe(true)
  })
})
