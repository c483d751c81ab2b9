import {describe, expect, it} from 'vitest'

import {advise} from '../../src/core/advisor/advise.js'
import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

const RULE = 'cloudfront-functions.origin-calls-only'
/** What the caution must say: what CloudFront Functions can call, and what they cannot. */
const CAN = /can make network calls only to an origin already configured on the same distribution/
const CANNOT = /cannot call any other API, database or host directly/

const STEM =
  "A publisher serves premium articles through Amazon CloudFront. On every viewer request, the session token must be validated by calling the publisher's identity provider over HTTPS before the content is returned."
const record = (context: string, decision: string) =>
  `# Edge token check\n\n## Context\n\n${context}\n\n## Decision\n\n${decision}\n`

/**
 * With JavaScript runtime 2.0, CloudFront Functions can call an origin of
 * their own distribution (cf.fetch, viewer events), never any other host: a
 * need for network calls makes them the worse choice, not an impossible one.
 */
describe('CloudFront Functions for logic that calls another service', async () => {
  const {kb, solve, read} = await solveHelpers()
  const deps = await checkDeps()

  it('check: choosing them is a warning that says what they can and cannot call, with Lambda@Edge instead', () => {
    const report = checkDocument(
      'docs/adr/0007-edge-token-check.md',
      record(STEM, 'We will validate the token in a CloudFront Functions function on the viewer request event.'),
      deps,
    )
    const finding = report.findings.find((f) => f.ruleId === RULE)
    expect(finding?.severity).toBe('warning')
    expect(finding?.mandatory).toBe(false)
    expect(finding?.message).toMatch(CAN)
    expect(finding?.message).toMatch(CANNOT)
    expect(finding?.instead).toEqual(['lambda-at-edge'])
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('advise: the caution fires, CloudFront Functions stay a lower-ranked alternative and Lambda@Edge leads', async () => {
    const advice = await advise(kb, read(STEM), {explain: true})
    const fired = (advice.trace ?? []).filter(
      (t) => t.fired && t.kind === 'caution' && t.service === 'cloudfront-functions',
    )
    expect(fired.map((t) => t.rule)).toEqual([RULE])
    const rule = kb.rules.find((r) => r.name === RULE)
    expect(rule?.event.type).toBe('caution')
    expect(rule?.event.params.message).toMatch(CAN)
    expect(rule?.event.params.message).toMatch(CANNOT)
    expect(advice.primary).toBe('lambda-at-edge')
    expect(advice.rejected.map((r) => r.service)).not.toContain('cloudfront-functions')
    expect(advice.recommendations.map((r) => r.service)).toContain('cloudfront-functions')
  })

  it('solve: the option is held back by the caution, not ruled out, and Lambda@Edge is the answer', () => {
    const s = solve(`${STEM} Which option should a solutions architect recommend?`, [
      'A CloudFront Functions function on the viewer request event',
      'A Lambda@Edge function on the viewer request event',
    ])
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: ') && CAN.test(r) && CANNOT.test(r))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('logic that calls nothing gets no such caution, in check or advise', async () => {
    const context = 'Old product URLs must redirect to new ones on every viewer request; nothing is looked up.'
    const report = checkDocument(
      'docs/adr/0008-redirects.md',
      record(context, 'CloudFront Functions do the redirects on the viewer request event.'),
      deps,
    )
    expect(report.findings.map((f) => f.ruleId)).not.toContain(RULE)
    const advice = await advise(kb, read(context), {explain: true})
    expect((advice.trace ?? []).filter((t) => t.rule === RULE).map((t) => t.fired)).toEqual([false])
  })
})
