import {existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {questionPool} from '../../src/app/exam-pool.js'
import {conceptKeys} from '../../src/core/exam/concepts.js'
import {selectQuestions} from '../../src/core/exam/select.js'
import {testedServices} from '../../src/core/exam/tested-services.js'
import {letterOf} from '../../src/core/questions/question.js'
import {loadBundledQuestionBank} from '../../src/io/question-snapshot.js'
import {bundledKnowledge} from '../helpers/knowledge.js'
import {layOut, runIn} from './harness.js'

/**
 * A scripted run's answers file for `exam --count 3 --seed SEED`: the questions
 * that seed selects, keyed by id, each with its right letters (so every
 * question is answered, whether it takes one letter or two).
 */
async function answersFor(seed: number): Promise<string> {
  const pool = await questionPool(await bundledKnowledge(), {source: 'bank', count: 3, seed})
  const {questions} = selectQuestions(pool, {count: 3, seed})
  const answers = Object.fromEntries(
    questions.map((q) => [q.id, q.options.flatMap((o, i) => (o.correct ? [letterOf(i)] : []))]),
  )
  return JSON.stringify({answers})
}

interface SavedSession {
  id: string
  status: string
  seed: number
  questions: {id: string}[]
}

const sessionsIn = (state: string): SavedSession[] => {
  const dir = join(state, 'sessions')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SavedSession)
}

/** FSRS repetitions in the deck: one per concept rated, so every session's ratings add up here. */
const repsIn = (state: string) =>
  Object.values(
    (JSON.parse(readFileSync(join(state, 'review-deck.json'), 'utf8')) as {cards: Record<string, {reps: number}>})
      .cards,
  ).reduce((n, card) => n + card.reps, 0)

/** How many concepts (catalog services) a session's questions cover: what it adds to the deck's repetitions. */
async function conceptsRated(sessions: readonly SavedSession[]): Promise<number> {
  const kb = await bundledKnowledge()
  const bank = await loadBundledQuestionBank(new Set(kb.catalog.map((e) => e.id)))
  // A question trains the services it tests (not those only its distractors name), or a card of its own.
  const concepts = new Map(
    bank.questions.map(({question}) => [question.id, conceptKeys(question, testedServices(question, kb.catalog))]),
  )
  return sessions.reduce((n, s) => n + new Set(s.questions.flatMap((q) => concepts.get(q.id) ?? [])).size, 0)
}

describe('exam state under concurrency', () => {
  it('16 exams at once, 8 with the same seed and 8 with different ones, lose no session and no rating', async () => {
    const seeds = [...Array.from({length: 8}, () => 7), ...Array.from({length: 8}, (_, i) => 100 + i)]
    const dir = layOut(
      Object.fromEntries(
        await Promise.all([...new Set(seeds)].map(async (seed) => [`answers-${seed}.json`, await answersFor(seed)])),
      ),
    )
    const state = join(dir, 'state')
    const runs = await Promise.all(
      seeds.map((seed) =>
        runIn(dir, [
          'exam',
          '--mode',
          'practice',
          '--count',
          '3',
          '--seed',
          String(seed),
          '--answers',
          `answers-${seed}.json`,
          '--state-dir',
          state,
          '--json',
        ]),
      ),
    )
    for (const run of runs) expect(run.status, run.stderr).toBe(0)
    const sessions = sessionsIn(state)
    expect(sessions).toHaveLength(16)
    expect(new Set(sessions.map((s) => s.id)).size).toBe(16)
    expect(sessions.every((s) => s.status === 'finished')).toBe(true)
    expect(sessions.filter((s) => s.seed === 7)).toHaveLength(8)
    // Every run reported the id of a session that is on disk.
    const reported = runs.map((run) => (JSON.parse(run.stdout) as {session: {id: string}}).session.id)
    expect(new Set(reported)).toEqual(new Set(sessions.map((s) => s.id)))
    expect(repsIn(state)).toBe(await conceptsRated(sessions))
    expect(existsSync(join(state, 'review-deck.json.lock'))).toBe(false)
  }, 120_000)

  it('a deck locked by another process: the session is saved, the user is told, and its ratings reach the deck on the next run', async () => {
    const dir = layOut({'answers-5.json': await answersFor(5), 'answers-6.json': await answersFor(6)})
    const state = join(dir, 'state')
    const lock = join(state, 'review-deck.json.lock')
    const first = await runIn(dir, [
      'exam',
      '--count',
      '3',
      '--seed',
      '5',
      '--answers',
      'answers-5.json',
      '--state-dir',
      state,
    ])
    expect(first.status, first.stderr).toBe(0)
    const before = repsIn(state)
    // Another edgewise holds the lock (fresh, so it is not taken for a crashed one's).
    writeFileSync(lock, '99999\n')
    utimesSync(lock, new Date(), new Date())
    const locked = await runIn(dir, [
      'exam',
      '--count',
      '3',
      '--seed',
      '6',
      '--answers',
      'answers-6.json',
      '--state-dir',
      state,
    ])
    expect(locked.status, locked.stderr).toBe(0)
    expect(locked.stderr).toMatch(
      /review deck is locked by another edgewise process .*ratings will be added to the deck the next time/s,
    )
    expect(sessionsIn(state)).toHaveLength(2)
    expect(repsIn(state)).toBe(before)
    expect(readdirSync(join(state, 'pending-deck-updates'))).toHaveLength(1)

    rmSync(lock)
    const later = await runIn(dir, ['review', '--list', '--state-dir', state])
    expect(later.status, later.stderr).toBe(0)
    expect(repsIn(state)).toBe(await conceptsRated(sessionsIn(state)))
    expect(readdirSync(join(state, 'pending-deck-updates'))).toEqual([])
  }, 120_000)
})
