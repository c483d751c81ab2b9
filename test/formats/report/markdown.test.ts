import {describe, expect, it} from 'vitest'

import {cell, renderMarkdown} from '../../../src/formats/report/markdown.js'
import {doc, finding, mixedReport, report} from '../../check/builders.js'

describe('renderMarkdown', () => {
  it('gives a heading with counts, a findings table, folded waivers, problems and sound files', () => {
    const out = renderMarkdown(mixedReport())
    const lines = out.split('\n')
    expect(lines[0]).toBe('### ❌ edgewise check: 2 errors, 1 warning, 1 note, 1 waived, 1 unreadable in 4 documents')
    expect(out).toContain('| Where | Severity | Rule | Finding | Use instead |')
    expect(out).toContain(
      '| `adr/0001-jobs.md:12` | 🔴 error | `lambda.max-timeout` | AWS Lambda stops a function after 15 minutes, but jobs run for up to 2 hours; use AWS Fargate instead.<br>↳ “jobs run for up to 2 hours” (line 5) | `fargate`, `batch` |',
    )
    expect(out).toMatch(
      /<details>\n<summary>1 waived finding<\/summary>[\s\S]*line 19: only reads a header \(until 2026-12-31\) \|\n\n<\/details>/,
    )
    expect(out).toContain('- `adr/0004-broken.md:3`: front matter is not valid YAML')
    expect(out).toContain('- `adr/0002-edge.md:2` `lambda.max-timeout`: expired on 2026-01-31')
    expect(out).toContain('✅ No findings in `adr/0003-sound.md`.')
    expect(out.endsWith('.\n')).toBe(true)
  })

  it('keeps table rows in path, line, rule order', () => {
    const rows = renderMarkdown(mixedReport())
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .slice(0, 4)
      .map((l) => l.split(' | ')[0])
    expect(rows).toEqual([
      '| `adr/0001-jobs.md:12`',
      '| `adr/0001-jobs.md:40`',
      '| `adr/0002-edge.md:4`',
      '| `adr/0002-edge.md:30`',
    ])
  })

  it('cannot be broken by text from the documents', () => {
    expect(cell('a | b\n<img src=x> & c')).toBe(String.raw`a \| b &lt;img src=x&gt; &amp; c`)
    const out = renderMarkdown(
      report([
        doc('a.md', {
          findings: [finding({message: 'x | y', requirement: {field: 'f', value: 1, quote: '</details>', line: 1}})],
        }),
      ]),
    )
    const row = out.split('\n').find((l) => l.startsWith('| `a.md'))
    expect(row?.split(/(?<!\\)\|/).length).toBe(7)
    expect(out).not.toContain('</details>')
  })

  it('says so when everything is sound, and caps long tables', () => {
    expect(renderMarkdown(report([doc('a.md')]))).toBe(
      '### ✅ edgewise check: 0 errors, 0 warnings, 0 notes in 1 document\n\n✅ No findings in `a.md`.\n',
    )
    const many = report([doc('a.md', {findings: Array.from({length: 5}, (_, i) => finding({line: i + 1}))})])
    const out = renderMarkdown(many, {maxRows: 2})
    expect(out.split('\n').filter((l) => l.startsWith('| `a.md'))).toHaveLength(2)
    expect(out).toContain('…and 3 more findings')
  })
})
