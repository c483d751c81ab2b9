import {describe, expect, it} from 'vitest'

import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {labelledPartReadings} from '../../src/core/questions/stem-readings.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * From unseen set 163: options that give one step per label ("Web: …; data
 * science: …; ERP: …") over a stem whose sentences do not contradict one
 * another were judged against the whole stem, so one workload's facts sank
 * the step meant for another. The labels now locate the parts. Our own
 * sentences; each test failed before its change.
 */
describe('solve reads the parts that labelled options name', async () => {
  const {kb, solve} = await solveHelpers()
  const partsFor = (stem: string, labels: string[]) => {
    const {profile, evidence} = extractProfile(stem, kb.lexicon)
    return labelledPartReadings(stem, labels, profile, evidence, kb)
  }

  it('each label opens a part at the sentence that names it; a sentence that points back continues it', () => {
    const stem =
      'A studio wants to commit to 3 years of compute spending. Its render farm will move from EC2 to AWS Fargate during the term. Its ML team runs Amazon SageMaker training every day. Its billing system runs on a fixed fleet of m7i instances in one Region. It will not change. Which commitments meet these requirements?'
    const parts = partsFor(stem, ['render', 'ml', 'billing'])!
    expect(parts).toHaveLength(3)
    expect(parts[1]!.profile.sageMakerUsage).toBe(true)
    expect(parts[0]!.profile.sageMakerUsage).toBeUndefined()
    expect(parts[0]!.profile.computeFlexibility).toBe('across-compute-services')
    expect(parts[2]!.profile.computeFlexibility).toBeUndefined()
    expect(parts[2]!.profile.multiRegion).toBe(false)
    expect(parts.every((part) => part.profile.commitmentYears === 3)).toBe(true)
  })

  it('no parts when two labels open the same sentence', () => {
    expect(partsFor('The web tier and the batch tier run on EC2. Which option is cheapest?', ['web', 'batch'])).toBeUndefined()
  })

  it('a labelled step is judged by its own part', () => {
    const s = solve(
      'A studio wants to commit to 3 years of compute spending. Its render farm will move from EC2 to AWS Fargate and AWS Lambda during the term. Its ML team runs Amazon SageMaker training and inference at a steady rate. Its billing system runs on a fixed fleet of m7i instances in one Region that will not change. Which commitment choices meet these requirements?',
      [
        'Render: EC2 Instance Savings Plan; ML: SageMaker Savings Plan; billing: EC2 Instance Savings Plan',
        'Render: Compute Savings Plan; ML: SageMaker Savings Plan; billing: EC2 Instance Savings Plan',
        'Render: Compute Savings Plan; ML: Compute Savings Plan; billing: EC2 Instance Savings Plan',
        'Render: Compute Savings Plan; ML: SageMaker Savings Plan; billing: Spot Instances',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('a label opens the first sentence after the previous label\'s that names it, not the opening one', () => {
    const stem =
      'A company\'s VPC spans two Availability Zones. All private subnets reach the internet through one NAT gateway. Fargate tasks pull container images from Amazon ECR through that gateway. Two VPCs in the same Region exchange steady replication traffic. Which design is MOST cost-effective?'
    const parts = partsFor(stem, ['nat', 'ecr', 'vpcs'])!
    expect(parts).toHaveLength(3)
    expect(parts[2]!.profile.loadPattern).toBe('steady')
    expect(parts[0]!.profile.loadPattern).toBeUndefined()
  })

  it('a label the stem never words opens the one sentence left between its neighbours', () => {
    const stem =
      'A retailer has three goals. It wants a commitment discount that follows its move to AWS Fargate over 3 years. It wants data-driven recommendations to find over-provisioned EC2 instances. It wants an email alert when its spending passes a threshold. Which combination meets these goals?'
    const parts = partsFor(stem, ['commitment', 'rightsizing', 'alert'])!
    expect(parts).toHaveLength(3)
    expect(parts[1]!.profile.costManagementNeed).toBe('rightsizing')
  })

  it('a whole-situation fact one part states stays that part\'s', () => {
    const stem =
      'A clinic group has three systems. Its imaging archive must keep patient data inside the company\'s own data center. Its booking app serves mobile users on a 5G carrier network with ultra-low latency. Its payroll job has no special needs. Which placements meet these requirements?'
    const parts = partsFor(stem, ['imaging', 'booking', 'payroll'])!
    expect(parts[0]!.profile.residency).toBe('on-premises')
    expect(parts[1]!.profile.residency).toBeUndefined()
    expect(parts[2]!.profile.residency).toBeUndefined()
    expect(parts[2]!.profile.clients).toBeUndefined()
  })

  it('a "First" label may open at the stem\'s first sentence', () => {
    const stem =
      'A company will run 12 c7i instances in one Region for 3 years with no changes. A second workload will change instance family during its 3 years. A third team has a steady 1-year workload. Which commitments are MOST cost-effective?'
    const parts = partsFor(stem, ['first', 'second', 'third'])!
    expect(parts).toHaveLength(3)
    expect(parts[0]!.profile.multiRegion).toBe(false)
  })
})

describe('solve: an S3 gateway endpoint beside interface endpoints for other services', async () => {
  const {solve} = await solveHelpers()

  it('is not the gateway endpoint that other AWS services cannot use', () => {
    const s = solve(
      'Fargate tasks in private subnets pull large container images from Amazon ECR through a NAT gateway many times a day. Which change reduces cost the MOST?',
      [
        'Add interface endpoints for Amazon ECR plus an S3 gateway endpoint.',
        'Add a gateway endpoint for Amazon ECR.',
        'Add a second NAT gateway.',
        'Move the tasks to public subnets.',
      ],
    )
    expect(s.options[0]!.violations.filter((v) => /Gateway VPC endpoints exist only/.test(v.message))).toHaveLength(0)
    expect(s.options[1]!.violations.length).toBeGreaterThan(0)
  })

  it('an option whose step for one part rests on a product outside the catalog is not chosen', () => {
    const s = solve(
      'A lab has three goals. It wants a commitment discount that follows its move from EC2 to AWS Fargate over 3 years. It wants data-driven recommendations to find over-provisioned EC2 instances. It wants an email alert when its monthly spend passes a threshold. Which combinations meet these goals? (Choose two.)',
      [
        'Commitment: Compute Savings Plan; rightsizing: AWS Compute Optimizer; alert: AWS Budgets',
        'Commitment: EC2 Instance Savings Plan; rightsizing: AWS Compute Optimizer; alert: AWS Budgets',
        'Commitment: Compute Savings Plan; rightsizing: AWS Compute Optimizer; alert: AWS CloudTrail event history',
        'Commitment: Compute Savings Plan; rightsizing: Cost Explorer rightsizing recommendations; alert: AWS Budgets',
        'Commitment: Compute Savings Plan; rightsizing: AWS Health Dashboard; alert: AWS Budgets',
      ],
      2,
    )
    expect(s.answer).not.toContain('C')
  })
})
