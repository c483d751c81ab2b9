import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Readings that sets 318 and 322 (measured unseen first) showed missing or
 * wrong: "each request completes in less than 1 second" is how long the work
 * takes, not a CloudFront viewer event nor a latency target; an API that gets
 * "almost no requests for most of the day" and "occasionally receives bursts"
 * is spiky (but a CPU graph with "occasional spikes" says nothing of the
 * load); and an email "if the share of the Savings Plans commitment actually
 * used falls below 90%" is a budget alert on utilization. Our own sentences;
 * each test failed before its change.
 */
describe('solve reads durations, bursts and alerts on commitment use', async () => {
  const {solve, read} = await solveHelpers()

  it('how long each request takes is a duration, not an edge event or a latency target', () => {
    const duration = read('Each request finishes in under a second.')
    expect(duration.cdnEvent).toBeUndefined()
    expect(duration.latency).toBeUndefined()
    expect(read('A CloudFront function must inspect each request.').cdnEvent).toBe('viewer-request')
    expect(read('Users must get a response in under a second.').latency).toBe('moderate')
  })

  it('near-silence with occasional bursts is spiky; occasional CPU spikes are not a load pattern', () => {
    expect(read('The quiz API gets almost no requests for most of the week and now and then receives sudden bursts from a classroom.').loadPattern).toBe('spiky')
    expect(read('The store sees occasional bursts of thousands of orders.').loadPattern).toBe('spiky')
    expect(read('Average CPU utilization is 6% with occasional spikes during backups.').loadPattern).toBeUndefined()
  })

  it('an email when the used share of a commitment falls below a threshold is a budget alert', () => {
    expect(read('Finance wants an email alert whenever the portion of the Reserved Instances actually used drops below 85%.').costManagementNeed).toBe('budget-alerts')
    const s = solve(
      'A media company holds several Compute Savings Plans. Its cloud finance team wants an automatic email if the share of the Savings Plans commitment that is actually used falls below 85% in a month. Which solution needs the LEAST effort?',
      [
        'Create a CloudWatch alarm on the EstimatedCharges billing metric',
        'Turn on AWS Compute Optimizer and read its findings every month',
        'Open the Savings Plans utilization report in Cost Explorer each week and check it by hand',
        'Create a Savings Plans utilization budget in AWS Budgets with an 85% alert threshold',
      ],
    )
    expect(s.answer).toEqual(['D'])
  })
})
