import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {runCli} from '../helpers/cli.js'
import {seedOpeningWithSingles} from '../helpers/exam-seed.js'
import {inPty, KEY} from '../helpers/pty.js'

const stateDir = () => mkdtempSync(join(tmpdir(), 'edgewise-state-'))
// Keys sent too close together can arrive in one read and be dropped, as they would from a person typing fast.
const downs = (n: number) => Array.from({length: n}, () => ({send: KEY.down, delay: 0.2}))

describe('exam in a real terminal', () => {
  it('runs a short practice session to its result screen', () => {
    const state = stateDir()
    const run = inPty(
      ['exam', '--mode', 'practice', '--count', '2', '--seed', '5'],
      [
        {wait: 'Question 1 of 2'},
        {send: KEY.enter},
        {wait: 'your answer'},
        // Feedback stays on the question's screen; Enter moves on.
        {send: KEY.enter},
        {wait: 'Question 2 of 2', fresh: true},
        {send: KEY.enter},
        {wait: 'your answer', fresh: true},
        // On the last question the way on is the review, and with everything answered its first choice submits.
        {send: KEY.enter},
        {wait: 'Review before submitting', fresh: true},
        {sleep: 0.3},
        {send: KEY.enter},
        {wait: 'Raw score'},
        {wait: 'Incorrect answers'},
        {sleep: 0.5},
        ...downs(3),
        {send: KEY.enter},
      ],
      {EDGEWISE_STATE_DIR: state},
    )
    expect(run.failedWait).toBeNull()
    expect(run.output).toMatch(/Correct|Incorrect/)
    expect(run.output).toMatch(/Raw score\s+\d \/ 2/)
    expect(run.output).toMatch(/By domain/)
    expect(run.status).toBe(0)
  })

  it('survives kill -9 between answers: --resume restores the answers and the remaining time', () => {
    const state = stateDir()
    const killed = inPty(
      ['exam', '--mode', 'exam', '--count', '3', '--seed', '9', '--minutes', '10'],
      [
        {wait: 'Question 1 of 3'},
        {send: KEY.enter},
        {wait: 'Question 2 of 3', fresh: true},
        {sleep: 2.2},
        {kill: true},
      ],
      {EDGEWISE_STATE_DIR: state},
    )
    expect(killed.failedWait).toBeNull()
    const [file] = readdirSync(join(state, 'sessions')).filter((f) => f.endsWith('.json'))
    const saved = JSON.parse(readFileSync(join(state, 'sessions', file!), 'utf8'))
    expect(Object.keys(saved.answers)).toHaveLength(1)
    expect(saved.status).toBe('in-progress')
    const resumed = inPty(
      ['exam', '--resume'],
      [{wait: 'Question 2 of 3'}, {sleep: 0.3}, {send: KEY.ctrlC}, {wait: 'Quit now?'}, {send: KEY.enter}],
      {EDGEWISE_STATE_DIR: state},
    )
    expect(resumed.failedWait).toBeNull()
    const left = /Question 2 of 3\s+(\d\d):(\d\d):(\d\d) left/.exec(resumed.output)
    expect(left).not.toBeNull()
    const seconds = Number(left![1]) * 3600 + Number(left![2]) * 60 + Number(left![3])
    expect(seconds).toBeLessThan(600)
    expect(seconds).toBeGreaterThan(500)
    expect(resumed.status).toBe(130)
    const after = JSON.parse(readFileSync(join(state, 'sessions', file!), 'utf8'))
    expect(after.answers).toEqual(saved.answers)
  })
})

describe('exam without a terminal', () => {
  it('explains that it needs one, exit 2', () => {
    const run = runCli(['exam', '--count', '3', '--seed', '1'], {env: {EDGEWISE_STATE_DIR: stateDir()}})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/exam needs a terminal/)
    expect(run.stderr).toMatch(/--answers FILE/)
  })

  it('runs a scripted session from --answers and returns the result with --json', () => {
    const state = stateDir()
    const answers = join(state, 'answers.yaml')
    writeFileSync(answers, 'answers:\n  "1": B\n  "2": [A]\nflag: [3]\n')
    const seed = String(seedOpeningWithSingles(4, 2))
    const run = runCli(['exam', '--count', '4', '--seed', seed, '--answers', answers, '--json'], {
      env: {EDGEWISE_STATE_DIR: state},
    })
    expect(run.status, run.stderr).toBe(0)
    const body = JSON.parse(run.stdout)
    expect(body.score.total).toBe(4)
    expect(body.score.answered).toBe(2)
    expect(body.score.unanswered).toBe(2)
    expect(body.score.scaledScoreIsEstimate).toBe(true)
    expect(body.session.status).toBe('finished')
    const again = runCli(['exam', '--result', 'last', '--json'], {env: {EDGEWISE_STATE_DIR: state}})
    expect(JSON.parse(again.stdout).score).toEqual(body.score)
    const md = join(state, 'result.md')
    const deck = readFileSync(join(state, 'review-deck.json'), 'utf8')
    const exported = runCli(['exam', '--result', 'last', '--export', md], {env: {EDGEWISE_STATE_DIR: state}})
    expect(readFileSync(md, 'utf8')).toMatch(/^# edgewise exam result/)
    // Exporting says where the file went, in one line, and does not rate the concepts again.
    expect(exported.stdout.trim()).toBe(`Wrote the result of session ${body.session.id} to ${md}`)
    expect(readFileSync(join(state, 'review-deck.json'), 'utf8')).toBe(deck)
  })

  it('reports a bad answers file with its field, exit 2', () => {
    const state = stateDir()
    const answers = join(state, 'answers.yaml')
    writeFileSync(answers, 'answers:\n  "9": B\n  "1": Z\n')
    const run = runCli(['exam', '--count', '3', '--seed', '3', '--answers', answers], {
      env: {EDGEWISE_STATE_DIR: state},
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/answers\.9: there is no question 9/)
    expect(run.stderr).toMatch(/answers\.1: letters must be A-D/)
  })

  it('--resume with nothing to resume is a clear error', () => {
    const run = runCli(['exam', '--resume'], {env: {EDGEWISE_STATE_DIR: stateDir()}})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/no unfinished session/)
  })
})
