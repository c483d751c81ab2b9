import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * A service named inside quotation marks names an event, a check or a metric the option acts on. Unseen set 301
 * asked how Fargate Spot tasks learn of an interruption; solve chose 'an EventBridge rule for the "EC2 Spot Instance
 * Interruption Warning" event' because the quoted event name earned Spot's fits. Our own sentences; the first test
 * failed before quoted names were set aside.
 */
describe('solve: a service inside a quoted name is not proposed', async () => {
  const {solve} = await solveHelpers()
  const services = (s: ReturnType<typeof solve>, i: number) => s.options[i]!.services.map((named) => named.service)

  it('a quoted event name proposes nothing; the same words unquoted do', () => {
    const s = solve('A render farm runs fault-tolerant frames that can restart at any time. What should the team do to cut cost?', [
      'Subscribe an Amazon SNS topic to the "EC2 Spot Instance Interruption Warning" event.',
      'Run the frames on Spot Instances.',
    ])
    expect(services(s, 0)).not.toContain('ec2-spot')
    expect(services(s, 1)).toContain('ec2-spot')
  })

  it('typographic quotes count as quotes', () => {
    const s = solve('A render farm runs fault-tolerant frames. What should the team do?', [
      'Alert on the “EC2 Spot Instance Interruption Warning” event.',
      'Run the frames on Spot Instances.',
    ])
    expect(services(s, 0)).not.toContain('ec2-spot')
  })
})
