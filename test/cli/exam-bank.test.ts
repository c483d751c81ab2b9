import {copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT, runCli} from '../helpers/cli.js'
import {inPty, KEY, type PtyStep} from '../helpers/pty.js'

const BANK_MD = join(ROOT, 'test/fixtures/banks/practice-bank.md')
const tempDir = () => mkdtempSync(join(tmpdir(), 'edgewise-exam-bank-'))
const env = (state: string) => ({env: {EDGEWISE_STATE_DIR: state}})

/** A fresh folder with the practice bank imported to bank.json, as a user would start. */
function importedBank(): {dir: string; bank: string} {
  const dir = tempDir()
  const bank = join(dir, 'bank.json')
  const run = runCli(['questions', 'import', BANK_MD, '--from', 'markdown', '-o', bank])
  expect(run.status, run.stderr).toBe(0)
  return {dir, bank}
}

interface Verdict {
  questionId: string
  correctOptions: number[]
  services: string[]
  correct: boolean
}

/** Runs the session once with no answers in a copy of the state: which questions, in which order, with which keys. */
function probe(
  args: string[],
  state: string,
): {verdicts: Verdict[]; session: {questions: {id: string; optionOrder: number[]}[]}} {
  const copy = tempDir()
  cpSync(state, copy, {recursive: true})
  const empty = join(copy, 'empty.yaml')
  writeFileSync(empty, 'answers: {}\n')
  const run = runCli([...args, '--answers', empty, '--json'], env(copy))
  expect(run.status, run.stderr).toBe(0)
  const body = JSON.parse(run.stdout)
  const [file] = readdirSync(join(copy, 'sessions')).filter((f) => f.endsWith('.json'))
  return {verdicts: body.score.verdicts, session: JSON.parse(readFileSync(join(copy, 'sessions', file!), 'utf8'))}
}

/** An answers file that gets every question wrong (by id, with the bank's letters). */
function wrongAnswers(verdicts: Verdict[], dir: string): string {
  const lines = verdicts.map((v) => {
    const wrong = [0, 1, 2, 3, 4]
      .filter((i) => !v.correctOptions.includes(i) && (v.correctOptions.length > 1 || i < 3))
      .slice(0, v.correctOptions.length)
    return `  ${v.questionId}: [${wrong.map((i) => 'ABCDE'[i]).join(', ')}]`
  })
  return writeAnswers(dir, `answers:\n${lines.join('\n')}\n`)
}

const writeAnswers = (dir: string, text: string) => {
  const file = join(dir, `answers-${Math.random().toString(16).slice(2)}.yaml`)
  writeFileSync(file, text)
  return file
}

const sessionFiles = (state: string) => readdirSync(join(state, 'sessions')).filter((f) => f.endsWith('.json'))
const readSession = (state: string) =>
  JSON.parse(readFileSync(join(state, 'sessions', sessionFiles(state)[0]!), 'utf8'))

