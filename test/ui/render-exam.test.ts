import {describe, expect, it} from 'vitest'

import {apply} from '../../src/core/exam/machine.js'
import {scoreSession} from '../../src/core/exam/score.js'
import {renderResult} from '../../src/ui/render-exam.js'
import {makeStyle} from '../../src/ui/style.js'
import {sessionOf, single} from '../exam/builders.js'

const style = makeStyle({columns: 100}, {NO_COLOR: '1'})

describe('the result screen', () => {
  // Fifteen services, so a chart that stops at twelve would show.
  const bank = Array.from({length: 15}, (_, i) =>
    single(`q-${i}`, {
      services: [`service-${String(i).padStart(2, '0')}`],
      domain: i < 10 ? 'cost-optimized' : 'secure',
    }),
  )
  const {session, byId} = sessionOf(bank, {mode: 'exam'})
  let answered = session
  for (const [i, q] of bank.entries())
    answered = apply(answered, {type: 'answer', questionId: q.id, selected: [i < 3 ? 1 : 0]}, byId).session
  const done = apply(answered, {type: 'submit'}, byId).session
  const text = renderResult(scoreSession(done, byId), done, style)

  it('charts every service, weakest first, and no empty domain', () => {
    const services = text
      .split('By service')[1]!
      .split('Next')[0]!
      .match(/service-\d\d/g)
    expect(services).toHaveLength(15)
    expect(services!.slice(0, 3)).toEqual(['service-00', 'service-01', 'service-02'])
    expect(text).not.toMatch(/0\/0/)
    expect(text).toMatch(/cost-optimized\s+\S+ 7\/10/)
  })

  it('ends with the commands to run next', () => {
    expect(text).toMatch(
      /Next\n {2}edgewise review {3}practise the 3 concept\(s\) you missed: they are due now\n {2}edgewise history {2}scores over time/,
    )
  })
})
