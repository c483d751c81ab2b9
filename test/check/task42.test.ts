import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'

const record = (title: string, context: string, decision: string) =>
  `# ${title}\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n`

/** `check` judges the Task 4.2 choices added in issue 13 the way `advise` ranks them. */
describe('check on load balancers, schedules, tenancy, containers and data transfer', async () => {
  const deps = await checkDeps()
  const findings = (text: string) => checkDocument('adr.md', text, deps).findings.map((f) => [f.ruleId, f.severity])

  it('an Application Load Balancer for UDP game traffic is an error', () => {
    const doc = record(
      'Match servers',
      'Players send UDP game traffic to the match servers.',
      'Put the match servers behind an Application Load Balancer.',
    )
    expect(findings(doc)).toContainEqual(['application-load-balancer.no-udp', 'error'])
  })

  it('a Network Load Balancer for path-based routing is an error, and an ALB for it is fine', () => {
    const context = 'Requests need path-based routing to the containers of six services.'
    expect(findings(record('Shop', context, 'Front the services with a Network Load Balancer.'))).toContainEqual([
      'network-load-balancer.no-content-routing',
      'error',
    ])
    expect(
      findings(record('Shop', context, 'Front the services with an Application Load Balancer.')).filter(
        ([, s]) => s !== 'note',
      ),
    ).toEqual([])
  })

  it('Reserved Instances for environments used 9 to 5 on weekdays is a warning', () => {
    const doc = record(
      'Dev and test',
      'The dev and test environments are used 9 to 5 on weekdays.',
      'Buy one-year Reserved Instances for the dev and test fleet.',
    )
    expect(findings(doc)).toContainEqual(['reserved-instances.off-hours', 'warning'])
  })

  it('Dedicated Instances for per-core licences is an error', () => {
    const doc = record(
      'Database',
      'The database is licensed per physical core.',
      'Run the database on Dedicated Instances.',
    )
    expect(findings(doc)).toContainEqual(['dedicated-instances.no-host-visibility', 'error'])
  })

  it('a NAT gateway for S3 traffic from private subnets is a warning', () => {
    const doc = record(
      'Analytics',
      'Instances in private subnets read 40 TB a month from Amazon S3.',
      'Route the traffic through a NAT gateway in each Availability Zone.',
    )
    expect(findings(doc)).toContainEqual(['nat-gateway.s3-dynamodb-processing', 'warning'])
  })

  it('Amazon ECS for Kubernetes workloads is an error; EKS without a Kubernetes need is a warning', () => {
    expect(
      findings(
        record(
          'Platform',
          'All services are deployed to Kubernetes with Helm charts.',
          'Run the services on Amazon ECS.',
        ),
      ),
    ).toContainEqual(['amazon-ecs.not-kubernetes', 'error'])
    expect(
      findings(record('Platform', 'The team has no Kubernetes experience.', 'Run the services on Amazon EKS.')),
    ).toContainEqual(['amazon-eks.no-kubernetes-need', 'warning'])
  })

  it('burstable instances kept at sustained high CPU are a warning', () => {
    const doc = record(
      'Reports',
      'CPU stays above 80% for most of the day on the report servers.',
      'Run the report servers on t3.large instances.',
    )
    expect(findings(doc)).toContainEqual(['burstable-instances.sustained-cpu', 'warning'])
  })

  it('a bare "Spot" in a when-to-use list is no Spot choice: the list\'s "cannot tolerate interruptions" raises nothing', () => {
    const doc = [
      '# Moving the model runs to Spot',
      '',
      '## When to use each',
      '',
      '### Use ON-DEMAND when:',
      '- ✅ First tests of a new configuration',
      '- ✅ Critical deadline, cannot tolerate interruptions',
      "- ✅ Very short runs (<30 minutes) where Spot overhead isn't worth it",
      '',
      '### Use SPOT when:',
      '- ✅ Long-running campaigns (>2 hours)',
      '- ✅ Production runs with checkpointing',
      '',
    ].join('\n')
    expect(findings(doc).filter(([rule]) => rule === 'ec2-spot.needs-uninterrupted')).toEqual([])
  })
})
