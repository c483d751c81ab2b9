import {describe, expect, it} from 'vitest'

import {exitCodeFor, orderReport, summarize} from '../../src/core/check/summary.js'
import {doc, finding, mixedReport, report, unreadable} from './builders.js'

describe('summarize', () => {
  it('counts severities, documents, waived and unreadable', () => {
    expect(summarize(mixedReport())).toEqual({
      documents: 4,
      judged: 3,
      withFindings: 2,
      withErrors: 1,
      sound: 1,
      notJudged: 0,
      notJudgedBy: {'not-a-record': 0, 'no-decision': 0, language: 0, 'out-of-scope': 0},
      unreadable: 1,
      skipped: 0,
      findings: {error: 2, warning: 1, note: 1},
      total: 4,
      waived: 1,
      invalidWaivers: 1,
      baselined: 1,
    })
  })

  it('counts a record skipped for its status as neither checked nor unreadable, and it never fails a run', () => {
    const skipped = doc('old.md', {status: 'skipped', skipped: {status: 'Superseded by ADR 19', line: 5}})
    const s = summarize(report([doc('a.md'), skipped]))
    expect([s.documents, s.judged, s.sound, s.unreadable, s.skipped]).toEqual([2, 1, 1, 0, 1])
    expect(exitCodeFor(report([skipped]), 'note')).toBe(0)
  })

  it('counts a document read but not judged by its reason, never as sound, and it never fails a run', () => {
    const template = doc('template.md', {
      status: 'not-judged',
      notJudged: {reason: 'not-a-record', detail: 'a template'},
    })
    const spanish = doc('0003-cola.md', {status: 'not-judged', notJudged: {reason: 'language', detail: 'Spanish'}})
    const s = summarize(report([doc('a.md'), template, spanish]))
    expect([s.documents, s.judged, s.sound, s.notJudged, s.unreadable]).toEqual([3, 1, 1, 2, 0])
    expect(s.notJudgedBy).toEqual({'not-a-record': 1, 'no-decision': 0, language: 1, 'out-of-scope': 0})
    expect(exitCodeFor(report([template]), 'note')).toBe(0)
  })
})

const withSeverity = (severity: 'error' | 'note' | 'warning') =>
  report([doc('a.md', {findings: [finding({severity})]})])

describe('exitCodeFor', () => {
  it('is 1 only for findings at or above the threshold', () => {
    expect(exitCodeFor(withSeverity('error'), 'error')).toBe(1)
    expect(exitCodeFor(withSeverity('warning'), 'error')).toBe(0)
    expect(exitCodeFor(withSeverity('warning'), 'warning')).toBe(1)
    expect(exitCodeFor(withSeverity('note'), 'warning')).toBe(0)
    expect(exitCodeFor(withSeverity('note'), 'note')).toBe(1)
    expect(exitCodeFor(withSeverity('error'), 'never')).toBe(0)
    expect(exitCodeFor(report([doc('a.md')]), 'note')).toBe(0)
  })

  it('is 2 whenever a document could not be read, even with findings or --fail-on never', () => {
    const broken = report([doc('a.md', {findings: [finding()]}), unreadable('b.md', 'cannot read')])
    expect(exitCodeFor(broken, 'error')).toBe(2)
    expect(exitCodeFor(broken, 'never')).toBe(2)
    expect(exitCodeFor(report([unreadable('b.md', 'cannot read')]), 'error')).toBe(2)
  })

  it('ignores waived findings', () => {
    const w = {finding: finding(), waiver: {ruleId: 'lambda.max-timeout', reason: 'r', until: undefined, line: 1}}
    expect(exitCodeFor(report([doc('a.md', {waived: [w]})]), 'note')).toBe(0)
  })
})

describe('orderReport', () => {
  it('sorts by path, then line, then rule id, and normalises paths', () => {
    const ordered = orderReport(
      report([
        doc('./b.md', {
          findings: [finding({line: 9, ruleId: 'z'}), finding({line: 2, ruleId: 'y'}), finding({line: 9, ruleId: 'a'})],
        }),
        doc('a.md'),
      ]),
    )
    expect(ordered.documents.map((d) => d.file)).toEqual(['a.md', 'b.md'])
    expect(ordered.documents[1]?.findings.map((f) => `${f.file}:${f.line}:${f.ruleId}`)).toEqual([
      'b.md:2:y',
      'b.md:9:a',
      'b.md:9:z',
    ])
  })
})
