import {describe, expect, it} from 'vitest'

import {scoreSession} from '../../src/core/exam/score.js'
import {testedServices} from '../../src/core/exam/tested-services.js'
import {bundledKnowledge} from '../helpers/knowledge.js'
import {sessionOf, single} from './builders.js'

const kb = await bundledKnowledge()

describe('the services a question tests', () => {
  const rebalancing = single('rebalancing', {
    stem: 'Stateless workers run on Spot Instances. The company wants replacements to start before instances are reclaimed.',
    options: [
      {text: 'Switch the whole worker fleet to On-Demand Instances', correct: false},
      {text: 'Buy Convertible Reserved Instances for the worker fleet', correct: false},
      {text: 'Run the workers in an Auto Scaling group with Capacity Rebalancing turned on', correct: true},
      {text: 'Move the workers to Amazon EC2 Dedicated Hosts', correct: false},
    ],
    services: ['ec2-auto-scaling', 'ec2-spot', 'ec2-on-demand', 'reserved-instances', 'dedicated-hosts'],
  })

  it('leaves out services only a wrong option names', () => {
    expect(testedServices(rebalancing, kb.catalog)).toEqual(['ec2-auto-scaling', 'ec2-spot'])
  })

  it('keeps listed services the text never names (the author says they are tested)', () => {
    const q = single('shadow', {
      stem: 'Devices drop offline; settings must reach them when they reconnect.',
      services: ['iot-core', 'lambda-at-edge'],
      options: [
        {text: 'A device shadow for each thermostat', correct: true},
        {text: 'Lambda@Edge functions at edge locations', correct: false},
      ],
    })
    expect(testedServices(q, kb.catalog)).toEqual(['iot-core'])
  })

  it('a miss counts against the tested services only, in the result', () => {
    const {session, byId} = sessionOf([rebalancing])
    const answered = {...session, answers: {rebalancing: {selected: [3], answeredAtSeconds: 0, secondsSpent: 20}}}
    const score = scoreSession(answered, byId, {servicesOf: (q) => testedServices(q, kb.catalog)})
    expect(score.byService.map((b) => b.key)).toEqual(['ec2-auto-scaling', 'ec2-spot'])
    expect(scoreSession(answered, byId).byService).toHaveLength(5)
  })
})