describe('exam --bank, scripted', () => {
  it('practises an imported bank, records where it came from, and feeds review and history', () => {
    const {dir, bank} = importedBank()
    const state = tempDir()
    const args = ['exam', '--bank', bank, '--mode', 'practice', '-n', '12', '--seed', '2']
    const {verdicts} = probe(args, state)
    expect(verdicts).toHaveLength(12)
    // Keys that name catalog services tag the question with them; the others have none.
    const byText = new Map(verdicts.map((v) => [v.services.join(','), v]))
    expect(byText.has('aws-batch,ec2-spot')).toBe(true)
    expect(verdicts.filter((v) => v.services.length === 0)).toHaveLength(4)
    const run = runCli([...args, '--answers', wrongAnswers(verdicts, dir), '--json'], env(state))
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).score).toMatchObject({total: 12, correct: 0, answered: 12})
    const session = readSession(state)
    expect(session.version).toBe(2)
    expect(session.banks).toEqual([{path: bank, format: 'json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/)}])
    const deck = JSON.parse(readFileSync(join(state, 'review-deck.json'), 'utf8')).cards
    const questionCards = Object.keys(deck).filter((k) => k.startsWith('question:'))
    expect(questionCards.sort()).toEqual(
      verdicts
        .filter((v) => v.services.length === 0)
        .map((v) => `question:${v.questionId}`)
        .sort(),
    )
    expect(deck['service:ec2-spot']).toMatchObject({lastRating: 'Again'})
    const history = JSON.parse(runCli(['history', '--json'], env(state)).stdout)
    expect(history.sessions).toEqual([expect.objectContaining({mode: 'practice', correct: 0, total: 12})])
    // Review names a question card by the start of its stem, and draws its practice questions from the bank.
    const cram = JSON.parse(runCli(['review', '--cram', '--list', '--json', '-n', '20'], env(state)).stdout)
    const items = cram.items as {concept: string; name: string}[]
    expect(items.find((i) => i.concept === questionCards[0])?.name).toMatch(/^".{5,30}"$/)
    const practice = runCli(
      ['review', '--cram', '--json', '-n', '4', '--seed', '1', '--answers', writeAnswers(dir, 'answers: {}\n')],
      env(state),
    )
    expect(practice.status, practice.stderr).toBe(0)
    expect(JSON.parse(practice.stdout).outcome.score.total).toBe(4)
    // The result can be shown and exported again, and --only missed finds the bank's questions without --bank.
    const md = join(dir, 'result.md')
    expect(runCli(['exam', '--result', 'last', '--export', md], env(state)).status).toBe(0)
    expect(readFileSync(md, 'utf8')).toMatch(/Raw score: \*\*\d+ \/ 4\*\*/)
    const missed = runCli(
      ['exam', '--only', 'missed', '-n', '5', '--seed', '9', '--answers', writeAnswers(dir, 'answers: {}\n'), '--json'],
      env(state),
    )
    expect(missed.status, missed.stderr).toBe(0)
    const missedIds = (JSON.parse(missed.stdout).score.verdicts as Verdict[]).map((v) => v.questionId)
    expect(missedIds).toHaveLength(5)
    expect(missedIds.every((id) => verdicts.some((v) => v.questionId === id))).toBe(true)
  })

  it('--resume warns when the bank changed, and stops clearly when it is gone or lost the question', () => {
    const {dir, bank} = importedBank()
    const state = tempDir()
    // Started in a terminal and cut off at the first question: a saved session to resume.
    const cut = inPty(
      ['exam', '--bank', bank, '-n', '3', '--seed', '5'],
      [{wait: 'Question 1 of 3'}, {sleep: 0.5}, {kill: true}],
      {EDGEWISE_STATE_DIR: state},
    )
    expect(cut.failedWait).toBeNull()
    const started = readSession(state)
    const questions = JSON.parse(readFileSync(bank, 'utf8')) as {id: string; stem: string}[]
    const untouched = questions.find((q) => !started.questions.some((s: {id: string}) => s.id === q.id))!
    untouched.stem += ' Reworded.'
    writeFileSync(bank, JSON.stringify(questions, null, 2))
    const answers = writeAnswers(dir, 'answers: {"1": A}\n')
    const copy = tempDir()
    cpSync(state, copy, {recursive: true})
    const resumed = runCli(['exam', '--resume', '--answers', answers, '--json'], env(copy))
    expect(resumed.status, resumed.stderr).toBe(0)
    expect(resumed.stderr).toMatch(
      /warning: .*bank\.json changed since session \S+ started \(sha256 [0-9a-f]{12}… → [0-9a-f]{12}…\)/,
    )

    const moved = join(dir, 'moved.json')
    renameSync(bank, moved)
    const gone = runCli(['exam', '--resume', '--answers', answers], env(state))
    expect(gone.status).toBe(2)
    expect(gone.stderr).toMatch(/came from .*bank\.json, which cannot be read now/)
    expect(gone.stderr).toMatch(/exam --resume --bank PATH/)
    const elsewhere = runCli(['exam', '--resume', '--bank', moved, '--answers', answers, '--json'], env(state))
    expect(elsewhere.status, elsewhere.stderr).toBe(0)
    expect(elsewhere.stderr).toMatch(/moved\.json is not the bank this session started from/)
    expect(readSession(state).banks[0].path).toBe(moved)

    const state2 = tempDir()
    copyFileSync(moved, bank)
    expect(
      inPty(
        ['exam', '--bank', bank, '-n', '3', '--seed', '5'],
        [{wait: 'Question 1 of 3'}, {sleep: 0.5}, {kill: true}],
        {EDGEWISE_STATE_DIR: state2},
      ).failedWait,
    ).toBeNull()
    const asked = readSession(state2).questions[0].id
    writeFileSync(bank, JSON.stringify(questions.filter((q) => q.id !== asked)))
    const lost = runCli(['exam', '--resume', '--answers', answers], env(state2))
    expect(lost.status).toBe(2)
    expect(lost.stderr).toMatch(/1 of this session's 3 questions are no longer in its bank/)
  })

  it('history leaves out a session whose bank is gone, and says why', () => {
    const {dir, bank} = importedBank()
    const state = tempDir()
    expect(
      runCli(
        ['exam', '--bank', bank, '-n', '2', '--seed', '1', '--answers', writeAnswers(dir, 'answers: {"1": A}\n')],
        env(state),
      ).status,
    ).toBe(0)
    renameSync(bank, join(dir, 'elsewhere.json'))
    const history = runCli(['history', '--json'], env(state))
    expect(history.status).toBe(0)
    expect(JSON.parse(history.stdout).sessions).toEqual([])
    expect(history.stderr).toMatch(/bank\.json \(session \S+\) cannot be read: .*left out of scores and history/)
  })

  it('reads folders and several banks at once, and records only the banks a session drew from', () => {
    const dir = tempDir()
    const folder = join(dir, 'bank')
    expect(runCli(['questions', 'import', BANK_MD, '--to-dir', folder]).status).toBe(0)
    const aiken = join(dir, 'extra.txt')
    writeFileSync(
      aiken,
      'Which purchase option suits restartable overnight rendering at the lowest cost?\nA. Spot Instances\nB. Dedicated Hosts\nC. On-Demand Instances\nD. Reserved Instances\nANSWER: A\n',
    )
    const state = tempDir()
    const empty = writeAnswers(dir, 'answers: {}\n')
    const all = runCli(
      ['exam', '--bank', folder, '--bank', aiken, '-n', '13', '--seed', '3', '--answers', empty, '--json'],
      env(state),
    )
    expect(all.status, all.stderr).toBe(0)
    expect(JSON.parse(all.stdout).score.total).toBe(13)
    expect(readSession(state).banks.map((b: {format: string}) => b.format)).toEqual(['folder', 'aiken'])
    const one = tempDir()
    expect(
      runCli(['exam', '--bank', aiken, '--bank', folder, '-n', '1', '--seed', '3', '--answers', empty], env(one))
        .status,
    ).toBe(0)
    expect(readSession(one).banks).toHaveLength(1)
    const twice = tempDir()
    expect(
      runCli(
        ['exam', '--bank', aiken, '--bank', join(dir, '.', 'extra.txt'), '-n', '1', '--answers', empty],
        env(twice),
      ).status,
    ).toBe(0)
    expect(readSession(twice).banks).toEqual([expect.objectContaining({path: aiken, format: 'aiken'})])
  })

  it('usage errors: --source generated with --bank, a bank that cannot be read, a format it cannot tell', () => {
    const state = tempDir()
    const generated = runCli(['exam', '--bank', BANK_MD, '--source', 'generated', '-n', '2'], env(state))
    expect(generated.status).toBe(2)
    expect(generated.stderr).toMatch(/--bank and --source generated exclude each other/)
    const missing = runCli(['exam', '--bank', join(state, 'nope.json'), '-n', '2'], env(state))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/nope\.json: file not found/)
    const prose = join(state, 'notes.txt')
    writeFileSync(prose, 'Nothing here looks like a question.\n')
    const unknown = runCli(['exam', '--bank', prose, '-n', '2'], env(state))
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/notes\.txt: is in no question format .*pass --from/)
  })
})

