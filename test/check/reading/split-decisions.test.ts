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
