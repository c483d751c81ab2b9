import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {splitSegments} from '../../src/core/extract/segments.js'
import {checkDeps} from '../helpers/check.js'

const pieces = (text: string) => splitSegments(text).map((s) => text.slice(s.start, s.end).trim())

describe('requirements written as a key | value table', () => {
  it('keeps a two-cell row together and splits wider rows into cells', () => {
    expect(pieces('| Maximum job duration | 3 hours |\n')).toContain('Maximum job duration | 3 hours |')
    expect(pieces('Job duration | 3 hours\n')).toContain('Job duration | 3 hours')
    expect(pieces('| Job | Duration | Interruptible |\n')).toEqual(['|', 'Job |', 'Duration |', 'Interruptible |', ''])
  })

  it('reads a duration from a requirements table', async () => {
    const text = '# Payments platform\n\n## Requirements\n\n| Requirement | Value |\n|---|---|\n| Maximum job duration | 3 hours |\n\n## Decision\n\n| Component | Choice |\n|---|---|\n| Nightly settlement job | AWS Lambda |\n'
    const report = checkDocument('payments.md', text, await checkDeps())
    expect(report.findings.map((f) => [f.ruleId, f.line, f.requirement?.line, f.requirement?.quote])).toEqual([['lambda.max-timeout', 13, 7, 'job duration | 3 hours']])
  })
})
