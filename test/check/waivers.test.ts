import {describe, expect, it} from 'vitest'

import {applyWaivers, parseWaivers} from '../../src/core/check/waivers.js'
import {finding, waiver} from './builders.js'

const TODAY = '2026-06-15'
const one = (text: string) => {
  const waivers = parseWaivers(text, TODAY)
  expect(waivers).toHaveLength(1)
  return waivers[0]!
}

describe('parseWaivers', () => {
  it('reads rule, reason, until and the 1-based line of each comment', () => {
    const text = [
      '# ADR 7',
      '',
      '<!-- edgewise-ignore lambda.max-timeout reason="batch moves to Fargate in Q3" until=2026-09-30 -->',
      'We chose **AWS Lambda**.',
      "<!--   edgewise-ignore   cloudfront-functions.origin-calls-only   reason = 'reads a header only'   -->",
    ].join('\n')
    expect(parseWaivers(text, TODAY)).toEqual([
      {ruleId: 'lambda.max-timeout', reason: 'batch moves to Fargate in Q3', until: '2026-09-30', line: 3},
      {ruleId: 'cloudfront-functions.origin-calls-only', reason: 'reads a header only', until: undefined, line: 5},
    ])
  })

  it('accepts attributes in any order, CRLF line ends and a comment spread over lines', () => {
    const text =
      'intro\r\n<!-- edgewise-ignore lambda.max-timeout\r\n     until=2026-06-15\r\n     reason="last day still counts" -->\r\n'
    expect(parseWaivers(text, TODAY)).toEqual([
      {ruleId: 'lambda.max-timeout', reason: 'last day still counts', until: '2026-06-15', line: 2},
    ])
  })

  it('ignores other comments and examples inside fenced code blocks', () => {
    const text = [
      '<!-- TODO: edgewise-ignore is explained below -->',
      '```markdown',
      '<!-- edgewise-ignore x reason="example" -->',
      '```',
      '~~~',
      '<!-- edgewise-ignore y reason="example" -->',
      '~~~',
      '<!-- edgewise-ignore z reason="real" -->',
    ].join('\n')
    expect(parseWaivers(text, TODAY)).toEqual([{ruleId: 'z', reason: 'real', until: undefined, line: 8}])
  })

  it('requires a reason', () => {
    expect(one('<!-- edgewise-ignore lambda.max-timeout -->').invalid).toBe('a reason is required: reason="…"')
    expect(one('<!-- edgewise-ignore lambda.max-timeout reason="  " -->').invalid).toBe(
      'a reason is required: reason="…"',
    )
    expect(one('<!-- edgewise-ignore lambda.max-timeout reason="  " -->').reason).toBeUndefined()
  })

  it('marks expired waivers with the day they expired', () => {
    const w = one('<!-- edgewise-ignore lambda.max-timeout reason="temporary" until=2026-01-31 -->')
    expect(w.invalid).toBe('expired on 2026-01-31')
    expect(w.until).toBe('2026-01-31')
  })

  it('rejects malformed and impossible dates', () => {
    expect(one('<!-- edgewise-ignore r reason="x" until=31/01/2026 -->').invalid).toBe(
      'until must be a date written YYYY-MM-DD',
    )
    expect(one('<!-- edgewise-ignore r reason="x" until=2026-1-5 -->').invalid).toBe(
      'until must be a date written YYYY-MM-DD',
    )
    expect(one('<!-- edgewise-ignore r reason="x" until="" -->').invalid).toBe(
      'until must be a date written YYYY-MM-DD',
    )
    expect(one('<!-- edgewise-ignore r reason="x" until=2026-02-30 -->').invalid).toBe(
      'until=2026-02-30 is not a calendar date',
    )
    expect(one('<!-- edgewise-ignore r reason="x" until=2028-02-29 -->').invalid).toBeUndefined()
  })

  it('allows one rule id per comment, and catches typos and unclosed quotes', () => {
    expect(one('<!-- edgewise-ignore a b reason="x" -->').invalid).toBe(
      'one rule id per comment: put b in a comment of its own',
    )
    expect(one('<!-- edgewise-ignore reason="x" -->')).toMatchObject({
      ruleId: '',
      invalid: expect.stringMatching(/^a rule id is required/),
    })
    expect(one('<!-- edgewise-ignore a reason="x" untill=2027-01-01 -->').invalid).toBe(
      'unknown attribute untill (a waiver takes reason and until)',
    )
    expect(one('<!-- edgewise-ignore a reason="x" reason="y" -->').invalid).toBe('reason is given twice')
    expect(one('<!-- edgewise-ignore a reason="never closed -->').invalid).toMatch(
      /^cannot read reason="never: write name="value"/,
    )
  })

  it('reports every problem of a waiver at once', () => {
    expect(one('<!-- edgewise-ignore a until=2020-01-01 -->').invalid).toBe(
      'a reason is required: reason="…"; expired on 2020-01-01',
    )
  })
})

describe('applyWaivers', () => {
  it('suppresses every finding of the waived rule and keeps the others', () => {
    const a = finding({line: 10})
    const b = finding({line: 30})
    const other = finding({ruleId: 'other.rule'})
    const w = waiver()
    const result = applyWaivers([a, other, b], [w])
    expect(result.findings).toEqual([other])
    expect(result.waived).toEqual([
      {finding: a, waiver: w},
      {finding: b, waiver: w},
    ])
    expect(result.invalidWaivers).toEqual([])
  })

  it('never suppresses with an invalid waiver, and passes it on', () => {
    const f = finding()
    const expired = waiver({invalid: 'expired on 2026-01-31'})
    expect(applyWaivers([f], [expired])).toEqual({findings: [f], waived: [], invalidWaivers: [expired]})
  })

  it('keeps mandatory findings and reports the waiver as invalid', () => {
    const f = finding({mandatory: true})
    const w = waiver()
    expect(applyWaivers([f], [w])).toEqual({
      findings: [f],
      waived: [],
      invalidWaivers: [{...w, invalid: 'rule lambda.max-timeout is mandatory and cannot be waived'}],
    })
  })

  it('works end to end from the Markdown text', () => {
    const text = '<!-- edgewise-ignore lambda.max-timeout reason="tracked in JIRA-12" until=2026-07-01 -->\n'
    const f = finding()
    const result = applyWaivers([f], parseWaivers(text, TODAY))
    expect(result.findings).toEqual([])
    expect(result.waived[0]?.waiver.reason).toBe('tracked in JIRA-12')
    expect(applyWaivers([f], parseWaivers(text, '2026-07-02')).findings).toEqual([f])
  })

  it('reports a waiver for a rule id no finding can carry, with the closest id, and suppresses nothing', () => {
    const f = finding()
    const known = new Set(['lambda.max-timeout', 'edgewise.better-fit'])
    const typo = waiver({ruleId: 'lambda.max-timout'})
    expect(applyWaivers([f], [typo], known)).toEqual({
      findings: [f],
      waived: [],
      invalidWaivers: [
        {
          ...typo,
          invalid:
            'lambda.max-timout is not the rule id of any finding edgewise reports; did you mean lambda.max-timeout?',
        },
      ],
    })
    const stranger = waiver({ruleId: 'nothing.like-it'})
    expect(applyWaivers([], [stranger], known).invalidWaivers[0]?.invalid).toMatch(
      /^nothing\.like-it is not the rule id .*such as lambda\.max-timeout$/,
    )
    expect(applyWaivers([f], [waiver()], known).waived).toHaveLength(1)
  })
})
