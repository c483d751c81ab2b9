import {describe, expect, it} from 'vitest'

import {renderText, summaryLine} from '../../../src/formats/report/text.js'
import {makeStyle, type Style} from '../../../src/ui/style.js'
import {doc, finding, mixedReport, report} from '../../check/builders.js'

// A plain style as NO_COLOR gives, but wide enough that nothing wraps.
const id = (s: string) => s
const plain: Style = {bold: id, dim: id, green: id, red: id, yellow: id, cyan: id, width: 400}
const coloured: Style = {...makeStyle({isTTY: true}, {FORCE_COLOR: '1'}), width: 400}
const ESC = '\u001B'

describe('renderText', () => {
  it('groups findings by file in path order, as clickable path:line, with quote, waivers and errors', () => {
    const out = renderText(mixedReport(), plain)
    expect(out).not.toContain(ESC)
    expect(out).toBe(
      [
        'adr/0001-jobs.md',
        '  adr/0001-jobs.md:12  error    lambda.max-timeout',
        '      AWS Lambda stops a function after 15 minutes, but jobs run for up to 2 hours; use AWS Fargate instead.',
        '      ↳ "jobs run for up to 2 hours" (adr/0001-jobs.md:5)',
        '  adr/0001-jobs.md:40  error    lambda.max-timeout',
        '      AWS Lambda stops a function after 15 minutes, but jobs run for up to 2 hours; use AWS Fargate instead.',
        '      ↳ "nightly export takes 2 hours" (adr/0001-jobs.md:38)',
        '  waived:',
        '  adr/0001-jobs.md:20  warning  cloudfront-functions.origin-calls-only',
        '      AWS Lambda stops a function after 15 minutes, but jobs run for up to 2 hours; use AWS Fargate instead. — waived at line 19 until 2026-12-31: only reads a header',
        '',
        'adr/0002-edge.md',
        '  adr/0002-edge.md:4  note     edgewise.missing-requirement',
        '      No latency target is written down.',
        '  adr/0002-edge.md:30  warning  cloudfront-functions.origin-calls-only',
        '      CloudFront Functions can call only origins of their own distribution, but the auth check calls an IdP; use Lambda@Edge instead.',
        '      ↳ "calls our identity provider <IdP> & "checks" tokens" (adr/0002-edge.md:8)',
        '  adr/0002-edge.md:2  invalid waiver',
        '      for lambda.max-timeout: expired on 2026-01-31',
        '',
        'adr/0004-broken.md',
        '  adr/0004-broken.md:3  unreadable  front matter is not valid YAML',
        '',
        '4 files, 3 judged: 2 errors, 1 warning, 1 note, 1 waived, 1 in baseline, 1 invalid waiver, 1 unreadable',
        '',
      ].join('\n'),
    )
  })

  it('names what to use instead once: on a line of its own only when the message does not say it', () => {
    const says = renderText(
      report([
        doc('a.md', {findings: [finding({message: 'Too slow; use AWS Fargate instead.', instead: ['fargate']})]}),
      ]),
      plain,
    )
    expect(says).not.toMatch(/use instead:/)
    const silent = renderText(
      report([
        doc('a.md', {
          findings: [finding({message: 'CloudFront Functions fits better.', instead: ['cloudfront-functions']})],
        }),
      ]),
      plain,
    )
    expect(silent).toMatch(/^ {6}use instead: cloudfront-functions$/m)
  })

  it('prints sound files only when verbose', () => {
    const r = report([doc('b.md'), doc('a.md', {chosen: [{service: 'fargate', line: 3, alias: 'Fargate'}]})])
    expect(renderText(r, plain)).toBe('2 files, 2 judged: 0 errors, 0 warnings, 0 notes\n')
    expect(renderText(r, plain, {verbose: true})).toBe(
      '✓ a.md  (fargate)\n✓ b.md\n\n2 files, 2 judged: 0 errors, 0 warnings, 0 notes\n',
    )
  })

  it('prints no escape codes under NO_COLOR', () => {
    const noColor = makeStyle({isTTY: true, columns: 80}, {NO_COLOR: '1'})
    expect(renderText(mixedReport(), noColor)).not.toContain(ESC)
  })

  it('wraps long messages to the style width', () => {
    const narrow = makeStyle({isTTY: false, columns: 60}, {})
    const out = renderText(report([doc('a.md', {findings: [finding()]})]), narrow)
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(60)
  })

  it('colours through the style only, with the same text underneath', () => {
    const out = renderText(mixedReport(), coloured)
    expect(out).toContain(`${ESC}[31merror`)
    // eslint-disable-next-line no-control-regex -- an ANSI colour code starts with ESC
    expect(out.replaceAll(/\u001B\[\d+m/g, '')).toBe(renderText(mixedReport(), plain))
  })

  it('is the same whatever order the analysis produced', () => {
    const a = mixedReport()
    const b = {...a, documents: [...a.documents].reverse().map((d) => ({...d, findings: [...d.findings].reverse()}))}
    expect(renderText(b, plain)).toBe(renderText(a, plain))
  })

  it('summarises in singular and plural', () => {
    expect(summaryLine(report([doc('a.md', {findings: [finding()]})]))).toBe(
      '1 file, 1 judged: 1 error, 0 warnings, 0 notes',
    )
  })
})
