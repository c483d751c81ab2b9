import {describe, expect, it} from 'vitest'

import {splitSegments} from '../../src/core/extract/segments.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

const sentences = (text: string) => splitSegments(text).map((s) => text.slice(s.start, s.end).trim())

/**
 * A full stop inside a closing quote or bracket ends its sentence: `…this." Which…?` is two sentences. Before, the
 * quoted sentence and the question were read as one, so a quoted complaint ("the most expensive way to run it") made
 * the question itself look like one that asks for the worst option. Our own sentences; each test failed before the
 * change.
 */
describe('a quoted sentence ends at its full stop', async () => {
  const {solve} = await solveHelpers()

  it('splits after a full stop, question mark or semicolon inside a closing quote or bracket', () => {
    expect(sentences('The CFO wrote, "We pay too much." Which option helps?')).toEqual([
      'The CFO wrote, "We pay too much."',
      'Which option helps?',
    ])
    expect(sentences('It runs nightly (about 2 hours.) It can be interrupted.')).toEqual([
      'It runs nightly (about 2 hours.)',
      'It can be interrupted.',
    ])
    expect(sentences('The lead asked \u201Cwhy so costly?\u201D Nobody knew.')).toHaveLength(2)
    // An abbreviation's full stop still ends nothing.
    expect(sentences('Use a cheaper option (e.g. Spot) for the batch.')).toHaveLength(1)
  })

  it('a quoted "most expensive" complaint does not turn the question into one that asks for the worst option', () => {
    const s = solve(
      'A media company renders video every night in a batch that takes about 3 hours. The renders can be interrupted and restarted at any time. The finance lead wrote, "Our On-Demand render fleet is the most expensive way to run this." Which purchasing option lowers the cost of the nightly renders the most?',
      [
        'Run the render fleet on Spot Instances',
        'Buy 3-year All Upfront Standard Reserved Instances for the render fleet',
        'Keep the render fleet on On-Demand Instances',
        'Move the render fleet to Dedicated Hosts',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })
})
