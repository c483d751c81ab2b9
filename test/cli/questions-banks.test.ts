import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT, runCli} from '../helpers/cli.js'

const BANK = join(ROOT, 'test/fixtures/banks/practice-bank.md')
const tempDir = () => mkdtempSync(join(tmpdir(), 'edgewise-banks-'))
const write = (dir: string, name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}

describe('questions validate on any importable file', () => {
  it('reads the JSON that import writes: style is a warning with the question line, exit 0; --strict makes it an error, exit 1', () => {
    const dir = tempDir()
    const json = join(dir, 'bank.json')
    expect(runCli(['questions', 'import', BANK, '--from', 'markdown', '-o', json]).status).toBe(0)
    const run = runCli(['questions', 'validate', json])
    expect(run.status, run.stdout).toBe(0)
    expect(run.stdout).toMatch(
      /bank\.json:\d+: warning: \[9\]\.options: question md-[0-9a-f]{12}: a single-answer question has 4 options on the exam; this one has 3/,
    )
    expect(run.stdout).toMatch(
      /warning: \[10\]\.stem: .*write "\(Choose two\.\)" in the stem, not "\(Choose 2 answers\)"/,
    )
    expect(run.stdout).toMatch(/✓ .*bank\.json: 12 questions \(json\), all valid; 2 warnings/)
    const strict = runCli(['questions', 'validate', json, '--strict', '--json'])
    expect(strict.status).toBe(1)
    const body = JSON.parse(strict.stdout)
    expect(body.problems).toHaveLength(2)
    expect(body.problems.every((p: {severity?: string}) => p.severity === undefined)).toBe(true)
    expect(body.valid).toBe(12)
  })

  it('reads the Markdown bank itself, and counts warnings by kind', () => {
    const run = runCli(['questions', 'validate', BANK, '--json'])
    expect(run.status).toBe(0)
    const body = JSON.parse(run.stdout)
    expect(body.banks).toEqual([expect.objectContaining({format: 'markdown', questions: 12, errors: 0, warnings: 3})])
    expect(body.warningsByRule).toEqual({'dropped-content': 1, 'option-count': 1, 'choose-wording': 1})
  })

  it('reports what makes a question unusable as errors, keeps the rest, exit 1', () => {
    const dir = tempDir()
    const aiken = write(
      dir,
      'bank.txt',
      'Which is cheapest for restartable work?\nA. Spot\nB. On-Demand\nANSWER: C\n\nWhich runs at the edge?\nA. CloudFront\nA. Outposts\nANSWER: A\n\nWhich one is good for steady load?\nA. Reserved Instances\nB. Spot\nC. Lambda\nD. Outposts\nANSWER: A\n',
    )
    const json = write(
      dir,
      'bank.json',
      JSON.stringify([
        {
          id: 'no-key',
          stem: 'Which?',
          choose: 1,
          options: [
            {text: 'a', correct: false},
            {text: 'b', correct: false},
          ],
        },
        {
          id: 'empty-stem',
          stem: '',
          choose: 1,
          options: [
            {text: 'a', correct: true},
            {text: 'b', correct: false},
          ],
        },
      ]),
    )
    const run = runCli(['questions', 'validate', aiken, json])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/bank\.txt:4: .*ANSWER: C names no option; this question has A, B/)
    expect(run.stdout).toMatch(/bank\.txt:8: .*option A is out of order; expected B/)
    expect(run.stdout).toMatch(/bank\.json:1: \[0\]\.options: no option is marked correct/)
    expect(run.stdout).toMatch(/bank\.json: \[1\]\.stem: /)
    expect(run.stdout).toMatch(
      /✗ .*bank\.txt \(aiken\): 2 errors in 1 question \(aiken\); 1 usable|✗ .*bank\.txt: 2 errors in 1 question \(aiken\); 1 usable/,
    )
  })

  it('a path with no questions is an error, not a pass; a folder holding only a bank file says to pass the file', () => {
    const dir = tempDir()
    write(dir, 'bank.json', '[]\n')
    const folder = runCli(['questions', 'validate', dir])
    expect(folder.status).toBe(1)
    expect(folder.stdout).toMatch(/holds no question files .* it has bank\.json: pass it itself/)
    expect(folder.stdout).not.toMatch(/✓/)
    const file = runCli(['questions', 'validate', join(dir, 'bank.json')])
    expect(file.status).toBe(1)
    expect(file.stdout).toMatch(/holds no questions when read as json/)
  })

  it('a path that cannot be read is exit 2, and the other paths are still checked', () => {
    const run = runCli(['questions', 'validate', join(tempDir(), 'missing.json'), BANK])
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/missing\.json: file not found/)
    expect(run.stdout).toMatch(/✓ .*practice-bank\.md: 12 questions/)
  })

  it('the bundled bank passes even with --strict', () => {
    const run = runCli(['questions', 'validate', '--strict'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/question files, all valid$/m)
  })
})

describe('JSON export and import round-trip exactly', () => {
  it('for the bundled bank: export → import gives the same bytes, and the same questions', () => {
    const dir = tempDir()
    const first = join(dir, 'bundled.json')
    const second = join(dir, 'again.json')
    expect(runCli(['questions', 'export', '--to', 'json', '-o', first]).status).toBe(0)
    const imported = runCli(['questions', 'import', first, '-o', second])
    expect(imported.status, imported.stderr).toBe(0)
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'))
    const questions = JSON.parse(readFileSync(first, 'utf8'))
    expect(questions.length).toBeGreaterThanOrEqual(80)
    expect(questions[0]).toHaveProperty('type')
    expect(questions[0]).toHaveProperty('explanation')
  })

  it('for an imported bank: import → export → import → export, byte for byte', () => {
    const dir = tempDir()
    const bank = join(dir, 'bank.json')
    runCli(['questions', 'import', BANK, '-o', bank])
    const exported = runCli(['questions', 'export', '--bank', bank, '--to', 'json'])
    expect(exported.status, exported.stderr).toBe(0)
    expect(exported.stdout).toBe(readFileSync(bank, 'utf8'))
    const again = join(dir, 'again.json')
    writeFileSync(again, exported.stdout)
    expect(runCli(['questions', 'export', '--bank', again, '--to', 'json']).stdout).toBe(exported.stdout)
  })
})

