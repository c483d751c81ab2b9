import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {runCli} from '../helpers/cli.js'

const stateDir = () => mkdtempSync(join(tmpdir(), 'edgewise-state-'))
const DAY = 24 * 3600 * 1000
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString()

/** A card in the deck's saved format, reviewed a week ago. */
function card(due: string, lastRating: 'Again' | 'Easy' | 'Good' | 'Hard') {
  return {
    due,
    stability: 3,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state: 'Review',
    lastReview: iso(-7),
    lastRating,
  }
}

function writeDeck(state: string, cards: Record<string, ReturnType<typeof card>>) {
  writeFileSync(join(state, 'review-deck.json'), JSON.stringify({version: 1, cards}))
}

const readDeck = (state: string) => JSON.parse(readFileSync(join(state, 'review-deck.json'), 'utf8'))

/**
 * Answers every question wrongly with the right number of choices. The first
 * run (no answers, so nothing is rated) reveals the keys; the same seed and
 * filters then pick the same questions in a copy of the state.
 */
function wrongAnswers(args: string[], state: string): string {
  const probe = stateDir()
  cpSync(state, probe, {recursive: true})
  const empty = join(probe, 'empty.yaml')
  writeFileSync(empty, 'answers: {}\n')
  const run = runCli([...args, '--answers', empty, '--json'], {env: {EDGEWISE_STATE_DIR: probe}})
  expect(run.status, run.stderr).toBe(0)
  // Verdicts give options in the bank's order, so answer by question id with the bank's letters.
  const {verdicts} = (JSON.parse(run.stdout).outcome ?? JSON.parse(run.stdout)).score as {
    verdicts: {questionId: string; correctOptions: number[]}[]
  }
  const letters = 'ABCDEFG'
  const lines = verdicts.map((v) => {
    const wrong = [0, 1, 2, 3, 4]
      .filter((i) => !v.correctOptions.includes(i) && (v.correctOptions.length > 1 || i < 4))
      .slice(0, v.correctOptions.length)
    return `  ${v.questionId}: [${wrong.map((i) => letters[i]).join(', ')}]`
  })
  const file = join(state, 'wrong.yaml')
  writeFileSync(file, `answers:\n${lines.join('\n')}\n`)
  return file
}

describe('history', () => {
  it('says there is nothing yet, exit 0', () => {
    const run = runCli(['history'], {env: {EDGEWISE_STATE_DIR: stateDir()}})
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/No finished sessions yet/)
    const json = JSON.parse(runCli(['history', '--json'], {env: {EDGEWISE_STATE_DIR: stateDir()}}).stdout)
    expect(json.sessions).toEqual([])
  })

  it('lists finished sessions with scores, weakest services and a next step', () => {
    const state = stateDir()
    // Six questions on one service: enough samples (5) for it to count as a weak area.
    const args = [
      'exam',
      '--mode',
      'practice',
      '--count',
      '6',
      '--seed',
      '11',
      '--source',
      'bank',
      '--service',
      'lambda',
    ]
    const wrong = wrongAnswers(args, state)
    expect(runCli([...args, '--answers', wrong], {env: {EDGEWISE_STATE_DIR: state}}).status).toBe(0)
    const text = runCli(['history'], {env: {EDGEWISE_STATE_DIR: state}})
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(/practice\s+0\/6\s+0%\s+scaled ~\d+\s+below 720 \(est\.\)/)
    expect(text.stdout).toMatch(/Scores over time\s+▁/)
    const json = JSON.parse(runCli(['history', '--json'], {env: {EDGEWISE_STATE_DIR: state}}).stdout)
    expect(json.sessions).toHaveLength(1)
    expect(json.sessions[0]).toMatchObject({mode: 'practice', correct: 0, total: 6})
    expect(json.weakest.services).toContainEqual(expect.objectContaining({key: 'lambda', correct: 0}))
    expect(text.stdout).toMatch(/Weakest services\s+lambda 0\/\d+/)
    expect(json.next.message).toMatch(/missed|weak|practi/i)
  })
})

