import {describe, expect, it} from 'vitest'

import {readOption} from '../../src/core/questions/read-option.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * The service a move starts from ("switch the services from Fargate to the EC2 launch type") is what the option
 * leaves, not what it proposes; and an option that rebuilds x86-only images for arm64 removes the reason Graviton
 * could not run them. Our own sentences; each test failed before its change.
 */
describe('solve reads what a move leaves and what an arm64 rebuild answers', async () => {
  const {kb, solve} = await solveHelpers()
  const proposed = (option: string) => readOption(option, kb).services.map((s) => s.service)

  it('the service a move starts from is not proposed; the one it moves to is', () => {
    expect(proposed('Switch the services from Fargate to the EC2 launch type on c5 instances.')).not.toContain('fargate')
    expect(proposed('Move the nightly batch from On-Demand Instances to Spot Instances.')).toEqual(['ec2-spot'])
    expect(proposed('Move the web tier to Fargate and keep the database on EC2.')).toContain('fargate')
  })

  it('an x86-only image rebuilt for arm64 is not sunk on Graviton; one kept as it is, is', () => {
    const s = solve(
      'A team runs a stateless image-resizing API as Amazon ECS tasks on AWS Fargate. Its container images are built for x86_64 only. The team wants to lower its compute bill by moving to Graviton. What should it do?',
      [
        'Switch the services from Fargate to the EC2 launch type on c5 instances.',
        'Keep the x86 images and point an ECS capacity provider at a Graviton Auto Scaling group.',
        'Rebuild the images for arm64 and set the task definition runtime platform to ARM64.',
      ],
    )
    const rules = (i: number) => s.options[i]!.violations.map((v) => v.rule)
    expect(s.options[0]!.services.map((x) => x.service)).not.toContain('fargate')
    expect(rules(1)).toContain('graviton.needs-arm')
    expect(rules(2)).not.toContain('graviton.needs-arm')
    expect(s.answer).not.toEqual(['A'])
  })
})
