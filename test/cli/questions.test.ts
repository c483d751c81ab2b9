import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {runCli} from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'edgewise-questions-'))
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content)
  return join(dir, name)
}

const QUESTION = `A studio renders frames each night. Each frame can be rerun if it stops, and the studio wants the lowest cost. Which option should it use?
A. On-Demand Instances
B. Spot Instances
C. Standard Reserved Instances for three years
D. AWS Lambda functions
`

describe('solve', () => {
  it('answers a lettered question from stdin, with --json letters', () => {
    const run = runCli(['solve', '--json'], {input: QUESTION})
    expect(run.status, run.stderr).toBe(0)
    const body = JSON.parse(run.stdout)
    expect(body.answer).toEqual(['B'])
    expect(body.options.map((o: {letter: string}) => o.letter)).toEqual(['A', 'B', 'C', 'D'])
  })

  it('reads a bank file and ignores its checkbox marks', () => {
    const misleading = QUESTION.replace('A. On-Demand', '- [x] On-Demand')
      .replace('B. Spot', '- [ ] Spot')
      .replace('C. Standard', '- [ ] Standard')
      .replace('D. AWS', '- [ ] AWS')
    const run = runCli(['solve', file('marked.md', misleading), '--json'])
    expect(JSON.parse(run.stdout).answer).toEqual(['B'])
  })

  it('honours (Choose two.)', () => {
    const run = runCli(['solve', '--json'], {
      input:
        'A company runs two products. The first is a static website with visitors around the world. The second is a multiplayer game that uses UDP. Which TWO services improve performance? (Choose two.)\nA. Amazon CloudFront for the website\nB. AWS Snowball Edge for the website\nC. AWS Global Accelerator for the game\nD. AWS Outposts for the game\nE. AWS Local Zones for the website\n',
    })
    expect(JSON.parse(run.stdout).answer).toEqual(['A', 'C'])
  })

  it.each([
    ['no options', 'Which is cheapest?\n', /no options found/],
    ['one option', 'Which is cheapest?\nA. Spot Instances\n', /only one option/],
    ['duplicate options', 'Which?\nA. Spot Instances\nB. spot instances\n', /options A and B are the same/],
    ['nothing at all', '', /no question given/],
  ])('%s is a clear error, exit 2', (_name, input, message) => {
    const run = runCli(['solve'], {input})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
  })
})

describe('questions import and export', () => {
  it('exports the bank to every format that can hold it, and round-trips GIFT', () => {
    for (const to of ['gift', 'moodle-xml', 'json', 'anki', 'markdown'])
      expect(runCli(['questions', 'export', '--to', to, '--output', join(dir, `bank.${to}`)]).status, to).toBe(0)
    const run = runCli(['questions', 'import', join(dir, 'bank.gift'), '--from', 'gift', '--json'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).imported).toBeGreaterThanOrEqual(80)
  })

  it('QTI writes a package folder', () => {
    const out = join(dir, 'qti')
    expect(runCli(['questions', 'export', '--to', 'qti', '--output', out]).status).toBe(0)
    expect(readdirSync(out)).toContain('imsmanifest.xml')
    expect(readdirSync(out).length).toBeGreaterThan(80)
  })

  it('Aiken refuses multiple-response questions, naming them, and writes nothing', () => {
    const out = join(dir, 'bank.aiken')
    const run = runCli(['questions', 'export', '--to', 'aiken', '--output', out])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/Aiken has a single ANSWER letter/)
    expect(() => readFileSync(out)).toThrow()
  })

  it('imports the GitHub task-list layout, skipping a bad question and counting both', () => {
    const md = file(
      'bank.md',
      '# Table of contents\n\n### Which is cheapest for interruptible work? (Choose two.)\n\n![diagram](images/x.png)\n\n- [x] Spot Instances\n- [ ] On-Demand Instances\n- [x] Spot Fleet\n\n**[⬆ Back to Top](#table-of-contents)**\n\n### Broken\n\n- [ ] only one\n',
    )
    const run = runCli(['questions', 'import', md, '--from', 'markdown', '--json'])
    expect(run.status).toBe(1)
    const body = JSON.parse(run.stdout)
    expect(body.imported).toBe(1)
    expect(body.skipped).toBe(1)
    expect(body.questions[0].choose).toBe(2)
    expect(body.questions[0].id).toMatch(/^[a-z]+-[0-9a-f]{12}$/)
    expect(run.stderr).toMatch(/Imported 1 question\(s\) as markdown, skipped 1/)
    expect(run.stderr).toMatch(
      /bank\.md:3: warning: an image \(images\/x\.png\) on line 5 is left out of this question/,
    )
  })

  it('malformed XML is reported, exit 2', () => {
    const run = runCli([
      'questions',
      'import',
      file('bad.xml', '<quiz><question type="multichoice">'),
      '--from',
      'moodle-xml',
    ])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/bad\.xml/)
  })

  it('an unknown format is a usage error', () => {
    expect(runCli(['questions', 'import', file('x.txt', 'x'), '--from', 'word']).status).toBe(2)
  })
})

describe('questions validate', () => {
  it('passes on the bundled bank', () => {
    const run = runCli(['questions', 'validate'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/question files, all valid/)
  })

  it('reports every problem at once, with file, line and field', () => {
    const bad = mkdtempSync(join(tmpdir(), 'edgewise-bank-'))
    writeFileSync(
      join(bad, 'q1.md'),
      '---\nid: other-name\ndomain: cost-optimised\ntask: "4.2"\nservices: [ec2-spot, lamda]\ndifficulty: easy\ntype: single\nchoose: 1\nreferences: [https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-instances.html]\nsource: authored\n---\n\nWhich is cheapest?\n\n- [x] Spot Instances\n- [x] On-Demand Instances\n- [ ] Spot Instances\n\n## Rationale\n\n- A: cheap\n',
    )
    writeFileSync(join(bad, 'q2.md'), 'no front matter here\n')
    const run = runCli(['questions', 'validate', bad])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/q1\.md:1: domain: must be one of/)
    expect(run.stdout).toMatch(/q1\.md:\d+: options\[2\]: duplicates option A/)
    expect(run.stdout).toMatch(/q1\.md:\d+: explanation: add an "## Explanation" section/)
    expect(run.stdout).toMatch(/q1\.md:\d+: rationale\.B: option B has no rationale line/)
    expect(run.stdout).toMatch(/q2\.md:1: a question file starts with a YAML front matter block/)
    expect(run.stdout).toMatch(/q1\.md:1: id: must equal the file name "q1"/)
    expect(run.stdout).toMatch(/q1\.md:1: services\[1\]: "lamda" is not a catalog id/)
  })
})
