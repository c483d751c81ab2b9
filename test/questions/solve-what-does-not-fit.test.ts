import {describe, expect, it} from 'vitest'

import {renderSolution} from '../../src/ui/render-solution.js'
import {makeStyle} from '../../src/ui/style.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * "Which option does NOT meet the requirements?" is answered with the option that breaks a requirement the stem states,
 * but only when exactly as many options as asked for break one and every other option is one edgewise can judge whole
 * and finds clean. Our own sentences; each test failed before the change (every negative question abstained).
 */
describe('solve answers which option does not fit only when it is plain', async () => {
  const {solve} = await solveHelpers()
  const stem =
    'Every night a media company transcodes its new uploads. Each file takes about 40 minutes to process, and a job that is interrupted can simply be started again. Which compute choice does NOT meet the requirements?'
  const options = ['AWS Lambda functions, one per file', 'EC2 Spot Instances in an Auto Scaling group', 'AWS Batch with a Spot compute environment', 'Amazon ECS tasks on Fargate Spot']

  it('answers with the one option that breaks a stated requirement, and says why', () => {
    const s = solve(stem, options)
    expect(s.abstained).toBe(false)
    expect(s.answer).toEqual(['A'])
    expect(s.asksWhatDoesNotFit).toBe(true)
    const text = renderSolution(s, makeStyle({columns: 200}, {NO_COLOR: '1'}))
    expect(text).toContain('Why: the question asks which option does not fit; A breaks a requirement the question states')
  })

  it('abstains when another option rests on a product outside the catalog, which might be the one that does not fit', () => {
    const s = solve(stem, [options[0]!, options[1]!, 'Amazon EMR with Spot task nodes', options[3]!])
    expect(s.abstained).toBe(true)
    expect(s.uncertain).toMatch(/option C may not fit either/)
    expect(s.standing).toEqual(['A', 'C'])
  })

  it('abstains when the number that break a requirement is not the number asked for', () => {
    const s = solve(stem, options, 2)
    expect(s.abstained).toBe(true)
    expect(s.uncertain).toMatch(/1 option breaks a requirement the question states, but it asks for 2/)
  })

  it('does not answer "the LEAST cost-effective": every option may work there, at a price', () => {
    const s = solve(stem.replace('does NOT meet the requirements', 'is the LEAST cost-effective'), options)
    expect(s.abstained).toBe(true)
    expect(s.uncertain).toMatch(/edgewise judges what fits/)
  })

  it('a question for what fits is not marked as asking what does not', () => {
    expect(solve(stem.replace('does NOT meet', 'meets'), options).asksWhatDoesNotFit).toBe(false)
  })
})
