import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../../src/core/check/check-document.js'
import {checkDeps} from '../../helpers/check.js'

/**
 * Failure kind 4 of "read design documents written by other people": the
 * polarity in a decision was ignored. What a decision says no to, replaces,
 * crosses out or only names in another service's sense is not chosen.
 */
describe('polarity in the decision', async () => {
  const deps = await checkDeps()
  const read = (
    decision: string,
    context = 'Static pages get security headers on every response; no call leaves the edge.',
  ) =>
    checkDocument(
      'docs/adr/0040-edge.md',
      `# 40. Edge\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n`,
      deps,
    )

  it('"we will **NOT** use", emphasised, rejects', () => {
    const report = read('We will **NOT** use Lambda@Edge for this; CloudFront Functions add the headers.')
    expect(report.chosen.map((c) => c.service)).toEqual(['cloudfront-functions'])
  })

  it('an option crossed out with a mark is rejected, the ticked one chosen', () => {
    const report = read(
      '| Option | Verdict |\n|---|---|\n| ❌ Lambda@Edge | full Node.js runtime |\n| ✅ CloudFront Functions | cheapest |',
    )
    expect(report.chosen.map((c) => c.service)).toEqual(['cloudfront-functions'])
    expect(report.notChosen.map((c) => c.service)).toEqual(['lambda-at-edge'])
  })

  it('the service being replaced is not chosen', () => {
    const report = read(
      'The new pipeline replaced AWS Lambda; exports now run as AWS Batch jobs.',
      'Exports take about two hours.',
    )
    expect(report.chosen.map((c) => c.service)).toEqual(['aws-batch'])
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('"on-demand" capacity of a database is not EC2 On-Demand', () => {
    const report = read(
      'Session data goes to DynamoDB on-demand capacity mode, and the API runs on AWS Fargate.',
      'Traffic is steady and will stay so for three years.',
    )
    expect(report.chosen.map((c) => c.service)).toEqual(['fargate'])
  })

  it('a service a decision says it may adopt later is not chosen now', () => {
    const report = read(
      'CloudFront Functions add the headers. We might move the redirects to Lambda@Edge in a later phase.',
    )
    expect(report.chosen.map((c) => c.service)).toEqual(['cloudfront-functions'])
  })
})
