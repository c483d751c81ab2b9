import {screen, wrapPrompt} from '@inquirer/testing/vitest'
import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it, vi} from 'vitest'

import {RESIDENCY, WORKLOAD} from '../../src/core/knowledge/profile.js'
import {runQuestionnaire} from '../../src/prompts/questionnaire.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

// Our own prompts go through the test screen like the library's.
vi.mock('../../src/prompts/step-prompts.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/prompts/step-prompts.js')>()
  return {
    ...actual,
    chooseStep: wrapPrompt(actual.chooseStep),
    pickAnyStep: wrapPrompt(actual.pickAnyStep),
    textStep: wrapPrompt(actual.textStep),
  }
})

const kb = await bundledKnowledge()

/**
 * Plays keys against whatever question is on screen: `answers` maps a
 * question's text to the keys for it; anything else is skipped (the last
 * choice, reached with ↑ since lists wrap; Enter on an empty text field).
 */
async function play(answers: [RegExp, string[]][]) {
  const asked: string[] = []
  const done = runQuestionnaire(kb)
  const state = {finished: false}
  const finish = () => {
    state.finished = true
  }
  done.then(finish, finish)
  for (let step = 0; step < 40 && !state.finished; step++) {
    while (!/\?/.test(screen.getScreen()) && !state.finished) await sleep(10)
    if (state.finished) break
    const text = screen.getScreen()
    asked.push(text.split('\n')[0] ?? '')
    const match = answers.find(([pattern]) => pattern.test(text.split('\n')[0] ?? ''))
    if (match) answers.splice(answers.indexOf(match), 1)
    for (const key of match?.[1] ?? (/skip \/ not sure/.test(text) ? ['up', 'enter'] : ['enter'])) screen.keypress(key)
    await Promise.race([screen.next(), done])
  }
  return {result: await done, asked}
}

const downs = (n: number) => Array.from({length: n}, () => 'down')

describe('the interactive questionnaire', () => {
  it('asks about CloudFront events for CDN logic, and records the answers', async () => {
    const {result, asked} = await play([
      [/What kind of workload/, [...downs(WORKLOAD.indexOf('edge-request-logic')), 'enter']],
    ])
    expect(result.profile).toEqual({workload: 'edge-request-logic'})
    expect(asked.some((q) => /Which CloudFront event/.test(q))).toBe(true)
    expect(result.savePath).toBeUndefined()
  })

  it('goes back with Esc: the earlier question comes again with its answer, and a new answer replaces it', async () => {
    const {result, asked} = await play([
      [/What kind of workload/, [...downs(WORKLOAD.indexOf('api')), 'enter']],
      [/Who or what are the clients/, ['escape']],
      // Back on the workload question, the cursor starts on the answer given (API): two down is batch.
      [/What kind of workload/, [...downs(WORKLOAD.indexOf('batch') - WORKLOAD.indexOf('api')), 'enter']],
    ])
    expect(result.profile.workload).toBe('batch')
    expect(asked.filter((q) => /What kind of workload/.test(q))).toHaveLength(2)
  })

  it('flags an answer that contradicts an earlier one, and lets it be changed', async () => {
    const {result, asked} = await play([
      [/Where must the data stay/, [...downs(RESIDENCY.indexOf('on-premises')), 'enter']],
      [/own data center or site to host AWS hardware/, ['down', 'enter']],
      [/That contradicts an earlier answer/, ['enter']],
      [/own data center or site to host AWS hardware/, ['up', 'enter']],
    ])
    expect(
      asked.some((q) => /That contradicts an earlier answer: The data must stay in your own data center/.test(q)),
    ).toBe(true)
    expect(result.profile).toMatchObject({residency: 'on-premises', ownFacility: true})
  })

  it('does not ask CDN questions for an IoT workload, but asks about connectivity', async () => {
    const {result, asked} = await play([
      [/What kind of workload/, [...downs(WORKLOAD.indexOf('ml-inference')), 'enter']],
      [/Who or what are the clients/, ['enter']],
    ])
    expect(result.profile).toEqual({workload: 'ml-inference', clients: 'iot-devices'})
    expect(asked.some((q) => /CloudFront event|request body/.test(q))).toBe(false)
    expect(asked.some((q) => /connected to an AWS Region/.test(q))).toBe(true)
  })
})
