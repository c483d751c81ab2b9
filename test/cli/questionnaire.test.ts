import {describe, expect, it} from 'vitest'

import {WORKLOAD} from '../../src/core/knowledge/profile.js'
import {inPty, KEY, type PtyStep, terminalAt} from '../helpers/pty.js'

const key = (send: string): PtyStep => ({send, delay: 0.12})
const downs = (n: number) => Array.from({length: n}, () => key(KEY.down))

describe('the advise questionnaire in a real terminal', () => {
  it('goes back one question with Esc, and the new answer replaces the old one on screen', () => {
    // Skip whatever else is asked: up reaches "skip / not sure" (lists wrap); Enter leaves a text field blank.
    const skipRest = Array.from({length: 14}, () => [key(KEY.up), key(KEY.enter), {sleep: 0.3}]).flat()
    const run = inPty(
      ['advise'],
      [
        {wait: 'What kind of workload'},
        ...downs(WORKLOAD.indexOf('api')),
        key(KEY.enter),
        {wait: 'Who or what are the clients'},
        key(KEY.escape),
        // A lone Esc is told apart from an arrow key's escape sequence after half a second.
        {wait: 'What kind of workload', fresh: true},
        {sleep: 0.6},
        {mark: 'back'},
        ...downs(WORKLOAD.indexOf('batch') - WORKLOAD.indexOf('api')),
        key(KEY.enter),
        {wait: 'Workload: batch jobs'},
        ...skipRest,
        {wait: 'Profile (from your answers)'},
      ],
      {},
      60,
    )
    expect(run.failedWait).toBeNull()
    const back = terminalAt(run, 'back').screen.join('\n')
    // Back on the first question, its answer line is gone and the cursor is on the answer given.
    expect(back).not.toMatch(/✔ Workload/)
    expect(back).toMatch(/❯ API \(request\/response\)/)
    const end = terminalAt(run)
    const all = [...end.scrollback, ...end.screen].join('\n')
    expect(all.match(/✔ Workload: .*/g)).toEqual(['✔ Workload: batch jobs'])
    expect(all).toMatch(/Profile \(from your answers\)\n {2}Workload: batch jobs/)
    expect(run.status).toBe(0)
  })
})
