import {describe, expect, it} from 'vitest'

import type {DraftQuestion} from '../../src/core/questions/question.js'

import {ankiField, exportAnki} from '../../src/formats/questions/anki.js'

const QUESTIONS: DraftQuestion[] = [
  {
    id: 'q-one',
    stem: 'Which is cheapest\tfor "batch"?\nRestartable jobs <&>.',
    choose: 1,
    explanation: 'Spot fits interruptible work.',
    options: [
      {text: 'On-Demand', correct: false},
      {text: 'Spot', correct: true},
    ],
    tags: ['compute cost'],
    domain: 'cost-optimized',
    services: ['ec2'],
  },
  {
    id: 'q-two',
    stem: 'Which cache at the edge?',
    choose: 2,
    options: ['CloudFront', 'RDS', 'Lambda@Edge'].map((t) => ({text: t, correct: t !== 'RDS'})),
  },
]

function lines(): string[] {
  const result = exportAnki(QUESTIONS)
  if (!result.ok) throw new Error('export refused')
  expect(result.text.endsWith('\n')).toBe(true)
  return result.text.slice(0, -1).split('\n')
}

describe('exportAnki', () => {
  it('starts with the headers Anki reads, then one note per line with three fields', () => {
    const all = lines()
    expect(all.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3'])
    const notes = all.slice(3)
    expect(notes).toHaveLength(2)
    for (const note of notes) expect(note.split('\t')).toHaveLength(3)
  })

  it('puts the stem and lettered options in front, right letters, texts and explanation on the back', () => {
    const [front, back, tags] = lines()[3]?.split('\t') ?? []
    expect(front).toBe(
      'Which is cheapest&#9;for &quot;batch&quot;?<br>Restartable jobs &lt;&amp;&gt;.<br><br>A. On-Demand<br>B. Spot',
    )
    expect(back).toBe('B<br>B. Spot<br><br>Spot fits interruptible work.')
    expect(tags).toBe('compute_cost domain::cost-optimized service::ec2')
  })

  it('tells the learner how many to pick when the stem does not', () => {
    const [front, back, tags] = lines()[4]?.split('\t') ?? []
    expect(front).toContain('(Choose 2.)')
    expect(back).toBe('A, C<br>A. CloudFront<br>C. Lambda@Edge')
    expect(tags).toBe('')
  })

  it('escapes tabs, newlines, quotes and markup so a field cannot break the line', () => {
    expect(ankiField('a\tb\r\nc "d" <e> & f')).toBe('a&#9;b<br>c &quot;d&quot; &lt;e&gt; &amp; f')
  })
})
