import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'

import {renderJunit} from '../../../src/formats/report/junit.js'
import {doc, finding, mixedReport, report, unreadable} from '../../check/builders.js'

const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase'})

/** The `<testsuite>` of a well-formed report. */
function testsuiteOf(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parsed: unknown = parser.parse(xml)
  const root = parsed as {testsuites: {testsuite: Record<string, unknown> & {testcase: Array<Record<string, unknown>>}}}
  return root.testsuites.testsuite
}

describe('renderJunit', () => {
  it('writes one well-formed testcase per document with the counts on the suite', () => {
    const s = testsuiteOf(renderJunit(mixedReport(), 'warning'))
    expect([s.name, s.tests, s.failures, s.errors, s.skipped]).toEqual(['edgewise check', '4', '2', '1', '0'])
    expect(s.testcase.map((c) => c.name)).toEqual([
      'adr/0001-jobs.md',
      'adr/0002-edge.md',
      'adr/0003-sound.md',
      'adr/0004-broken.md',
    ])
    expect(s.testcase.every((c) => c.classname === 'edgewise.check')).toBe(true)
  })

  it('fails only on findings at or above the threshold', () => {
    const xml = renderJunit(mixedReport(), 'error')
    const s = testsuiteOf(xml)
    expect(s.failures).toBe('1')
    expect(s.testcase[0]?.failure).toMatchObject({message: '2 findings at or above error', type: 'edgewise.findings'})
    // The warning and the note are below the threshold: shown, but not failing.
    expect(s.testcase[1]?.failure).toBeUndefined()
    expect(String(s.testcase[1]?.['system-out'])).toContain(
      'adr/0002-edge.md:30: warning cloudfront-functions.origin-calls-only',
    )
    expect(testsuiteOf(renderJunit(mixedReport(), 'never')).failures).toBe('0')
  })

  it('turns unreadable documents into errors', () => {
    const s = testsuiteOf(renderJunit(report([unreadable('bad.md', 'not UTF-8', 1)]), 'error'))
    expect(s.errors).toBe('1')
    expect(s.testcase[0]?.error).toMatchObject({'#text': 'bad.md:1: not UTF-8', message: 'not UTF-8'})
  })

  it('escapes markup, quotes and control characters everywhere', () => {
    const nasty = 'a <b> & "c" \'d\' ]]> \u0001\u0008 end'
    const r = report([
      doc('dir/<odd> & "name".md', {
        findings: [finding({message: nasty, requirement: {field: 'f', value: 1, quote: '</failure><x>', line: 2}})],
      }),
      unreadable('x"y.md', `line one\n${nasty}`),
    ])
    const xml = renderJunit(r, 'note')
    const s = testsuiteOf(xml)
    // The parser decodes entities, so reading back gives the original names.
    expect(s.testcase.map((c) => c.name)).toEqual(['dir/<odd> & "name".md', 'x"y.md'])
    expect(xml).toContain('name="dir/&lt;odd&gt; &amp; &quot;name&quot;.md"')
    expect(xml).toContain('message="line one&#10;a &lt;b&gt;')
    // eslint-disable-next-line no-control-regex -- the control characters the renderer must drop
    expect(xml).not.toMatch(/[\u0001\u0008]/)
    expect(xml).toContain('&lt;/failure&gt;&lt;x&gt;')
  })

  it('is the same whatever order the analysis produced', () => {
    const a = mixedReport()
    expect(renderJunit({...a, documents: [...a.documents].reverse()}, 'warning')).toBe(renderJunit(a, 'warning'))
  })
})
