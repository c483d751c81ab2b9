import {describe, expect, it} from 'vitest'

import {fingerprint} from '../../../src/core/check/baseline.js'
import {renderJson} from '../../../src/formats/report/json.js'
import {doc, finding, mixedReport, report} from '../../check/builders.js'

describe('renderJson', () => {
  it('has the documented top-level shape and summary', () => {
    const out: unknown = JSON.parse(renderJson(mixedReport()))
    expect(Object.keys(out as object)).toEqual(['version', 'tool', 'summary', 'documents'])
    expect(out).toMatchObject({
      version: 2,
      tool: {name: 'edgewise', version: '0.1.0'},
      summary: {documents: 4, unreadable: 1, findings: {error: 2, warning: 1, note: 1}, waived: 1, baselined: 1},
    })
  })

  it('writes every key, with null for absent values, in a fixed order', () => {
    const text = renderJson(report([doc('./a.md', {findings: [finding({requirement: undefined})]})]))
    const parsed = JSON.parse(text) as {
      documents: Array<Record<string, unknown> & {findings: Array<Record<string, unknown>>}>
    }
    const [document] = parsed.documents
    expect(Object.keys(document ?? {})).toEqual([
      'file',
      'status',
      'notJudged',
      'error',
      'errorLine',
      'skipped',
      'findings',
      'waived',
      'invalidWaivers',
      'chosen',
      'notChosen',
    ])
    expect(document?.file).toBe('a.md')
    expect(document?.error).toBeNull()
    const f = document?.findings[0]
    expect(Object.keys(f ?? {})).toEqual([
      'ruleId',
      'severity',
      'file',
      'line',
      'service',
      'serviceName',
      'message',
      'requirement',
      'instead',
      'doc',
      'mandatory',
      'fingerprint',
    ])
    expect(f?.requirement).toBeNull()
    expect(f?.fingerprint).toBe(fingerprint(finding({file: 'a.md', requirement: undefined})))
  })

  it('is the same whatever order the analysis produced', () => {
    const a = mixedReport()
    const b = {...a, documents: [...a.documents].reverse().map((d) => ({...d, findings: [...d.findings].reverse()}))}
    expect(renderJson(b)).toBe(renderJson(a))
  })

  it('can print on one line', () => {
    expect(renderJson(report([]), {indent: 0}).trim().split('\n')).toHaveLength(1)
  })
})
