import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {ruleDescriptors} from '../../src/core/check/findings.js'
import {checkDeps} from '../helpers/check.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const wikiRecord = (context: string) =>
  `# Internal wiki\n\n## Context\n\n${context}\n\n## Decision\n\nHost the wiki in the Chicago Local Zone.\n`

/** `caution` rules: the service works, but what the requirements state makes it more than they need (a warning). */
describe('a Local Zone chosen without a need for one', async () => {
  const deps = await checkDeps()

  it('is a warning when latency is not critical and no residency rule applies', () => {
    const report = checkDocument(
      'wiki.md',
      wikiRecord(
        'Staff across the company read the wiki; latency is not critical and a few hundred milliseconds is fine.',
      ),
      deps,
    )
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.requirement?.quote])).toEqual([
      ['local-zones.no-latency-need', 'warning', 'latency is not critical'],
    ])
  })

  it('is nothing when users in the metro area need single-digit milliseconds', () => {
    const report = checkDocument(
      'wiki.md',
      wikiRecord('Editors in the Chicago metro area need single-digit millisecond latency.'),
      deps,
    )
    expect(report.findings.filter((f) => f.severity !== 'note')).toEqual([])
  })

  it('is nothing when data must stay in the jurisdiction, however relaxed the latency', () => {
    const report = checkDocument(
      'wiki.md',
      wikiRecord('Latency is not critical, but the data must stay within the state of Illinois.'),
      deps,
    )
    expect(report.findings.filter((f) => f.ruleId === 'local-zones.no-latency-need')).toEqual([])
  })

  it('is described to SARIF as a warning-level rule', async () => {
    const rule = ruleDescriptors(await bundledKnowledge()).find((r) => r.id === 'local-zones.no-latency-need')
    expect(rule?.defaultLevel).toBe('warning')
  })
})

const newsRecord = (context: string) =>
  `# Mobile news app\n\n## Context\n\n${context}\n\n## Decision\n\nRun the API in AWS Wavelength Zones.\n`

describe('Wavelength chosen without a need for it', async () => {
  const deps = await checkDeps()

  it('is a warning when 5G users only need moderate latency', () => {
    const report = checkDocument(
      'news.md',
      newsRecord(
        'Readers use the app on phones over 5G; a response within a few hundred milliseconds is fine, latency is not critical.',
      ),
      deps,
    )
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.instead])).toEqual([
      ['wavelength.no-latency-need', 'warning', ['cloudfront']],
    ])
  })

  it('is nothing when they need single-digit milliseconds', () => {
    const report = checkDocument(
      'news.md',
      newsRecord('Players use the app on phones over 5G and need single-digit millisecond latency.'),
      deps,
    )
    expect(report.findings.filter((f) => f.severity !== 'note')).toEqual([])
  })
})

describe('one piece of advice per piece of evidence', async () => {
  const deps = await checkDeps()

  it('a caution that already names the better fit is not repeated as a better-fit warning', () => {
    const text =
      '# 41. Store systems\n\n## Context\n\nEach store has a broadband line that drops a few times a month, and checkout must keep working when it does.\n\n## Decision\n\nWe install an AWS Outposts server in every store for the checkout services.\n'
    const report = checkDocument('docs/adr/0041-stores.md', text, deps)
    expect(report.findings.map((f) => f.ruleId)).toEqual(['outposts.intermittent-link'])
  })
})

const qaRecord = (decision: string) =>
  `# QA environment scaling\n\n## Context\n\nTesters use the QA environment only between 08:00 and 18:00 on weekdays; at night and over weekends the instances sit idle.\n\n## Decision\n\n${decision}\n`

describe('target tracking chosen for an environment that is idle at known hours', async () => {
  const deps = await checkDeps()
  const caution = 'ec2-auto-scaling.target-tracking-off-hours'

  it('is cautioned when it is the only way the group shrinks', () => {
    const report = checkDocument(
      'qa.md',
      qaRecord('Scale the Auto Scaling group with target tracking scaling on average CPU.'),
      deps,
    )
    expect(report.findings.map((f) => f.ruleId)).toContain(caution)
  })

  it('is not cautioned when the decision is scheduled actions that empty the group at night', () => {
    const report = checkDocument(
      'qa.md',
      qaRecord(
        'Use scheduled actions on the Auto Scaling group to set it to zero at 18:00 and back at 07:30, and keep target tracking scaling for the daytime.',
      ),
      deps,
    )
    expect(report.findings.map((f) => f.ruleId)).not.toContain(caution)
  })
})

const storeRecord = (context: string) =>
  `# Store pricing\n\n## Context\n\n${context}\n\n## Decision\n\nRun the pricing service on AWS Lambda.\n`

describe('Region-only compute and a link that drops', async () => {
  const deps = await checkDeps()

  it('is cautioned when a site with its own servers must keep working over a link that drops', () => {
    const report = checkDocument(
      'stores.md',
      storeRecord(
        'Each store keeps the servers it bought last year, and its WAN link to AWS drops several times a week.',
      ),
      deps,
    )
    expect(report.findings.map((f) => f.ruleId)).toContain('lambda.intermittent-link')
  })

  it('is not cautioned when only the clients have poor connections', () => {
    const report = checkDocument(
      'game.md',
      storeRecord('Players join from mobile phones, often over poor connections.'),
      deps,
    )
    expect(report.findings.map((f) => f.ruleId)).not.toContain('lambda.intermittent-link')
  })
})
