import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'

/** Records without a decision section state their choice in prose (Y-statements, short notes). */
describe('a record with no decision section', async () => {
  const deps = await checkDeps()

  it('reads the choice of a Y-statement and the option it neglected', () => {
    const text =
      '# ADR-031 Video transcoding compute\n\nIn the context of the lecture archive, facing transcoding jobs that run for about three hours each, we decided for AWS Lambda and neglected AWS Batch, to achieve zero servers to manage, accepting higher cost per minute.\n'
    const report = checkDocument('y.md', text, deps)
    expect(report.chosen.map((c) => c.service)).toEqual(['lambda'])
    expect(report.notChosen.map((c) => c.service)).toEqual(['aws-batch'])
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([['lambda.max-timeout', 3]])
  })

  it('chooses nothing where services are only named', () => {
    const text =
      '# Notes from the architecture review\n\nThe nightly export takes about 2 hours. AWS Lambda came up in the discussion, and so did AWS Batch.\nNobody has decided yet.\n'
    const report = checkDocument('notes.md', text, deps)
    expect(report.chosen).toEqual([])
    expect(report.findings).toEqual([])
  })

  it('with a decision section, prose elsewhere chooses nothing (as before)', () => {
    const text =
      '# Export\n\n## Context\n\nThe export takes 2 hours; we decided for AWS Lambda last year.\n\n## Decision\n\nWe will run it on AWS Batch.\n'
    expect(checkDocument('export.md', text, deps).chosen.map((c) => c.service)).toEqual(['aws-batch'])
  })
})
