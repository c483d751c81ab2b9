import {describe, expect, it} from 'vitest'

import type {BankQuestion} from '../../src/core/questions/bank-question.js'

import {
  historyRows,
  historyView,
  scoreSparkline,
  type SessionRecord,
  sparkline,
  suggestNext,
  weakestAreas,
} from '../../src/core/exam/history.js'
import {apply, type ExamAction} from '../../src/core/exam/machine.js'
import {scoreSession} from '../../src/core/exam/score.js'
import {NOW, sessionOf, single} from './builders.js'

const bank: BankQuestion[] = [
  ...Array.from({length: 6}, (_, i) => single(`sec-${i}`, {domain: 'secure', services: ['iam']})),
  ...Array.from({length: 6}, (_, i) =>
    single(`cost-${i}`, {domain: 'cost-optimized', services: i < 3 ? ['ec2-spot'] : ['lambda']}),
  ),
]

/**
 * A finished session on `day` over the whole bank: ids in `wrong` answered
 * wrong, in `skip` left blank, in `flag` flagged, the rest right.
 */
function record(
  day: number,
  spec: {wrong?: string[]; skip?: string[]; flag?: string[]; finish?: boolean; mode?: 'exam' | 'practice'} = {},
): SessionRecord {
  const {session, byId} = sessionOf(bank, {
    now: new Date(NOW.getTime() + day * 86_400_000),
    seed: day + 1,
    mode: spec.mode ?? 'practice',
  })
  const actions: ExamAction[] = bank.flatMap((q): ExamAction[] => [
    ...(spec.skip?.includes(q.id)
      ? []
      : [{type: 'answer' as const, questionId: q.id, selected: [spec.wrong?.includes(q.id) ? 1 : 0]}]),
    ...(spec.flag?.includes(q.id) ? [{type: 'toggleFlag' as const, questionId: q.id}] : []),
  ])
  if (spec.finish !== false) actions.push({type: 'submit'})
  let done = session
  for (const a of actions) done = apply(done, a, byId).session
  return {session: done, score: scoreSession(done, byId)}
}

const costIds = bank.filter((q) => q.domain === 'cost-optimized').map((q) => q.id)

describe('sparkline', () => {
  it('maps values onto eight bar heights', () => {
    expect(sparkline([])).toBe('')
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█')
    expect(sparkline([5, 5, 5])).toBe('▄▄▄')
    expect(sparkline([100, 550, 1000, 2000], {min: 100, max: 1000})).toBe('▁▅██')
  })

  it('draws scaled scores oldest to newest on the fixed 100–1000 scale', () => {
    const records = [
      record(2),
      record(0, {wrong: bank.map((q) => q.id)}),
      record(1, {wrong: costIds}),
      record(3, {finish: false}),
    ]
    expect(scoreSparkline(records)).toBe('▁▄█')
    expect(scoreSparkline(records, {last: 2})).toBe('▄█')
  })
})

describe('historyRows', () => {
  it('lists finished sessions newest first with raw %, estimated score and pass/fail', () => {
    const rows = historyRows([record(0, {wrong: costIds, mode: 'exam'}), record(1), record(2, {finish: false})])
    expect(rows.map((r) => [r.date.slice(0, 10), r.mode, r.rawPercent, r.estimatedScaledScore, r.passed])).toEqual([
      ['2026-11-26', 'practice', 100, 1000, true],
      ['2026-11-25', 'exam', 50, 531, false],
    ])
    expect(rows[0]).toMatchObject({finishedReason: 'submitted', filters: 'no filters', correct: 12, total: 12})
  })
})

describe('weakestAreas', () => {
  const records = [
    record(0, {wrong: ['cost-0', 'cost-1', 'cost-3', 'sec-0']}),
    record(1, {wrong: ['cost-0', 'cost-2']}),
  ]

  it('ranks domains and services by accuracy, and never calls the strongest one weak', () => {
    const weak = weakestAreas(records)
    expect(weak.domains.map((a) => [a.key, a.correct, a.total])).toEqual([['cost-optimized', 7, 12]])
    expect(weak.services.map((a) => a.key)).toEqual(['ec2-spot', 'lambda'])
    expect(weak.services[0]).toMatchObject({correct: 2, total: 6, accuracy: 2 / 6})
    expect(weak.compared).toEqual({domains: 2, services: 3})
  })

  it('names no weakest area when fewer than two have enough answers, even a good one', () => {
    // Only iam has 7 answers: it is the best and the only one, so nothing is "weakest".
    const few = weakestAreas(records, {minSamples: 7})
    expect(few.services).toEqual([])
    expect(few.compared.services).toBe(1)
    expect(weakestAreas(records, {lastSessions: 1}).domains[0]).toMatchObject({
      key: 'cost-optimized',
      correct: 4,
      total: 6,
    })
  })

  it('a lone area below the pass mark is still weak', () => {
    const bad = [record(0, {wrong: bank.map((q) => q.id)}), record(1, {wrong: bank.map((q) => q.id)})]
    expect(weakestAreas(bad, {minSamples: 7}).services).toMatchObject([{key: 'iam', correct: 0, total: 12}])
  })
})

describe('historyView', () => {
  it('tracks seen, recent misses, flags and the latest results per question', () => {
    const records = [
      record(0, {wrong: ['sec-0'], flag: ['sec-1']}),
      record(1, {skip: ['sec-2']}),
      record(2, {}),
      record(3, {finish: false, wrong: ['sec-3']}),
    ]
    const view = historyView(records, {recentSessions: 2})
    expect(view.questions.get('sec-0')).toMatchObject({
      seen: 3,
      correct: 2,
      lastResults: [false, true, true],
      missedRecently: false,
      everFlagged: false,
    })
    expect(view.questions.get('sec-1')).toMatchObject({everFlagged: true, missedRecently: false})
    expect(view.questions.get('sec-2')).toMatchObject({missedRecently: true, lastResults: [true, false, true]})
    expect(view.questions.get('sec-3')?.missedRecently).toBe(false)
    expect(historyView(records, {keepResults: 1}).questions.get('sec-0')?.lastResults).toEqual([true])
    expect(historyView([]).questions.size).toBe(0)
  })
})

describe('suggestNext', () => {
  it('asks for a baseline exam when there is no history', () => {
    expect(suggestNext([])).toMatchObject({mode: 'exam', select: {count: 65}, command: 'edgewise exam'})
  })

  it('points at the weakest area below 72%', () => {
    const domainWeak = suggestNext([record(0, {wrong: costIds})])
    expect(domainWeak).toMatchObject({mode: 'practice', select: {domain: 'cost-optimized'}})
    expect(domainWeak.message).toBe('Practise the cost-optimized domain: 0 of 6 right (0%) so far.')
    expect(domainWeak.command).toBe('edgewise exam --mode practice --count 15 --domain cost-optimized')
    const serviceWeak = suggestNext([
      record(0, {wrong: ['cost-0', 'cost-1', 'cost-2']}),
      record(1, {wrong: ['cost-0', 'cost-1']}),
    ])
    expect(serviceWeak).toMatchObject({select: {service: 'ec2-spot'}})
  })

  it('falls back to missed questions, then to a full exam', () => {
    expect(suggestNext([record(0, {wrong: ['sec-0']})])).toMatchObject({
      select: {only: 'missed', count: 1},
      command: 'edgewise exam --mode practice --count 1 --only missed',
    })
    expect(suggestNext([record(0)])).toMatchObject({mode: 'exam', select: {count: 65}})
  })
})
