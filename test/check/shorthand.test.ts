import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'

/** How engineers abbreviate in their own notes. */
describe('shorthand in design notes', () => {
  it('"CF Functions" is CloudFront Functions', async () => {
    const text =
      "# Header logic\n\n## Context\n\nEach viewer request needs a lookup in our user database before we answer.\n\n## Decision\n\nWe'll implement it in CF Functions.\n"
    const report = checkDocument('cff.md', text, await checkDeps())
    expect(report.findings.map((f) => f.ruleId)).toEqual(['cloudfront-functions.origin-calls-only'])
  })

  it('"~90m" is about ninety minutes', async () => {
    const text =
      '# notes\n\n## context\n\nthe export job runs ~90m every night.\n\n## decision\n\naws lambda, triggered by eventbridge.\n'
    const report = checkDocument('notes.md', text, await checkDeps())
    expect(report.findings.map((f) => [f.ruleId, f.requirement?.value])).toEqual([['lambda.max-timeout', 5400]])
  })
})
