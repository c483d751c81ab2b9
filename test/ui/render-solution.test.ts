import {describe, expect, it} from 'vitest'

import {renderSolution} from '../../src/ui/render-solution.js'
import {makeStyle} from '../../src/ui/style.js'
import {solveHelpers} from '../helpers/solve-helpers.js'

const style = makeStyle({columns: 200}, {NO_COLOR: '1'})

describe('solve text output', async () => {
  const {solve} = await solveHelpers()

  it('shows a caution as counting against its option, even after three reasons for it', () => {
    const text = renderSolution(
      solve(
        'A back-office API is called a few times an hour, and cold starts do not matter to its users. The team wants the lowest cost. How should it run?',
        ['AWS Lambda functions', 'AWS Lambda functions with provisioned concurrency kept on all day'],
      ),
      style,
    )
    const optionB = text.slice(text.indexOf('B. AWS Lambda'))
    expect(optionB).toContain('! Provisioned concurrency is billed for every hour')
    expect(text).not.toContain('+ but:')
  })
})
