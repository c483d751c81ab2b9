import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'

const record = (context: string) =>
  `# Migration staging hosts\n\n## Context\n\n${context}\n\n## Decision\n\nWe will cover them with a three-year Compute Savings Plan.\n`

describe('a workload that goes away soon', () => {
  it.each([
    'These staging hosts will be decommissioned in Q3, about four months from now, once the migration ends.',
    'The hosts will be shut down next quarter.',
    'We only need these servers until March.',
  ])('has no commitment horizon for a three-year plan: %s', async (context) => {
    const report = checkDocument('staging.md', record(context), await checkDeps())
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.requirement?.value])).toEqual([
      ['savings-plans.needs-term', 'error', 0],
    ])
  })

  it('a date years away is not soon', async () => {
    const report = checkDocument(
      'staging.md',
      record('The old data center will be decommissioned in Q3 2029.'),
      await checkDeps(),
    )
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})
