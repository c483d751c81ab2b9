import {screen, wrapPrompt} from '@inquirer/testing/vitest'
import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it, vi} from 'vitest'

import type {ExamSession} from '../../src/core/exam/session.js'
import type {BankQuestion} from '../../src/core/questions/bank-question.js'

import {createSession} from '../../src/core/exam/select.js'
import {runExamUi} from '../../src/prompts/exam-ui.js'
import {makeStyle} from '../../src/ui/style.js'

// Our own prompt (the exam screen) goes through the test screen like the library's prompts.
vi.mock('../../src/prompts/exam-screen.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/prompts/exam-screen.js')>()
  return {...actual, examScreen: wrapPrompt(actual.examScreen)}
})

const question = (id: string, choose = 1): BankQuestion => ({
  id,
  stem: `Stem of ${id}${choose > 1 ? ' (Choose two.)' : ''}`,
  options: ['one', 'two', 'three', 'four', 'five']
    .slice(0, choose > 1 ? 5 : 4)
    .map((text, i) => ({text: `${id} option ${text}`, correct: i < choose, rationale: `why ${i}`})),
  choose,
  type: choose > 1 ? 'multiple' : 'single',
  explanation: `Explanation of ${id}`,
  domain: 'cost-optimized',
  task: '4.2',
  services: ['ec2-spot'],
  difficulty: 'easy',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-instances.html'],
  source: 'authored',
})

async function drive(
  questions: BankQuestion[],
  keys: (string | {type: string})[],
): Promise<{session: ExamSession; saves: number}> {
  let saves = 0
  const session = createSession(questions, {
    mode: 'exam',
    seed: 1,
    now: new Date('2026-11-25T10:00:00Z'),
    timeLimitSeconds: 600,
  })
  const done = runExamUi({
    session,
    byId: new Map(questions.map((q) => [q.id, q])),
    async save() {
      saves++
    },
    style: makeStyle({}, {NO_COLOR: '1'}),
    now: () => 0,
  })
  // The first screen appears after the prompt library loads; keys sent before it would be lost.
  while (!screen.getScreen().includes('Question')) await sleep(20)
  for (const key of keys) {
    if (typeof key === 'string') screen.keypress(key)
    else screen.type(key.type)
    // A key that changes nothing on screen renders nothing; do not wait forever for it.
    await Promise.race([screen.next(), done, sleep(500)])
    if (process.env.DEBUG_SCREEN)
      console.log('KEY', JSON.stringify(key), JSON.stringify(screen.getScreen()).slice(0, 160))
  }
  const result = await done
  return {session: result.session, saves}
}

describe('the exam screen (prompts)', () => {
  it('answers, moves on, reviews and submits; every step is saved', async () => {
    // Answer q1 (moves on), review, go up to "Submit now", confirm the unanswered q2 with y.
    const {session, saves} = await drive(
      [question('q1'), question('q2')],
      ['enter', {type: 'r'}, 'up', 'up', 'up', 'enter', {type: 'y'}],
    )
    expect(session.status).toBe('finished')
    expect(Object.keys(session.answers)).toEqual(['q1'])
    expect(saves).toBeGreaterThanOrEqual(3)
  })

  it('a choose-two question keeps its answer only once two options are marked', async () => {
    const {session} = await drive([question('m1', 2)], ['enter', 'down', 'enter', {type: 'r'}, 'enter'])
    expect(session.answers.m1?.selected.length).toBe(2)
    expect(session.status).toBe('finished')
  })

  it('the countdown keeps moving while a question is on screen, without a key press', async () => {
    let clock = 0
    const session = createSession([question('t1')], {
      mode: 'exam',
      seed: 1,
      now: new Date('2026-11-25T10:00:00Z'),
      timeLimitSeconds: 600,
    })
    const done = runExamUi({
      session,
      byId: new Map([['t1', question('t1')]]),
      save: async () => undefined,
      style: makeStyle({}, {NO_COLOR: '1'}),
      now: () => clock,
    })
    while (!screen.getScreen().includes('Question 1 of 1')) await sleep(20)
    expect(screen.getScreen()).toMatch(/00:10:00 left/)
    clock = 65_000
    await screen.next()
    expect(screen.getScreen()).toMatch(/00:08:55 left/)
    // Past the limit: the next tick submits with reason time-up.
    clock = 700_000
    screen.keypress('enter')
    const result = await done
    expect(result.session.status).toBe('finished')
    expect(result.session.finishedReason).toBe('time-up')
  })
})
