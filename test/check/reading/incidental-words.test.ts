import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../../src/core/check/check-document.js'
import {checkDeps} from '../../helpers/check.js'

const record = (context: string, decision: string) =>
  `# 21. Glue code\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n`

/**
 * Failure kind 2 of "read design documents written by other people":
 * incidental words were read as workload facts. An error or a warning needs a
 * statement about this workload, bound to what it measures; a word in
 * passing, a description of what a product can do, a condition or an example
 * gives at most a note.
 */
describe('incidental words are not requirements', async () => {
  const deps = await checkDeps()
  const loud = (text: string) =>
    checkDocument('docs/adr/0021-glue.md', text, deps)
      .findings.filter((f) => f.severity !== 'note')
      .map((f) => f.ruleId)

  it('a description of what another product suits is not this workload', () => {
    const text = record(
      'Our web front end runs on Amazon ECS, which is well suited to long-running processes such as web servers. Glue code is small and runs for seconds.',
      'We will run the glue code on AWS Lambda.',
    )
    expect(loud(text)).toEqual([])
  })

  it('"persistent" in a phrase about server management is not a long-running service', () => {
    const text = record(
      'Moving the cleanup scripts off the bastion host eliminates persistent server maintenance for the team.',
      'The cleanup scripts move to AWS Lambda, invoked by an EventBridge schedule.',
    )
    expect(loud(text)).toEqual([])
  })

  it('a protocol named in passing is not the traffic the chosen service must carry', () => {
    const text = record(
      'Browsers reach the portal over HTTPS; like every web server, the origin speaks TCP underneath.',
      'We will put Amazon CloudFront in front of the portal.',
    )
    expect(loud(text)).toEqual([])
  })

  it('a condition about a job that might one day run long is not a run time', () => {
    const text = record(
      'Each import finishes in under a minute. If a partner ever sends a file that takes two hours to import, we will revisit this.',
      'Imports run on AWS Lambda.',
    )
    expect(loud(text)).toEqual([])
  })

  it('an example in parentheses is not a run time', () => {
    const text = record(
      'Reports are cheap to build (for example, a report that takes 30 minutes on the old warehouse takes seconds on the new one).',
      'Reports are built by AWS Lambda functions.',
    )
    expect(loud(text)).toEqual([])
  })

  it('a mention of containers is not a requirement to run containers', () => {
    const text = record(
      'The team already knows Docker and ships its web app as container images.',
      'The nightly clean-up job runs on AWS Lambda; it takes a few seconds.',
    )
    expect(loud(text)).toEqual([])
  })

  it('the same facts stated outright still give the error', () => {
    expect(loud(record('Each import takes about two hours.', 'Imports run on AWS Lambda.'))).toEqual([
      'lambda.max-timeout',
    ])
    expect(
      loud(
        record(
          'The game servers carry UDP traffic between players.',
          'We will put Amazon CloudFront in front of the game servers.',
        ),
      ),
    ).toEqual(['cloudfront.http-only'])
  })

  it('a suggested fact that breaks a hard limit gives a note that says so', () => {
    const report = checkDocument(
      'docs/adr/0021-glue.md',
      record(
        'Imports are quick today. If a partner ever sends a file that takes two hours to import, we will revisit this.',
        'Imports run on AWS Lambda.',
      ),
      deps,
    )
    expect(report.findings.map((f) => [f.severity, f.ruleId])).toEqual([['note', 'lambda.max-timeout']])
    expect(report.findings[0]!.message).toMatch(/may not fit: .* state it as a requirement/)
  })
})

describe('a duration is a run time only when it measures the work', async () => {
  const {extractProfile} = await import('../../../src/core/extract/extract-profile.js')
  const {bundledKnowledge} = await import('../../helpers/knowledge.js')
  const kb = await bundledKnowledge()
  const runTime = (text: string) => extractProfile(text, kb.lexicon).profile.executionSeconds

  it.each([
    ['a protocol handshake', 'Our measured TLS handshake takes about 300 ms from Sydney.'],
    ['a window of data a query covers', 'The dashboard queries events from the last 24 hours.'],
    ['time people spend', 'The team spends about 2 hours a week patching the hosts.'],
    ['a cold start', 'Cold starts take up to 2 seconds on the JVM.'],
    ['a deployment', 'Deployments take roughly 10 minutes end to end.'],
  ])('%s is not a run time', (_, text) => {
    expect(runTime(text)).toBeUndefined()
  })

  it.each([
    ['a job', 'Each reconciliation job takes about 3 hours.', 10_800],
    ['a pronoun for the job', 'The nightly export is heavy; it takes about 3 hours.', 10_800],
    ['work that lasts', 'Render jobs last about 2 hours.', 7200],
  ])('%s is', (_, text, seconds) => {
    expect(runTime(text)).toBe(seconds)
  })
})

describe('connections held by API Gateway are not a long-running process', async () => {
  const deps = await checkDeps()

  it('Lambda behind API Gateway WebSocket APIs gets no always-on note', () => {
    const text =
      '# 21. Live scores\n\n## Context\n\nFans keep a page open for a whole match and see each goal within a second.\n\n## Decision\n\nAmazon API Gateway WebSocket APIs keep the connections, and an AWS Lambda function sends each score update (a few milliseconds).\n'
    const report = checkDocument('docs/adr/0021-scores.md', text, deps)
    expect(report.chosen.map((c) => c.service)).toEqual(['lambda'])
    expect(report.findings.filter((f) => f.ruleId === 'lambda.not-long-running')).toEqual([])
  })

  it('a WebSocket server the team runs itself is still read as long-running', () => {
    const text =
      '# 22. Live scores\n\n## Context\n\nOur Node.js server holds WebSocket connections to every fan for the whole match.\n\n## Decision\n\nWe will run that server as an AWS Lambda function.\n'
    const report = checkDocument('docs/adr/0022-scores.md', text, deps)
    expect(report.findings.map((f) => f.ruleId)).toContain('lambda.not-long-running')
  })
})

describe('several run times in one document', async () => {
  const deps = await checkDeps()

  it('a limit is checked against the longest unit of work the service runs', () => {
    const report = checkDocument(
      'docs/adr/0030-media.md',
      record(
        'Resizing a cover image takes about two seconds. Re-encoding a podcast episode takes 25 to 50 minutes.',
        'Both the resizing and the re-encoding run as AWS Lambda functions triggered by uploads.',
      ),
      deps,
    )
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['lambda.max-timeout', 'error'])
  })

  it('the longest belongs to another chosen service: no finding on the first', () => {
    const report = checkDocument(
      'docs/adr/0031-media.md',
      record(
        'The upload API answers in 200 ms. The nightly archive export takes about two hours.',
        'AWS Lambda for the upload API, and AWS Batch for the archive export.',
      ),
      deps,
    )
    expect(report.findings.filter((f) => f.service === 'lambda' && f.severity !== 'note')).toEqual([])
  })
})
