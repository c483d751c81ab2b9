import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * `solve` on questions written the way public banks write them (our own
 * words): it answers when the evidence separates the options, and otherwise
 * says it cannot tell, with no letter, the options still standing and what
 * would separate them. One test per failure kind of issue "solve on real exam
 * questions".
 */
describe('solve answers when sure and says so when not', async () => {
  const {solve} = await solveHelpers()

  it('1. a tie gives no letter, lists what still stands and what would separate it', () => {
    const s = solve('A startup needs compute for a new internal service. Which option should it choose?', ['AWS Fargate', 'AWS Lambda', 'Amazon EC2 Auto Scaling', 'AWS Batch'])
    expect(s.abstained).toBe(true)
    expect(s.answer).toEqual([])
    expect(s.standing.length).toBeGreaterThan(1)
    expect(s.separating).toMatch(/does not state/)
  })

  it('3. in a choose-two question the stem’s facts hold for every option', () => {
    const stem = 'A research lab runs a nightly job that takes about 30 minutes and can be restarted from its last checkpoint if interrupted. The lab wants the MOST cost-effective compute. (Select TWO)'
    const s = solve(stem, ['AWS Lambda functions', 'EC2 Spot Instances', 'An Auto Scaling group of Spot Instances with a capacity-optimized allocation strategy', 'A three-year Reserved Instance', 'AWS Outposts'], 2)
    expect(s.options[0]!.violations.map((v) => v.rule)).toContain('lambda.max-timeout')
    expect(s.answer).not.toContain('A')
  })

  it('4. Lambda@Edge is the answer for an authorization check at CloudFront that calls a service', () => {
    const s = solve(
      'A media company delivers paid videos through Amazon CloudFront. Each viewer must be authorized before a video is delivered, by checking a token against the subscription service. Which solution meets the requirement with the LEAST operational overhead?',
      ['Use Lambda@Edge on the viewer request to validate the token with the subscription service', 'Use CloudFront Functions to call the subscription service', 'Route all requests through EC2 instances behind an Application Load Balancer', 'Use AWS Global Accelerator'],
    )
    expect(s.answer).toEqual(['A'])
  })

  it('5. "continuous processing is not required" is not stream processing', () => {
    const s = solve('Continuous processing is not required: the analytics team only needs a summary report once a day. Which service should run the report?', ['Amazon Kinesis', 'AWS Lambda', 'A fleet of EC2 instances', 'AWS Fargate'])
    expect(s.profile.workload).not.toBe('stream-processing')
  })

  it('5. Spot is read from the ways exams describe spare capacity and restartable work', () => {
    const stem = 'A video company transcodes uploads in jobs of about 40 minutes. If an instance is terminated, another instance reprocesses the job, and the jobs have flexible start and end times. Which purchasing option is MOST cost-effective?'
    const s = solve(stem, ['On-Demand Instances', 'Spot Instances', 'A three-year All Upfront Reserved Instance', 'Dedicated Hosts'])
    expect(s.profile.interruptionTolerant).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('5. work that another machine picks up when its process is cut off, or that recovers from losing nodes, tolerates Spot', () => {
    const options = ['Reserved Instances', 'Spot Instances', 'Dedicated Instances', 'On-Demand Instances']
    const handedOver = solve(
      'A lab renders frames from a shared work queue on EC2. If a render process is stopped, the frame goes back to the queue and is finished by another worker. The lab wants to clear a month of backlog as cheaply as possible.',
      options,
    )
    expect(handedOver.profile.interruptionTolerant).toBe(true)
    expect(handedOver.answer).toEqual(['B'])
    const recovers = solve(
      'A genomics pipeline spreads its steps over many EC2 instances, and its scheduler recovers automatically from EC2 instance failures. Which option runs it at the LOWEST cost?',
      options,
    )
    expect(recovers.profile.interruptionTolerant).toBe(true)
    expect(recovers.answer).toEqual(['B'])
  })

  it('a setup in one sentence and the traffic in the next: private subnets that write to S3 want a gateway endpoint', () => {
    const s = solve(
      'A hospital runs its imaging workers on EC2 instances in private subnets. Every hour they write scan archives to Amazon S3. Which option keeps that traffic off the internet MOST cost-effectively?',
      ['A NAT gateway in each Availability Zone', 'An S3 interface endpoint', 'An S3 gateway endpoint', 'Public IP addresses on the instances'],
    )
    expect(s.profile.privateSubnetTraffic).toBe('s3-or-dynamodb')
    expect(s.answer).toEqual(['C'])
  })

  it('cost history compared over months is Cost Explorer, with no setup', () => {
    const s = solve(
      'After a price change, a finance lead wants a chart that compares the past three months of Amazon ECS and AWS Fargate spending, split by service, with the LEAST setup. What should the team use?',
      ['AWS Budgets with a monthly budget per service', 'AWS Cost Explorer', 'The AWS Cost and Usage Report loaded into Amazon Athena', 'AWS Compute Optimizer'],
    )
    expect(s.profile.costManagementNeed).toBe('explore-and-forecast')
    expect(s.answer).toEqual(['B'])
  })

  it('a spending limit per account is AWS Budgets', () => {
    const s = solve(
      'A university gives every student an AWS account for coursework and must cap the costs that students run up, with the LEAST effort. What should it do?',
      ['Create a budget with alerts for each student account in AWS Budgets', 'Review AWS Cost Explorer every week', 'Turn on AWS Compute Optimizer', 'Tag every resource with the student name'],
    )
    expect(s.profile.costManagementNeed).toBe('budget-alerts')
    expect(s.answer).toEqual(['A'])
  })

  it('plain statements of three Task 4.2 needs: per-core licences, path routing, right-sizing from utilization', () => {
    const licence = solve('An engineering firm runs a CAD licence server whose licence is bound to the number of physical sockets. Where should it run on EC2?', [
      'On Dedicated Hosts',
      'On Dedicated Instances',
      'On Spot Instances',
      'On instances covered by a Compute Savings Plan',
    ])
    expect(licence.profile.licensing).toBe('per-socket-or-core')
    expect(licence.answer).toEqual(['A'])
    const routing = solve('A shop must route incoming HTTP requests for /cart and /search to separate container services based on the request path.', [
      'A Network Load Balancer',
      'An Application Load Balancer',
      'A Gateway Load Balancer',
      'AWS Global Accelerator',
    ])
    expect(routing.profile.contentRouting).toBe(true)
    expect(routing.answer).toEqual(['B'])
    const sizing = solve('Finance asks which are the right instance types for each workload, judged from the last month of CPU and memory utilization.', [
      'AWS Compute Optimizer',
      'AWS Budgets',
      'Cost allocation tags',
      'AWS Cost and Usage Report',
    ])
    expect(sizing.profile.costManagementNeed).toBe('rightsizing')
    expect(sizing.answer).toEqual(['A'])
  })

  it('an edge function as one part of a web application is not ruled out by the words "web application"', () => {
    const s = solve(
      'A publisher runs a members-only web application for readers in many countries and wants a serverless way to authorize readers close to them.',
      ['Amazon CloudFront with Lambda@Edge for authorization', 'An Application Load Balancer in one Region with AWS Lambda targets', 'Amazon EC2 instances in one Availability Zone', 'AWS Outposts'],
    )
    expect(s.profile.workload).toBe('web-app')
    expect(s.options[0]!.violations.map((v) => v.rule)).not.toContain('lambda-at-edge.cdn-only')
  })

  it('"4 vCPU and 16 GB" is a task size: 16 GB of memory, not 16 GB of data', () => {
    const s = solve(
      'A team runs containers and wants no servers or clusters to manage. Each task needs 4 vCPU and 16 GB. Which service fits?',
      ['AWS Lambda', 'AWS Fargate', 'EC2 Dedicated Hosts', 'AWS Outposts'],
    )
    expect(s.profile.memoryMb).toBe(16_384)
    expect(s.profile.dataVolume).toBeUndefined()
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
    expect(s.answer).not.toContain('A')
  })

  it('paying for idle hours is read from "stop paying for … on nights and weekends"', () => {
    const s = solve('A studio wants to stop paying for its render test boxes on nights and weekends, without touching the software.', [
      'Instance Scheduler on AWS',
      'A three-year Compute Savings Plan',
      'Dedicated Hosts',
      'Larger instances',
    ])
    expect(s.profile.idleOutOfHours).toBe(true)
    expect(s.answer).toEqual(['A'])
  })

  it('6. a multi-step option is judged by each step: one broken step sinks it', () => {
    const stem = 'Each report takes about two hours to build. Which solution should the team use?'
    const s = solve(stem, ['Use Amazon EventBridge to start AWS Lambda functions that build the reports', 'Use AWS Batch on AWS Fargate to build the reports', 'Use CloudFront Functions to build the reports', 'Use Lambda@Edge to build the reports'])
    expect(s.options[0]!.violations.length).toBeGreaterThan(0)
    expect(s.options[0]!.outside).toContain('Amazon EventBridge')
  })

  it('migration and licence tools outside the catalog are named as such', () => {
    const s = solve('Before it migrates, a company wants a business case built from the measured use of its on-premises servers. What should it use?', [
      'Migration Evaluator',
      'AWS Application Migration Service',
      'AWS Migration Hub with AWS Application Discovery Service',
      'AWS License Manager',
    ])
    expect(s.options.map((o) => o.outside)).toEqual([
      ['Migration Evaluator'],
      ['AWS Application Migration Service'],
      ['AWS Application Discovery Service', 'AWS Migration Hub'],
      ['AWS License Manager'],
    ])
    expect(s.abstained).toBe(true)
  })
  it('7. cost tools outside the catalog are named as such, not as "no service edgewise knows"', () => {
    const s = solve('Finance wants an alert when one service’s spend departs from its usual pattern. What should it use?', [
      'AWS Cost Anomaly Detection with a monitor for each AWS service',
      'AWS Cost Optimization Hub',
      'AWS Billing Conductor pricing groups',
      'An estimate in the AWS Pricing Calculator',
    ])
    expect(s.options.map((o) => o.outside)).toEqual([['AWS Cost Anomaly Detection'], ['AWS Cost Optimization Hub'], ['AWS Billing Conductor'], ['AWS Pricing Calculator']])
  })

  it('7. an option outside the catalog keeps the question open unless the facts call strongly for another', () => {
    const s = solve('A company must decouple its order intake from processing. Order volume is spiky and unpredictable, and bursts must not be lost. Which service should it use?', ['Amazon SQS', 'AWS Lambda', 'AWS Global Accelerator', 'Amazon CloudFront'])
    expect(s.abstained).toBe(true)
    expect(s.uncertain).toMatch(/Amazon SQS, outside what edgewise knows/)
    expect(s.standing).toContain('A')
  })

  it('8. a fact-recall question whose options name no service is not guessed', () => {
    const s = solve('Which payment option gives the largest discount for a Reserved Instance?', ['No Upfront', 'Partial Upfront', 'All Upfront', 'Monthly invoicing'])
    expect(s.abstained).toBe(true)
    expect(s.answer).toEqual([])
  })

  it('asks which option does NOT fit: the one option that breaks a stated requirement, when every other is clean', () => {
    const s = solve('A job runs for three hours. Which service can NOT run it?', ['AWS Lambda', 'AWS Fargate', 'AWS Batch', 'Amazon EC2 Auto Scaling'])
    expect(s.asksWhatDoesNotFit).toBe(true)
    expect(s.answer).toEqual(['A'])
  })
  it('a question whose options are statements to be judged true or false is not answered from fits', () => {
    const s = solve(
      'A company holds a 3-year EC2 Instance Savings Plan for the c6i family in one Region. Half of the workload moves to c7g instances in the same Region. Which statement about the existing commitment is correct?',
      [
        'The discount moves to the c7g instances because both are compute optimized families.',
        'The plan keeps applying only to c6i usage; c7g usage is billed On-Demand unless another commitment covers it.',
        'AWS turns the plan into a Compute Savings Plan when c6i usage falls.',
        'The plan can be exchanged for a c7g plan of equal value.',
      ],
    )
    expect(s.abstained).toBe(true)
    expect(s.uncertain).toMatch(/statements/)
  })
  it('an inverted question in lower case, or asking for the choice to avoid, is answered by what breaks; the least cost-effective is not answered', () => {
    const options = ['Run the job on AWS Lambda.', 'Run the job on AWS Fargate.', 'Run the job on AWS Batch with Spot Instances.', 'Run the job on On-Demand Instances.']
    const job = 'A retryable job runs for three hours each night and can be interrupted.'
    for (const question of [
      'Which option does not meet these requirements?',
      'Which of these choices would not work?',
      'Which solution is the LEAST cost-effective?',
      'Which approach should the architect avoid?',
    ]) {
      const s = solve(`${job} ${question}`, options)
      expect(s.asksWhatDoesNotFit, question).toBe(true)
      // Every option may work at a price, so the least cost-effective is not what breaks a requirement.
      expect(s.answer, question).toEqual(/LEAST/.test(question) ? [] : ['A'])
    }
    // A "not" in the requirements is no inversion of the question.
    expect(solve(`${job} Which option meets these requirements and does not require a server to manage?`, options).uncertain ?? '').not.toMatch(/does not fit/)
  })
  it('a capitalised NOT in a requirement is part of the scenario; in the asking sentence it inverts the question', () => {
    const options = ['Run the ledger on Spot Instances.', 'Run the ledger on On-Demand Instances.']
    const ledger = 'A ledger service runs on one EC2 instance. It must NOT be interrupted while the books are open.'
    const plain = solve(`${ledger} Which purchasing option meets this requirement?`, options)
    expect(plain.uncertain ?? '').not.toMatch(/does not fit/)
    expect(plain.answer).toEqual(['B'])
    for (const question of ['Which purchasing option would NOT meet this requirement? (Choose one.)', 'All of these are valid EXCEPT which one?']) {
      const inverted = solve(`${ledger} ${question}`, options)
      expect(inverted.asksWhatDoesNotFit, question).toBe(true)
      expect(inverted.answer, question).toEqual(['A'])
    }
  })
  it('on a least-overhead question, an option that asks for hand-written scripts loses to the platform that does that work', () => {
    const s = solve(
      'A team ships a Python web application and wants AWS to run the servers, the load balancer, scaling and operating system updates for it, while the developers can still log in to the instances. Which option meets these requirements with the LEAST operational overhead?',
      [
        'Create an Auto Scaling group and an Application Load Balancer, and write custom scripts that patch the instances each week',
        'Deploy the application to AWS Elastic Beanstalk with managed platform updates',
        'Run the application on one large instance and patch it by hand',
        'Package it as a container and run a self-managed Kubernetes cluster on EC2',
      ],
    )
    expect(s.options[0]!.reasons[0]).toMatch(/^but: .*by hand/)
    expect(s.answer).toEqual(['B'])
  })
  it('a fact the stem states both ways abstains when the answer depends on which reading is meant', () => {
    const options = ['EC2 Spot Instances', 'EC2 On-Demand Instances', 'AWS Outposts', 'AWS Wavelength']
    const s = solve('A lab runs a nightly simulation on EC2 for about four hours. A run can be stopped at any time. A run must not be interrupted. Which purchasing option is the MOST cost-effective?', options)
    expect(s.abstained).toBe(true)
    expect(s.uncertain).toMatch(/reads both ways on tolerates interruption/)
    expect(s.separating).toMatch(/"can be stopped at any time"|"must not be interrupted"/)
    expect(s.standing).toEqual(['A', 'B'])
    // Said one way only, the same stem is answered.
    expect(solve('A lab runs a nightly simulation on EC2 for about four hours. A run can be stopped at any time. Which purchasing option is the MOST cost-effective?', options).answer).toEqual(['A'])
  })
  it('writing and maintaining templates by hand is manual work on a least-overhead question', () => {
    const s = solve(
      'Three developers run a Python web app and have no one with infrastructure experience. They need load balancing, scaling and rolling deployments. Which option has the LEAST operational overhead?',
      [
        'Write AWS CloudFormation templates for an Application Load Balancer and an Auto Scaling group, and maintain the templates as the app changes',
        'Deploy the app to AWS Elastic Beanstalk with rolling deployments',
        'Run the app on one Amazon Lightsail instance',
        'Run the app on Amazon EKS with Helm charts',
      ],
    )
    expect(s.options[0]!.reasons[0]).toMatch(/^but: .*by hand/)
    expect(s.answer).toEqual(['B'])
  })
  it('wanting the platform work handled for them is a least-overhead aim, and a stack written by the team is manual work', () => {
    const s = solve(
      'A museum has a Python web app for ticket bookings. Its developers want to upload the code and have provisioning, load balancing, scaling and health checks handled for them, while still picking the EC2 instance types. Which service should they use?',
      [
        'Amazon Lightsail instances behind a Lightsail load balancer',
        'An AWS CloudFormation stack written by the team with an Auto Scaling group, an Application Load Balancer and custom deployment scripts',
        'Amazon EKS with managed node groups',
        'AWS Elastic Beanstalk with a load-balanced environment',
      ],
    )
    expect(s.profile.optimizeFor).toBe('operational-overhead')
    expect(s.options[1]!.reasons[0]).toMatch(/^but: .*by hand/)
    expect(s.answer).toEqual(['D'])
  })

  it('an option about the Spot interruption notice is a Spot option, and one that names only outside products says so', () => {
    const s = solve(
      'A research group runs simulation jobs for 10 hours each night on On-Demand instances. Every job saves its state to Amazon S3 every 15 minutes and can resume on any instance. Which two changes lower the cost the MOST? (Choose two.)',
      [
        'Run the jobs on Spot Instances across several instance types and Availability Zones with price-capacity-optimized allocation',
        'Have each job listen for the Spot interruption notice and save a last checkpoint before the instance is reclaimed',
        'Copy the results to Amazon S3 Glacier Deep Archive',
        'Run the jobs on Dedicated Instances so that they are never reclaimed',
      ],
    )
    expect(s.options[1]!.services.map((x) => x.service)).toContain('ec2-spot')
    expect(s.options[2]!.reasons).toEqual(['names only S3 Glacier, outside what edgewise knows'])
  })
})