describe('review', () => {
  it('explains there is nothing to review before any session, exit 0', () => {
    const run = runCli(['review'], {env: {EDGEWISE_STATE_DIR: stateDir()}})
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Nothing to review yet/)
  })

  it('right after a session, the concepts just missed are due now, in a learning step', () => {
    const state = stateDir()
    const args = ['exam', '--mode', 'practice', '--count', '3', '--seed', '21', '--source', 'bank']
    const wrong = wrongAnswers(args, state)
    const session = JSON.parse(
      runCli([...args, '--answers', wrong, '--json'], {env: {EDGEWISE_STATE_DIR: state}}).stdout,
    )
    const missed = new Set<string>(
      session.score.verdicts.flatMap((v: {services: string[]}) => v.services.map((sv) => `service:${sv}`)),
    )
    const listed = JSON.parse(runCli(['review', '--list', '--json'], {env: {EDGEWISE_STATE_DIR: state}}).stdout)
    expect(new Set(listed.items.map((i: {concept: string}) => i.concept))).toEqual(missed)
    for (const item of listed.items) expect(item).toMatchObject({reason: 'learning', state: 'Learning'})
    const text = runCli(['review', '--list'], {env: {EDGEWISE_STATE_DIR: state}}).stdout
    expect(text).toMatch(/Due now/)
    expect(text).toMatch(/learning: missed or shaky last time, due now/)
    expect(text).not.toMatch(/100% recall/)
  })

  it('lists due concepts by name and says when the next one is due otherwise', () => {
    const state = stateDir()
    writeDeck(state, {'service:lambda': card(iso(-1), 'Again'), 'service:ec2-spot': card(iso(5), 'Good')})
    const run = runCli(['review', '--list', '--json'], {env: {EDGEWISE_STATE_DIR: state}})
    expect(run.status, run.stderr).toBe(0)
    const body = JSON.parse(run.stdout)
    expect(body.items.map((i: {concept: string}) => i.concept)).toEqual(['service:lambda'])
    expect(body.items[0].name).toMatch(/Lambda/)
    writeDeck(state, {'service:ec2-spot': card(iso(5), 'Good')})
    const none = runCli(['review', '--list'], {env: {EDGEWISE_STATE_DIR: state}})
    expect(none.stdout).toMatch(/Nothing is due\. Next: .*Spot.* on \d{4}-\d{2}-\d{2}/)
  })

  it('--exam-date pulls a review FSRS scheduled after the exam forward', () => {
    const state = stateDir()
    writeDeck(state, {'service:outposts': card(iso(60), 'Good')})
    const examDay = new Date(Date.now() + 3 * DAY)
    const date = `${examDay.getFullYear()}-${String(examDay.getMonth() + 1).padStart(2, '0')}-${String(examDay.getDate()).padStart(2, '0')}`
    expect(JSON.parse(runCli(['review', '--list', '--json'], {env: {EDGEWISE_STATE_DIR: state}}).stdout).items).toEqual(
      [],
    )
    const planned = JSON.parse(
      runCli(['review', '--list', '--json', '--exam-date', date], {env: {EDGEWISE_STATE_DIR: state}}).stdout,
    )
    expect(planned.daysUntilExam).toBeGreaterThanOrEqual(2)
    expect(planned.items).toMatchObject([{concept: 'service:outposts', reason: 'before-exam'}])
  })

  it('rejects a malformed or past exam date with exit 2', () => {
    for (const [date, message] of [
      ['2027-02-30', /not a date/],
      ['15/01/2027', /not a date/],
      ['2020-01-01', /in the past/],
    ] as const) {
      const run = runCli(['review', '--exam-date', date], {env: {EDGEWISE_STATE_DIR: stateDir()}})
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(message)
    }
  })

  it('a review session practises the due concept and reschedules it', () => {
    const state = stateDir()
    writeDeck(state, {'service:lambda': card(iso(-1), 'Good')})
    const args = ['review', '--count', '3', '--seed', '4', '--source', 'bank']
    const wrong = wrongAnswers(args, state)
    const run = runCli([...args, '--answers', wrong, '--json'], {env: {EDGEWISE_STATE_DIR: state}})
    expect(run.status, run.stderr).toBe(0)
    const body = JSON.parse(run.stdout)
    expect(body.outcome.session.mode).toBe('practice')
    for (const v of body.outcome.score.verdicts) expect(v.services).toContain('lambda')
    const after = readDeck(state).cards['service:lambda']
    expect(after.lastRating).toBe('Again')
    expect(after.lapses).toBe(1)
    expect(new Date(after.lastReview).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('--cram practises hard concepts without changing the schedule', () => {
    const state = stateDir()
    writeDeck(state, {'service:wavelength': card(iso(9), 'Hard'), 'service:ec2-spot': card(iso(9), 'Easy')})
    const before = readFileSync(join(state, 'review-deck.json'), 'utf8')
    const listed = JSON.parse(
      runCli(['review', '--cram', '--list', '--json'], {env: {EDGEWISE_STATE_DIR: state}}).stdout,
    )
    expect(listed.items).toMatchObject([{concept: 'service:wavelength', cramReason: 'hard'}])
    const args = ['review', '--cram', '--count', '2', '--seed', '8', '--source', 'bank']
    const wrong = wrongAnswers(args, state)
    const run = runCli([...args, '--answers', wrong, '--json'], {env: {EDGEWISE_STATE_DIR: state}})
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).outcome.score.correct).toBe(0)
    expect(readFileSync(join(state, 'review-deck.json'), 'utf8')).toBe(before)
    expect(
      JSON.parse(runCli(['history', '--json'], {env: {EDGEWISE_STATE_DIR: state}}).stdout).sessions[0].filters,
    ).toMatch(/cram/)
  })

  it('without a terminal it points to --list and --answers, exit 2', () => {
    const state = stateDir()
    writeDeck(state, {'service:lambda': card(iso(-1), 'Again')})
    const run = runCli(['review'], {env: {EDGEWISE_STATE_DIR: state}})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/needs a terminal/)
    expect(run.stderr).toMatch(/--list/)
  })
})
