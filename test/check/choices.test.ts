import {describe, expect, it} from 'vitest'

import {polarityInSentence, type PolarityOptions} from '../../src/core/check/choices.js'

const chosenInSentence = (sentence: string, service: string, options: PolarityOptions = {}) =>
  polarityInSentence(sentence, sentence.indexOf(service), sentence.indexOf(service) + service.length, options) ===
  'chosen'

describe('chosenInSentence', () => {
  // [sentence, service, chosen?]: ways of choosing a service and of setting one aside.
  const CASES: [string, string, boolean][] = [
    ['We considered Lambda but chose Fargate.', 'Lambda', false],
    ['We considered Lambda but chose Fargate.', 'Fargate', true],
    ['We will use Fargate rather than Lambda.', 'Lambda', false],
    ["We'll put the cache in the AWS Local Zone in New York.", 'Local Zone', true],
    ['We went with AWS Fargate for the API.', 'AWS Fargate', true],
    ['We picked AWS Fargate.', 'AWS Fargate', true],
    ['We opted for AWS Fargate.', 'AWS Fargate', true],
    ['We settled on AWS Fargate.', 'AWS Fargate', true],
    ["We're adopting AWS Fargate.", 'AWS Fargate', true],
    ['AWS Fargate was selected.', 'AWS Fargate', true],
    ['AWS Fargate will host the API.', 'AWS Fargate', true],
    ['The API runs on AWS Fargate.', 'AWS Fargate', true],
    ['Our choice is AWS Fargate.', 'AWS Fargate', true],
    ['AWS Lambda was considered but rejected.', 'AWS Lambda', false],
    ['We dismissed AWS Lambda because of the timeout.', 'AWS Lambda', false],
    ['AWS Lambda is out because of the 15-minute limit.', 'AWS Lambda', false],
    ['We will not use AWS Lambda.', 'AWS Lambda', false],
    ["We don't pick AWS Lambda for this.", 'AWS Lambda', false],
    ['Instead of AWS Lambda we use AWS Fargate.', 'AWS Lambda', false],
    ['Instead of AWS Lambda we use AWS Fargate.', 'AWS Fargate', true],
    ['We chose AWS Fargate over AWS Lambda.', 'AWS Lambda', false],
    ['We chose AWS Fargate, not AWS Lambda.', 'AWS Lambda', false],
    ['Unlike AWS Lambda, AWS Fargate has no time limit, so we use it.', 'AWS Lambda', false],
    ['We decided against AWS Lambda.', 'AWS Lambda', false],
    ['AWS Lambda was too slow to start, so we moved to AWS Fargate.', 'AWS Lambda', false],
    ['AWS Lambda was too slow to start, so we moved to AWS Fargate.', 'AWS Fargate', true],
    ['Fargate is too expensive for this, so we use EC2 Spot.', 'Fargate', false],
    [
      'We previously ran these on Spot Instances and lost work, so we now use On-Demand Instances.',
      'Spot Instances',
      false,
    ],
    [
      'We previously ran these on Spot Instances and lost work, so we now use On-Demand Instances.',
      'On-Demand Instances',
      true,
    ],
    ['We used to run the API on EC2; it moves to Fargate.', 'EC2', false],
    ['An Auto Scaling group is used to run the workers on Spot Instances.', 'Spot Instances', true],
    ['Fargate is too expensive for this, so we use EC2 Spot.', 'EC2 Spot', true],
  ]
  it.each(CASES)('%s — %s chosen: %s', (sentence, service, chosen) => {
    expect(chosenInSentence(sentence, service, {leading: true})).toBe(chosen)
  })
})

describe('chosenInSentence in prose outside any decision section (a cue is required)', () => {
  const CASES: [string, string, boolean][] = [
    [
      'In the context of the archive, facing three-hour jobs, we decided for AWS Lambda and neglected AWS Batch.',
      'AWS Lambda',
      true,
    ],
    [
      'In the context of the archive, facing three-hour jobs, we decided for AWS Lambda and neglected AWS Batch.',
      'AWS Batch',
      false,
    ],
    ['We dropped cron in favour of AWS Fargate.', 'AWS Fargate', true],
    ['The team wants to move to AWS Lambda.', 'AWS Lambda', true],
    ['AWS Fargate was chosen for the API.', 'AWS Fargate', true],
    ['AWS Lambda came up in the discussion.', 'AWS Lambda', false],
    ['AWS Lambda has a 15-minute limit.', 'AWS Lambda', false],
    ['AWS Lambda is an option we may look at later.', 'AWS Lambda', false],
  ]
  it.each(CASES)('%s — %s chosen: %s', (sentence, service, chosen) => {
    expect(chosenInSentence(sentence, service, {cueRequired: true})).toBe(chosen)
  })
})