describe('questions import --to-dir', () => {
  it('writes one question file per question that validates, reads back as the same bank, and never overwrites an edited file', () => {
    const dir = tempDir()
    const out = join(dir, 'bank')
    const run = runCli(['questions', 'import', BANK, '--to-dir', out])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/Wrote 12 question file\(s\)/)
    const files = readdirSync(out).sort()
    expect(files).toHaveLength(12)
    const first = readFileSync(join(out, files[0]!), 'utf8')
    expect(first).toMatch(/^---\nid: md-[0-9a-f]{12}\ntype: (single|multiple)\nchoose: \d\nsource: imported\n---\n/)
    const validate = runCli(['questions', 'validate', out])
    expect(validate.status, validate.stdout).toBe(0)
    expect(validate.stdout).toMatch(/12 question files, all valid; 2 warnings/)
    // The folder exports to exactly the JSON a direct import writes (in id order: a folder has no other order).
    const direct = JSON.parse(runCli(['questions', 'import', BANK]).stdout) as {id: string}[]
    const fromFolder = JSON.parse(runCli(['questions', 'export', '--bank', out, '--to', 'json']).stdout) as {
      id: string
    }[]
    expect(fromFolder).toEqual([...direct].sort((a, b) => (a.id < b.id ? -1 : 1)))
    writeFileSync(join(out, files[0]!), `${first}\nA note someone added.\n`)
    const again = runCli(['questions', 'import', BANK, '--to-dir', out])
    expect(again.stderr).toMatch(/exists with other text \(edited\?\); left as is/)
    expect(again.stderr).toMatch(/Wrote 0 question file\(s\) .*; 11 already there unchanged/)
    expect(readFileSync(join(out, files[0]!), 'utf8')).toMatch(/A note someone added/)
  })

  it('keeps explanations, rationales and tags of a richer bank in the files', () => {
    const dir = tempDir()
    const gift = write(
      dir,
      'bank.gift',
      '$CATEGORY: $course$/top/Compute\n\n::q1:: Which purchase option suits restartable overnight rendering at the lowest cost? {\n=Spot Instances#Cheap, and restarts are fine.\n~On-Demand Instances#Full price.\n~Dedicated Hosts#For licensing, not cost.\n~Reserved Instances#A commitment for steady load.\n####Interruptible work is what Spot is for.\n}\n',
    )
    const out = join(dir, 'bank')
    mkdirSync(out)
    expect(runCli(['questions', 'import', gift, '--to-dir', out]).status).toBe(0)
    const [name] = readdirSync(out)
    const text = readFileSync(join(out, name!), 'utf8')
    expect(text).toMatch(/tags:\n {2}- top\/Compute\n/)
    expect(text).toMatch(/## Explanation\n\nInterruptible work is what Spot is for\.\n/)
    expect(text).toMatch(/## Rationale\n\n- A: Cheap, and restarts are fine\.\n- B: Full price\./)
    expect(runCli(['questions', 'validate', out]).status).toBe(0)
  })
})

describe('questions audit', () => {
  it('lists confident disagreements with the rule behind them and counts the rest, exit 1', () => {
    const run = runCli(['questions', 'audit', join(ROOT, 'test/fixtures/banks/audit-bank.md')])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /md-[0-9a-f]{12} {2}test\/fixtures\/banks\/audit-bank\.md:3 {2}key A · edgewise B {2}the key breaks a rule/,
    )
    expect(run.stdout).toMatch(
      /A \(key\) AWS Lambda score -100\n\s+✗ A Lambda invocation can run for at most 15 minutes/,
    )
    expect(run.stdout).toMatch(/\(lambda\.max-timeout\)/)
    expect(run.stdout).toMatch(
      /Audited 4 question\(s\): 1 agree with the key, 1 disagree \(listed above\), 2 cannot be judged/,
    )
    const json = JSON.parse(
      runCli(['questions', 'audit', join(ROOT, 'test/fixtures/banks/audit-bank.md'), '--json']).stdout,
    )
    expect(json).toMatchObject({
      total: 4,
      agree: 1,
      cannotJudge: 2,
      disagreements: [expect.objectContaining({kind: 'rule', key: ['A'], answer: ['B']})],
    })
  })

  it('exit 0 when nothing disagrees, and 2 when the bank cannot be read', () => {
    // Two curated questions solve answers right; the whole bundled bank now has no question solve contradicts
    // (the one it used to get wrong abstains), so auditing it exits 0 too. Exit 1 is pinned by the audit-bank fixture.
    const agreeing = tempDir()
    for (const id of ['cff-cache-key-normalisation', 'lambda-at-edge-auth-introspection']) {
      const file = join(ROOT, 'questions', `${id}.md`)
      if (readdirSync(join(ROOT, 'questions')).includes(`${id}.md`))
        writeFileSync(join(agreeing, `${id}.md`), readFileSync(file, 'utf8'))
    }
    expect(readdirSync(agreeing).length).toBeGreaterThan(0)
    expect(runCli(['questions', 'audit', agreeing]).status).toBe(0)
    expect(runCli(['questions', 'audit', 'questions']).status).toBe(0)
    const missing = runCli(['questions', 'audit', join(tempDir(), 'none.json')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/none\.json: file not found/)
  })
})
