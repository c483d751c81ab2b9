import {describe, expect, it} from 'vitest'

import {exportMarkdownBank, importMarkdownBank} from '../../src/formats/questions/markdown-bank.js'

/** The shape of the large community SAA-C03 banks on GitHub. */
const BANK = `# AWS Certified Solutions Architect - Associate (SAA-C03) Practice Questions

## Table of Contents

- [Questions](#questions)
- [Contributing](#contributing)

## Questions

### A company runs nightly image jobs that can be restarted at any time. Which option costs least?

![Diagram](images/jobs.png)

- [ ] On-Demand Instances
- [x] Spot Instances
- [ ] Dedicated Hosts

**[⬆ Back to Top](#table-of-contents)**

### A solutions architect needs a highly available database tier.
The application runs in two Availability Zones. Which actions meet the requirement? (Choose two.)

- [x] Enable Multi-AZ on the Amazon RDS instance.
- [ ] Take nightly snapshots.
- [X] Use Amazon Aurora with a replica in another AZ.
- [ ] Increase the instance size.

**[⬆ Back to Top](#table-of-contents)**

### Which service gives the lowest latency for global users?

- [ ] Amazon S3
- [x] Amazon CloudFront
  with Origin Shield enabled
- [ ] AWS Outposts

Some commentary after the list that is not an option.
- [ ] A stray item after the commentary

## Contributing

Pull requests welcome.
`

describe('importMarkdownBank', () => {
  it('reads headings and task lists, ignoring the table of contents, images and navigation', () => {
    const result = importMarkdownBank(BANK, 'README.md')
    expect(result.problems).toEqual([])
    expect(
      result.questions.map((q) => ({
        stem: q.stem,
        choose: q.choose,
        right: q.options.filter((o) => o.correct).map((o) => o.text),
      })),
    ).toEqual([
      {
        stem: 'A company runs nightly image jobs that can be restarted at any time. Which option costs least?',
        choose: 1,
        right: ['Spot Instances'],
      },
      {
        stem: 'A solutions architect needs a highly available database tier.\nThe application runs in two Availability Zones. Which actions meet the requirement? (Choose two.)',
        choose: 2,
        right: ['Enable Multi-AZ on the Amazon RDS instance.', 'Use Amazon Aurora with a replica in another AZ.'],
      },
      {
        stem: 'Which service gives the lowest latency for global users?',
        choose: 1,
        right: ['Amazon CloudFront with Origin Shield enabled'],
      },
    ])
    expect(result.questions[2]?.options).toHaveLength(3)
  })

  it('skips bad questions with their heading line and keeps the rest', () => {
    const text = [
      '### No options here', // 1
      '',
      'Just prose.',
      '',
      '### One option', // 5
      '- [x] alone',
      '',
      '### Duplicate options', // 8
      '- [x] Amazon SQS',
      '- [ ] amazon sqs',
      '',
      '### Nothing marked', // 12
      '- [ ] a',
      '- [ ] b',
      '',
      '### Says two, marks three (Choose two.)', // 16
      '- [x] a',
      '- [x] b',
      '- [x] c',
      '- [ ] d',
      '',
      '### Fine?', // 22
      '- [x] yes',
      '- [ ] no',
    ].join('\n')
    const result = importMarkdownBank(text, 'bank.md')
    expect(result.questions.map((q) => q.stem)).toEqual(['Fine?'])
    expect(result.skipped).toBe(5)
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [1, expect.stringMatching(/^needs at least two options; found 0/)],
      [5, expect.stringMatching(/^needs at least two options; found 1/)],
      [8, expect.stringMatching(/^repeats option A \("amazon sqs"\)/)],
      [12, expect.stringMatching(/^no option is marked correct/)],
      [16, expect.stringMatching(/^question: the stem says "\(Choose two\.\)" but 3 option\(s\) are marked correct/)],
    ])
  })
})

describe('exportMarkdownBank', () => {
  it('writes the heading, stem continuation lines and task items', () => {
    const result = exportMarkdownBank([
      {
        id: 'q-a',
        stem: 'First line\nsecond line (Choose two.)',
        choose: 2,
        options: ['x', 'y', 'z'].map((t) => ({text: t, correct: t !== 'z'})),
      },
    ])
    expect(result).toEqual({ok: true, text: '### First line\nsecond line (Choose two.)\n\n- [x] x\n- [x] y\n- [ ] z\n'})
  })

  it('refuses stems and options the importer would misread, naming the question', () => {
    const result = exportMarkdownBank([
      {
        id: 'q-heading',
        stem: 'Intro\n## not a stem line',
        choose: 1,
        options: [
          {text: 'a', correct: true},
          {text: 'b', correct: false},
        ],
      },
      {
        id: 'q-task',
        stem: 'Intro\n- [x] sneaky',
        choose: 1,
        options: [
          {text: 'a\nb', correct: true},
          {text: 'c', correct: false},
        ],
      },
    ])
    if (result.ok) throw new Error('expected a refusal')
    expect(result.problems.map((p) => [p.file, p.path])).toEqual([
      ['q-heading', 'stem'],
      ['q-task', 'stem'],
      ['q-task', 'options[0].text'],
    ])
  })
})
