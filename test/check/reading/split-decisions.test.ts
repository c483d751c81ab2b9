import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../../src/core/check/check-document.js'
import {checkDeps} from '../../helpers/check.js'

/**
 * Failure kind 3 of "read design documents written by other people": split
 * and conditional decisions were merged. When a decision routes some of the
 * work to another service ("Lambda by default; Fargate for jobs over 15
 * minutes"), the conditions of that route are not held against the default.
 */
describe('split and conditional decisions', async () => {
  const deps = await checkDeps()
  const loud = (context: string, decision: string) =>
    checkDocument(
      'docs/adr/0030-workers.md',
      `# 30. Workers\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n`,
      deps,
    )
      .findings.filter((f) => f.severity !== 'note')
      .map((f) => `${f.service}: ${f.ruleId}`)

  it('a default service is not judged by the condition that routes work elsewhere', () => {
    expect(
      loud(
        'Most tasks are small; a few exports are large.',
        'AWS Lambda by default; AWS Fargate for exports that run longer than 15 minutes or keep persistent connections.',
      ),
    ).toEqual([])
  })

  it('work the decision sends to another chosen service does not sink the first', () => {
    expect(
      loud(
        'Webhook handlers answer in milliseconds. The monthly archive rebuild takes about four hours.',
        'Webhooks are handled by AWS Lambda. The archive rebuild runs as an AWS Batch job.',
      ),
    ).toEqual([])
  })

  it('an interruption rule about one part does not land on the Spot fleet chosen for another', () => {
    expect(
      loud(
        'The ledger database must never be interrupted. The render workers can be restarted at any time.',
        'Render workers run on Spot Instances; the ledger stays on On-Demand Instances.',
      ),
    ).toEqual([])
  })

  it('an edge split keeps the network call with the function that makes it', () => {
    expect(
      loud(
        'Every viewer request needs its URI lowercased. The login route must call our identity provider to check the session.',
        'We will use CloudFront Functions for the URI rewrite on every request, and Lambda@Edge only for the login route, because it calls the identity provider.',
      ),
    ).toEqual([])
  })

  it('with no route to another service, the stated fact still sinks the choice', () => {
    expect(
      loud('The monthly archive rebuild takes about four hours.', 'The archive rebuild runs on AWS Lambda.'),
    ).toEqual(['lambda: lambda.max-timeout'])
  })
})

const adr = (decision: string) =>
  `# 2. Nightly import\n\n## Context\n\nThe nightly import of supplier prices takes about 40 minutes on the old server, and the team is split into two squads.\n\n## Decision\n\n${decision}\n`

describe('a decision that cuts a long job into pieces', async () => {
  const deps = await checkDeps()
  it('the whole job’s run time is a note about the pieces, not an error', () => {
    for (const decision of [
      'We will fan out the import over AWS Lambda functions, one per supplier file.',
      'An AWS Step Functions distributed Map state runs one AWS Lambda function per 1,000 rows.',
      'We split the import into ten-minute batches, each run by an AWS Lambda function.',
    ]) {
      const report = checkDocument('docs/adr/0002-import.md', adr(decision), deps)
      const timeouts = report.findings.filter((f) => f.ruleId === 'lambda.max-timeout')
      expect(
        timeouts.map((f) => f.severity),
        decision,
      ).toEqual(['note'])
    }
  })

  it('split words outside the decision do not soften the error', () => {
    const report = checkDocument(
      'docs/adr/0002-import.md',
      adr('The import will run as one AWS Lambda function.'),
      deps,
    )
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['lambda.max-timeout', 'error'])
  })
})

describe('components named sentence by sentence on one line', async () => {
  const deps = await checkDeps()

  it('a requirement about the second sentence’s component is not held against the first', () => {
    const text =
      '# 40. Video inference\n\n## Context\n\nThe ingest API answers in under 100 ms. Object detection on the stored videos needs NVIDIA GPUs.\n\n## Decision\n\nThe ingest API runs on AWS Fargate. Detection runs on an EC2 Auto Scaling group of GPU instances.\n'
    const report = checkDocument('docs/adr/0040-video.md', text, deps)
    expect(report.findings.filter((f) => f.service === 'fargate')).toEqual([])
  })
})