describe('the fresh-clone flow in a real terminal', () => {
  it('imports a Markdown bank, practises 10 of its questions, and review and history include the session', () => {
    const {bank} = importedBank()
    const state = tempDir()
    const args = ['exam', '--bank', bank, '--mode', 'practice', '-n', '10', '--seed', '4']
    const {verdicts, session} = probe(args, state)
    // Pick the first displayed option (and the second too, in choose-2 questions): the score is then known in advance.
    const expected = verdicts.filter((v, i) => {
      const shown = session.questions[i]!.optionOrder.slice(0, v.correctOptions.length).sort()
      return JSON.stringify(shown) === JSON.stringify([...v.correctOptions].sort())
    }).length
    // One screen per question: Enter marks the option under the cursor (it stays there; Down, Enter marks the next
    // in a choose-2 question), feedback shows in place, and Enter moves on — after the last, to the review.
    const steps: PtyStep[] = verdicts.flatMap((v, i) => [
      {wait: `Question ${i + 1} of 10`, fresh: true},
      {sleep: 0.3},
      ...(v.correctOptions.length === 1
        ? [{send: KEY.enter}]
        : [{send: KEY.enter}, {sleep: 0.5}, {send: KEY.down, delay: 0.2}, {send: KEY.enter, delay: 0.2}]),
      {wait: 'your answer', fresh: true},
      {sleep: 0.3},
      {send: KEY.enter},
    ])
    const run = inPty(
      [...args],
      [
        ...steps,
        {wait: 'Review before submitting', fresh: true},
        {sleep: 0.3},
        {send: KEY.enter},
        {wait: 'Raw score'},
        {wait: 'Incorrect answers'},
        {sleep: 0.5},
        ...Array.from({length: 3}, () => ({send: KEY.down, delay: 0.2})),
        {send: KEY.enter},
      ],
      {EDGEWISE_STATE_DIR: state},
      90,
    )
    expect(run.failedWait, run.output.slice(-600)).toBeNull()
    expect(run.status).toBe(0)
    expect(run.output).toMatch(new RegExp(`Raw score\\s+${expected} / 10`))
    const history = JSON.parse(runCli(['history', '--json'], env(state)).stdout)
    expect(history.sessions).toEqual([expect.objectContaining({mode: 'practice', correct: expected, total: 10})])
    const deck = JSON.parse(readFileSync(join(state, 'review-deck.json'), 'utf8')).cards as Record<
      string,
      {lastRating: string}
    >
    const reviewed = runCli(['review', '--cram', '--list', '--json', '-n', '30'], env(state))
    const crammed = (JSON.parse(reviewed.stdout).items as {concept: string}[]).map((i) => i.concept)
    // Every concept the session answered wrongly is on the review list.
    const missed = Object.entries(deck)
      .filter(([, c]) => c.lastRating === 'Again')
      .map(([k]) => k)
    if (expected < 10) expect(missed.length).toBeGreaterThan(0)
    for (const concept of missed) expect(crammed).toContain(concept)
    expect(Object.keys(deck).length).toBeGreaterThanOrEqual(5)
  }, 150_000)
})
