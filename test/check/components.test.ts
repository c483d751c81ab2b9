import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {purposeOf} from '../../src/core/check/components.js'
import {checkDeps} from '../helpers/check.js'

const purpose = (sentence: string, service: string) => {
  const at = sentence.indexOf(service)
  return purposeOf(sentence.slice(0, at), sentence.slice(at + service.length))
}

describe('the component a service is chosen for', () => {
  const CASES: [string, string, string | undefined][] = [
    ['We use AWS Lambda for the API and AWS Batch for the nightly export.', 'AWS Lambda', 'api'],
    ['We use AWS Lambda for the API and AWS Batch for the nightly export.', 'AWS Batch', 'nightly export'],
    ['AWS Fargate tasks for the order workers, with Spot for the rest.', 'AWS Fargate', 'order workers'],
    ['The reporting jobs run on AWS Batch.', 'AWS Batch', 'reporting jobs'],
    ['The API runs on AWS Lambda, and the export moves to AWS Batch.', 'AWS Batch', 'export'],
    ['We will use AWS Lambda.', 'AWS Lambda', undefined],
    ['We use AWS Lambda because it needs no servers.', 'AWS Lambda', undefined],
  ]
  it.each(CASES)('%s — %s is for %s', (sentence, service, expected) => {
    expect(purpose(sentence, service)).toBe(expected)
  })
})

const record = (context: string, decision: string) =>
  `# Platform\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n`

describe("requirements about one component do not judge another component's service", async () => {
  const deps = await checkDeps()

  it("the export's three hours do not reject the API's Lambda", () => {
    const report = checkDocument(
      'a.md',
      record(
        'The public API answers in under 100 ms. The nightly reconciliation export takes about 3 hours.',
        'We use AWS Lambda for the API and AWS Batch for the nightly export.',
      ),
      deps,
    )
    expect(report.chosen.map((c) => c.service).sort()).toEqual(['aws-batch', 'lambda'])
    expect(report.findings).toEqual([])
  })

  it('they still reject a service chosen for that component', () => {
    const report = checkDocument(
      'b.md',
      record(
        'Image resizing takes about 3 hours per batch. Reports are small.',
        'We use AWS Lambda for the image resizing and AWS Batch for the reports.',
      ),
      deps,
    )
    expect(report.findings.map((f) => [f.ruleId, f.service])).toEqual([['lambda.max-timeout', 'lambda']])
  })

  it('and apply to every choice when the decision names no components', () => {
    const report = checkDocument(
      'c.md',
      record('The nightly export takes about 3 hours.', 'We use AWS Lambda and AWS Batch.'),
      deps,
    )
    expect(report.findings.map((f) => f.ruleId)).toEqual(['lambda.max-timeout'])
  })
})
