import {describe, expect, it} from 'vitest'

import {applyBaseline, BaselineSchema, fingerprint, makeBaseline} from '../../src/core/check/baseline.js'
import {doc, finding} from './builders.js'

describe('fingerprint', () => {
  it('ignores line numbers, message wording and path spelling', () => {
    const f = finding()
    const moved = finding({
      line: 99,
      message: 'Reworded.',
      requirement: {field: 'maxRuntimeMinutes', value: 120, quote: 'other words', line: 70},
    })
    expect(fingerprint(moved)).toBe(fingerprint(f))
    expect(fingerprint(finding({file: './adr/0001-jobs.md'}))).toBe(fingerprint(f))
    expect(fingerprint(finding({file: String.raw`adr\0001-jobs.md`}))).toBe(fingerprint(f))
    expect(fingerprint(f)).toMatch(/^[0-9a-f]{32}$/)
  })

  it('changes with rule, file, service or the requirement', () => {
    const base = fingerprint(finding())
    expect(fingerprint(finding({ruleId: 'other.rule'}))).not.toBe(base)
    expect(fingerprint(finding({file: 'adr/0009.md'}))).not.toBe(base)
    expect(fingerprint(finding({service: 'lambda-edge'}))).not.toBe(base)
    expect(fingerprint(finding({requirement: {field: 'maxRuntimeMinutes', value: 240, quote: 'q', line: 5}}))).not.toBe(
      base,
    )
    expect(
      fingerprint(finding({requirement: {field: 'maxRuntimeMinutes', value: '120', quote: 'q', line: 5}})),
    ).not.toBe(base)
    expect(fingerprint(finding({requirement: undefined}))).not.toBe(base)
  })
})

describe('baseline', () => {
  it('round-trips through JSON and the schema, and survives lines moving', () => {
    const before = [
      doc('adr/0001-jobs.md', {findings: [finding()]}),
      doc('adr/0002.md', {findings: [finding({ruleId: 'other.rule'})]}),
    ]
    const baseline = makeBaseline(before)
    // eslint-disable-next-line unicorn/prefer-structured-clone -- a JSON round trip, as the file on disk: not a deep clone
    const parsed = BaselineSchema.safeParse(JSON.parse(JSON.stringify(baseline)))
    expect(parsed.success).toBe(true)
    if (!parsed.success) return
    expect(parsed.data.findings.map((e) => e.file)).toEqual(['adr/0001-jobs.md', 'adr/0002.md'])

    // Three lines were added above the decision and a new problem appeared elsewhere.
    const fresh = finding({ruleId: 'cloudfront-functions.origin-calls-only', service: 'cloudfront-functions'})
    const after = [
      doc('adr/0001-jobs.md', {
        findings: [
          finding({
            line: 15,
            requirement: {field: 'maxRuntimeMinutes', value: 120, quote: 'jobs run for up to 2 hours', line: 8},
          }),
          fresh,
        ],
      }),
      doc('adr/0002.md', {findings: [finding({ruleId: 'other.rule', line: 1})]}),
    ]
    const {reports, removed} = applyBaseline(after, parsed.data)
    expect(removed).toBe(2)
    expect(reports.map((r) => r.findings.map((f) => f.ruleId))).toEqual([
      ['cloudfront-functions.origin-calls-only'],
      [],
    ])
  })

  it('removes only as many findings as the baseline recorded', () => {
    const baseline = makeBaseline([doc('a.md', {findings: [finding()]})])
    const {reports, removed} = applyBaseline(
      [doc('a.md', {findings: [finding({line: 3}), finding({line: 50})]})],
      baseline,
    )
    expect(removed).toBe(1)
    expect(reports[0]?.findings.map((f) => f.line)).toEqual([50])
  })

  it('leaves waived findings out of the baseline', () => {
    const w = {finding: finding(), waiver: {ruleId: 'lambda.max-timeout', reason: 'r', until: undefined, line: 1}}
    expect(makeBaseline([doc('a.md', {waived: [w]})]).findings).toEqual([])
  })

  it('rejects files that are not an edgewise baseline', () => {
    expect(BaselineSchema.safeParse({version: 2, tool: 'edgewise', findings: []}).success).toBe(false)
    expect(BaselineSchema.safeParse({version: 1, tool: 'checkov', findings: []}).success).toBe(false)
    expect(
      BaselineSchema.safeParse({
        version: 1,
        tool: 'edgewise',
        findings: [{fingerprint: 'xyz', ruleId: 'r', file: 'f', service: 's'}],
      }).success,
    ).toBe(false)
    expect(BaselineSchema.safeParse({version: 1, tool: 'edgewise', findings: [], extra: true}).success).toBe(false)
  })
})
