import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {splitSegments} from '../../src/core/extract/segments.js'
import {checkDeps} from '../helpers/check.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const pieces = (text: string) => splitSegments(text).map((s) => text.slice(s.start, s.end).trim())

describe('requirements written as a key | value table', () => {
  it('keeps a two-cell row together and splits wider rows into cells', () => {
    expect(pieces('| Maximum job duration | 3 hours |\n')).toContain('Maximum job duration | 3 hours |')
    expect(pieces('Job duration | 3 hours\n')).toContain('Job duration | 3 hours')
    expect(pieces('| Job | Duration | Interruptible |\n')).toEqual(['|', 'Job |', 'Duration |', 'Interruptible |', ''])
  })

  it('reads a duration from a requirements table', async () => {
    const text =
      '# Payments platform\n\n## Requirements\n\n| Requirement | Value |\n|---|---|\n| Maximum job duration | 3 hours |\n\n## Decision\n\n| Component | Choice |\n|---|---|\n| Nightly settlement job | AWS Lambda |\n'
    const report = checkDocument('payments.md', text, await checkDeps())
    expect(report.findings.map((f) => [f.ruleId, f.line, f.requirement?.line, f.requirement?.quote])).toEqual([
      ['lambda.max-timeout', 13, 7, 'job duration | 3 hours'],
    ])
  })

  it('reads yes/no fields with the answer alone deciding, and lifetimes as a commitment', async () => {
    const {lexicon} = await bundledKnowledge()
    const read = (text: string) => extractProfile(text, lexicon).profile
    expect(read('Interruptible: no')).toEqual({interruptionTolerant: false})
    expect(read('| Restartable | no |')).toEqual({interruptionTolerant: false})
    expect(read('Interruptible: yes')).toEqual({interruptionTolerant: true})
    expect(read('Interruption tolerance: none')).toEqual({interruptionTolerant: false})
    // "no" that starts a sentence of its own is not the field's answer.
    expect(read('Jobs are checkpointed: no work is lost on a restart.').interruptionTolerant).toBe(true)
    expect(read('Expected lifetime: 3 years')).toEqual({commitmentYears: 3})
    expect(read('Battery life: 3 years.')).toEqual({})
  })
})
