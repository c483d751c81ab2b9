import {describe, expect, it} from 'vitest'

import {importGift} from '../../src/formats/questions/gift.js'
import {importMarkdownBank} from '../../src/formats/questions/markdown-bank.js'
import {importMoodleXml} from '../../src/formats/questions/moodle-xml.js'

describe('importers say what they drop, with the question line', () => {
  it('markdown: an image line and text after the options', () => {
    const text = [
      '### Which option keeps the cost lowest for restartable nightly jobs?', // 1
      '',
      '![Architecture diagram](images/q2.png)', // 3
      '',
      '- [ ] Dedicated Hosts',
      '- [x] Spot Instances',
      'A note the author left after the options.', // 7
      '',
      '### A second question without anything dropped?', // 9
      '<img src="images/q3.png" alt="diagram">', // 10
      '- [x] yes',
      '- [ ] no',
    ].join('\n')
    const result = importMarkdownBank(text, 'bank.md')
    expect(result.questions).toHaveLength(2)
    expect(result.questions[0]!.stem).not.toMatch(/images/)
    expect(result.warnings.map((w) => [w.line, w.severity, w.message])).toEqual([
      [1, 'warning', expect.stringMatching(/^an image \(images\/q2\.png\) on line 3 is left out of this question/)],
      [1, 'warning', expect.stringMatching(/^text after the options on line 7 is left out of this question/)],
      [9, 'warning', expect.stringMatching(/^an image \(images\/q3\.png\) on line 10/)],
    ])
    expect(result.lines.get(result.questions[1]!.id)).toBe(9)
  })

  it('markdown: no warning for a skipped question or a back-to-top link', () => {
    const result = importMarkdownBank(
      '### Only one option?\n\n![x](x.png)\n\n- [x] one\n\n### Fine question here?\n- [x] a\n- [ ] b\n\n**[⬆ Back to Top](#table-of-contents)**\n',
      'bank.md',
    )
    expect(result.skipped).toBe(1)
    expect(result.warnings).toEqual([])
  })

  it('moodle xml: an image and a table in the HTML', () => {
    const xml = `<?xml version="1.0"?>
<quiz>
  <question type="multichoice">
    <questiontext format="html"><text><![CDATA[<p>Which fits the figure?</p><img src="@@PLUGINFILE@@/a.png"><table><tr><td>1</td></tr></table>]]></text></questiontext>
    <single>true</single>
    <answer fraction="100" format="html"><text>Spot</text></answer>
    <answer fraction="0" format="html"><text>On-Demand</text></answer>
  </question>
</quiz>
`
    const result = importMoodleXml(xml, 'quiz.xml')
    expect(result.questions).toHaveLength(1)
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, expect.stringMatching(/^an image in its HTML is left out of this question/)],
      [3, expect.stringMatching(/^a table in its HTML is left out of this question/)],
    ])
  })

  it('gift: an image in an [html] question, and nothing for a plain one', () => {
    const gift =
      '::a::[html]<p>Which fits?</p><img src="x.png"> {\n=Spot\n~On-Demand\n}\n\n::b::[plain]Which is plain <img> text? {\n=Spot\n~On-Demand\n}\n'
    const result = importGift(gift, 'bank.gift')
    expect(result.questions).toHaveLength(2)
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, expect.stringMatching(/^an image in its HTML is left out/)],
    ])
  })
})
