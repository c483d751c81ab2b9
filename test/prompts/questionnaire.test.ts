import {screen} from '@inquirer/testing/vitest'
import {describe, expect, it} from 'vitest'

import {WORKLOAD} from '../../src/core/knowledge/profile.js'
import {runQuestionnaire} from '../../src/prompts/questionnaire.js'

/** Answers the first question by position, then skips everything else; returns every question asked. */
async function answerWorkloadThenSkip(workloadIndex: number, clientsIndex?: number) {
  const asked: string[] = []
  const done = runQuestionnaire()
  let finished = false
  void done.then(() => (finished = true))
  for (let step = 0; step < 60 && !finished; step++) {
    const text = screen.getScreen()
    asked.push(text.split('\n')[0] ?? '')
    if (/What kind of workload/.test(text)) {
      for (let i = 0; i < workloadIndex; i++) screen.keypress('down')
    } else if (/Who or what are the clients/.test(text) && clientsIndex !== undefined) {
      for (let i = 0; i < clientsIndex; i++) screen.keypress('down')
    } else if (/skip \/ not sure/.test(text)) {
      screen.keypress('up') // the list loops: up from the first choice is "skip"
    }
    screen.keypress('enter')
    await Promise.race([screen.next(), done])
  }
  return {result: await done, asked}
}

describe('the interactive questionnaire', () => {
  it('asks about CloudFront events for CDN logic, and records the answers', async () => {
    const {result, asked} = await answerWorkloadThenSkip(WORKLOAD.indexOf('edge-request-logic'))
    expect(result.profile).toEqual({workload: 'edge-request-logic'})
    expect(asked.some((q) => /Which CloudFront event/.test(q))).toBe(true)
    expect(asked.some((q) => /read the request body/.test(q))).toBe(true)
    expect(result.savePath).toBeUndefined()
  })

  it('does not ask CDN questions for an IoT workload, but asks about connectivity', async () => {
    const {result, asked} = await answerWorkloadThenSkip(WORKLOAD.indexOf('ml-inference'), 0)
    expect(result.profile).toEqual({workload: 'ml-inference', clients: 'iot-devices'})
    expect(asked.some((q) => /CloudFront event|request body/.test(q))).toBe(false)
    expect(asked.some((q) => /connected to an AWS Region/.test(q))).toBe(true)
  })
})
