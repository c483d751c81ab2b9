import {describe, expect, it} from 'vitest'

import {solveHelpers} from '../helpers/solve-helpers.js'

/**
 * Scaling schedules, start-up time, CPU shape, architecture and rack
 * awareness as exam writers state them indirectly. Our own sentences; each
 * test failed before the lexicon change it covers.
 */
const inferenceStem = (extra: string) =>
  `A media company runs a speech-to-text model for real-time inference on G5 instances and wants the lowest cost per inference. ${extra} Which instance family should it move to?`

describe('solve reads schedules, warm-up, CPU shape, arm64 and rack awareness', async () => {
  const {solve, read} = await solveHelpers()

  it('"the rest of the time" is not REST, and minutes of warm-up are start-up time, not run time', () => {
    const p = read('The tier needs 30 instances on pay days and 4 the rest of the time. New instances need about 10 minutes of warm-up.')
    expect(p.protocol).toBeUndefined()
    expect(p.executionSeconds).toBeUndefined()
    expect(p.slowStartup).toBe(true)
    expect(read('Mobile apps call a REST API.').protocol).toBe('http')
  })

  it('fixed dates in every month are scheduled scaling, not a forecast', () => {
    const s = solve(
      'An insurer bills its customers on the 5th and 20th of each month; on those days the billing tier needs 25 instances from 08:00 to 12:00 and otherwise 3. The billing dates are fixed by regulation. Which scaling approach is MOST cost-effective?',
      [
        'Scheduled actions that raise the group to 25 shortly before 08:00 on those days and lower it to 3 after 12:00',
        'A predictive scaling policy that learns the pattern',
        'Set the Auto Scaling group minimum to 25 at all times',
        'A step scaling policy on request count',
      ],
    )
    expect(s.profile.knownEventPeaks).toBe(true)
    expect(s.answer).toEqual(['A'])
  })

  it('a daily curve that shifts with the seasons, launched ahead of the climb without schedules, is predictive scaling', () => {
    const s = solve(
      "A ticketing site's load follows the same weekly shape: it climbs every evening at 18:00 and drifts a little from month to month. New instances take 10 minutes to fill their caches, so the target tracking policy always lags the climb. The team wants capacity launched before the rise without maintaining schedules. What should it add?",
      ['Scheduled actions at 17:45 every day', 'A predictive scaling policy alongside the target tracking policy', 'A step scaling policy', 'A lower target value'],
    )
    expect(s.profile.loadPattern).toBe('predictable-peaks')
    expect(s.answer).toEqual(['B'])
  })

  it('a low average CPU with brief spikes is a burstable instance; pure-Python code with no compiled dependencies runs on arm64', () => {
    expect(read('The servers average 6% CPU with short spikes to 70% at the top of each hour.').cpuUsage).toBe('low-with-bursts')
    expect(read('The handlers depend only on pure-Python packages, with no native or CPU-specific libraries.').armCompatible).toBe(true)
  })

  it('brokers that must know which group of hardware they run on, so one failure hits only some of them, take a partition placement group', () => {
    const s = solve(
      'A company runs a 45-node Cassandra ring in one Availability Zone. A hardware failure must take down only a subset of the nodes, and each node must be able to tell which group of hardware it runs on so replicas land on different hardware. Which placement should it use?',
      ['A spread placement group', 'A cluster placement group', 'A partition placement group', 'Dedicated Hosts'],
    )
    expect(s.profile.instancePlacement).toBe('rack-aware-partitions')
    expect(s.answer).toEqual(['C'])
  })

  it('a slow launch script and a spare fleet kept running for spikes take a warm pool', () => {
    const s = solve(
      'An analytics API runs in an EC2 Auto Scaling group. When a new instance starts, it pulls 50 GB of models and warms its caches, which takes about 25 minutes. To cope with sudden spikes the company keeps 8 spare instances running all the time, which is costly. What lowers cost while keeping scale-out fast?',
      ['Add a warm pool of stopped, already initialized instances to the group', 'Lengthen the health check grace period', 'Set a default instance warmup', 'Keep the spare instances but buy Reserved Instances for them'],
    )
    expect(s.profile.slowStartup).toBe(true)
    expect(s.answer).toEqual(['A'])
  })

  it('uploads that are unpredictable, a core of On-Demand with most on Spot, and a lower chance of mass interruption', () => {
    expect(read('Orders are unpredictable, and some nights bring none at all.').loadPattern).toBeDefined()
    expect(read('The team wants most of the fleet on Spot while always keeping a core of 6 On-Demand Instances.').burstInterruptible).toBe(true)
    expect(read('It must reduce the risk that many Spot Instances are interrupted together.').avoidInterruptions).toBe(true)
  })

  it('the cheapest inference for a model the team will compile with Neuron is Inferentia; CUDA kernels keep it on GPUs', () => {
    const options = ['P5', 'Inf2', 'R7i', 'C7g']
    expect(solve(inferenceStem('The team can recompile the model for a different accelerator.'), options).answer).toEqual(['B'])
    const cuda = solve(inferenceStem('The serving code relies on custom CUDA kernels.'), options)
    expect(cuda.profile.needsCuda).toBe(true)
    expect(cuda.options[1]!.violations.map((v) => v.rule)).toContain('accelerated-computing-instances.neuron-cannot-run-cuda')
  })

  it('off-hours use, "minutes before it can accept" work, and paying for spare capacity around the clock', () => {
    const p = read(
      'About 300 staging and QA EC2 instances serve teams that use them only on weekdays during their business hours. They should be stopped automatically outside those hours.',
    )
    expect(p.environment).toBe('non-production')
    expect(read('A new node needs about 20 minutes before it can take traffic.').slowStartup).toBe(true)
    expect(read('The team will not keep paying for idle servers around the clock.').loadPattern).toBeUndefined()
  })

  it('random I/O at low latency takes NVMe SSD instance store; sequential scans at the lowest cost per TB take dense HDD', () => {
    const options = ['I4i instances with local NVMe SSD instance store', 'D3 dense-storage instances with local HDDs', 'R6i instances with gp3 EBS volumes']
    const random = solve(
      'A self-managed key-value store handles hundreds of thousands of small random reads and writes per second and needs sub-millisecond storage latency; it keeps three replicas of every item. Which instances are MOST cost-effective?',
      options,
    )
    expect(random.profile.ioPattern).toBe('random')
    expect(random.answer).toEqual(['A'])
    const sequential = solve(
      'A Hadoop cluster streams multi-terabyte log files with large sequential reads, and the company wants the lowest cost per TB of local storage; HDFS replicates the data. Which instances are MOST cost-effective?',
      options,
    )
    expect(sequential.profile.ioPattern).toBe('sequential')
    expect(sequential.answer).toEqual(['B'])
  })

  it('training is not inference, GPUs that swap gradients are tightly coupled, and URL prefixes and host names route content', () => {
    const training = read('The lab trains large deep learning models; each run spans many GPUs that exchange gradients constantly.')
    expect(training.workload).toBe('ml-training')
    expect(training.instancePlacement).toBe('close-together')
    expect(read('Requests whose path starts with /orders must go to the orders service.').contentRouting).toBe(true)
    expect(read('Every request for the host name api.example.com must be routed to the API containers.').contentRouting).toBe(true)
  })

  it('words that also mean something else: "ships orders", "CSS and JavaScript files", and flapping scaling', () => {
    expect(read('The bakery ships most orders the same day.').ruggedSite).toBeUndefined()
    expect(read('Telemetry is collected aboard the fleet of cargo ships.').ruggedSite).toBe(true)
    expect(read('Most requests are for the same logos, CSS and JavaScript files.').runtime).toBeUndefined()
    expect(read('The backend is written in Node.js.').runtime).toBe('nodejs')
    expect(read('The group keeps adding and removing instances, and engineers keep tuning the cooldowns.').metricTarget).toBe(true)
  })

  it('a job queue for a team that will not choose instance types or patch servers is AWS Batch on Fargate', () => {
    const s = solve(
      'A genomics start-up runs containerized alignment jobs of 10 to 50 minutes from a queue with priorities. Its two engineers do not want to pick instance types, maintain AMIs or patch servers. What should it use?',
      ['AWS Batch with an EC2 compute environment of On-Demand instances', 'AWS Batch with Fargate compute environments', 'AWS Lambda functions fed by a queue'],
    )
    expect(s.profile.jobQueue).toBe(true)
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: An EC2 compute environment'))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('dependencies "not tied to x86" run on arm64, and "clients in that city" are metro users', () => {
    expect(read('None of the service libraries are tied to x86.').armCompatible).toBe(true)
    expect(read('Its clients in that city need single-digit millisecond latency.').clients).toBe('metro-users')
  })

  it('a list of hardware chores refused, a fixed set of IPs for allow lists, and work that must feel local', () => {
    expect(read('The firm does not want to buy, rack or power any servers of its own.').ownFacility).toBe(false)
    expect(read('Partners need a fixed set of IP addresses, one per Availability Zone, for their firewall allow lists.').staticIps).toBe(true)
    expect(read('Editing sessions must feel instant to the editors.').latency).toBe('low')
  })
  it('a Spot group that is interrupted often and starved of capacity spreads over many pools and rebalances', () => {
    const s = solve(
      'A rendering service runs on an Auto Scaling group of Spot Instances that uses one instance type in one Availability Zone. It sees frequent interruptions and often cannot reach its desired capacity. A frame in progress can move to another instance given a little warning. Which actions raise the capacity it gets while keeping cost low? (Select TWO.)',
      [
        'Move the group to On-Demand Instances only',
        'Use a mixed instances policy with several instance types in every Availability Zone',
        'Switch to the lowest-price allocation strategy with the single instance type',
        'Launch the instances into a cluster placement group',
        'Turn on Capacity Rebalancing for the group',
      ],
      2,
    )
    expect(s.profile.usesSpot).toBe(true)
    expect(s.profile.avoidInterruptions).toBe(true)
    expect(s.answer).toEqual(['B', 'E'])
  })

  it('recommendations for better instance types and Lambda memory from utilization history are rightsizing', () => {
    expect(read('The company wants recommendations for better instance types and Lambda memory settings based on utilization history.').costManagementNeed).toBe('rightsizing')
  })
  it('training and serving in one sentence: each option is judged by the workload it names', () => {
    const s = solve(
      'A research lab fine-tunes its vision models for a few weeks each semester and then serves them to clinicians through a low-latency inference API. Both run on NVIDIA GPU instances today, and its code already runs on the AWS Neuron SDK. The lab wants to cut the cost of both. Which two choices should it make? (Choose two.)',
      [
        'P5 GPU instances for the inference API',
        'Trainium-based Trn1 instances for the fine-tuning runs',
        'Inferentia2-based Inf2 instances for the fine-tuning runs',
        'Compute optimized C7i instances for the fine-tuning runs',
        'Inferentia2-based Inf2 instances for the inference API',
      ],
      2,
    )
    expect(s.profile.commitmentYears).toBeUndefined()
    expect(s.options[2]!.reasons.some((r) => r.startsWith('but: Inferentia'))).toBe(true)
    expect(s.answer).toEqual(['B', 'E'])
  })

  it('hours known to be idle take scheduled actions; target tracking alone is cautioned, beside a schedule it is not', () => {
    expect(read('Analysts in one time zone use the reporting cluster only between 07:30 and 18:30 on weekdays.').idleOutOfHours).toBe(true)
    expect(read('Over weekends and at night the build agents stand idle.').idleOutOfHours).toBe(true)
    expect(read('The reviewers work only Monday to Friday from 09:00 to 17:00.').idleOutOfHours).toBe(true)
    expect(read('No jobs run on the cluster outside those hours.').idleOutOfHours).toBe(true)
    expect(read('Support agents in one time zone answer calls.').commitmentYears).toBeUndefined()
    const s = solve(
      "A bank's training environment is an Auto Scaling group of 20 instances that trainers use only between 08:00 and 17:00 on weekdays. Over nights and weekends the instances stand idle, and it is fine for the group to be empty then, provided it is ready before classes start. What is the simplest way to cut the environment's cost?",
      [
        'Add a target tracking policy on average CPU with a minimum of 20 instances so the group shrinks when idle.',
        'Create scheduled actions that set the minimum and desired capacity to 0 at 17:00 on weekdays and back to 20 at 07:30.',
        'Buy a 1-year Compute Savings Plan for the 20 instances.',
        'Move the group to Spot Instances and keep all 20 running around the clock.',
      ],
    )
    expect(s.profile.idleOutOfHours).toBe(true)
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: Target tracking only reacts'))).toBe(true)
    expect(s.answer).toEqual(['B'])
    const both = solve(
      'An analytics portal in an Auto Scaling group is used only between 08:00 and 18:00 on weekdays and sits idle at night. What should the team configure?',
      ['Scheduled actions that empty the group at night, with target tracking kept for the daytime', 'A larger instance type', 'Dedicated Hosts', 'A 3-year Reserved Instance'],
    )
    expect(both.options[0]!.reasons.some((r) => r.startsWith('but: Target tracking only reacts'))).toBe(false)
  })

  it('minutes spent loading data before an instance can serve are start-up time, and a pool state set to Running is cautioned', () => {
    const p = read('Each new node spends about 9 minutes pulling 20 GB of map tiles onto its local disk before it can take traffic.')
    expect(p.slowStartup).toBe(true)
    expect(p.executionSeconds).toBeUndefined()
    const s = solve(
      'A mapping service runs in an Auto Scaling group. Each new node spends about 9 minutes pulling 20 GB of map tiles onto its local disk before it can take traffic, and bursts arrive without warning. The team keeps eight spare nodes running all day to absorb them. Which change reduces cost while keeping scale-out fast?',
      [
        'Add a warm pool of eight instances with the pool state set to Running.',
        'Add a warm pool with the pool state set to Stopped, and remove the eight spare nodes.',
        'Replace target tracking with scheduled actions at 08:00 and 18:00.',
        'Buy Reserved Instances for the eight spare nodes.',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.startsWith('but: A warm pool kept in the Running state'))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('traffic with the same shape every weekday is a recurring peak; not wanting to pay for peak capacity all day is a cost aim', () => {
    expect(read('Load follows the same curve each weekday, climbing sharply at 09:00.').loadPattern).toBe('predictable-peaks')
    expect(read("The company doesn't want to keep paying for extra instances overnight.").optimizeFor).toBe('cost')
  })

  it('forecast only mode launches nothing; switching from it is no choice of it; "told apart by URL path" and "as long as the baseline stays up"', () => {
    const s = solve(
      'An analytics portal has the same traffic shape every weekday, climbing sharply from 08:00. New instances need about 12 minutes to initialize, so users wait every morning under the current target tracking policy. Which two changes remove the morning delay without keeping peak capacity all day? (Choose two.)',
      [
        'Set the minimum capacity to the noon peak.',
        'Add a predictive scaling policy in forecast and scale mode with a scheduling buffer.',
        'Add a predictive scaling policy in forecast only mode.',
        'Keep the target tracking policy for load the forecast misses.',
        'Buy Reserved Instances for the peak.',
      ],
      2,
    )
    expect(s.options[2]!.violations.map((v) => v.rule)).toContain('ec2-auto-scaling.forecast-only-launches-nothing')
    const switched = solve('New instances need about 12 minutes to boot. What should change?', [
      'Switch the predictive scaling policy from forecast only mode to forecast and scale.',
      'Use Dedicated Hosts.',
    ])
    expect(switched.options[0]!.violations).toEqual([])
    expect(read('Requests are told apart by URL path, such as /catalog and /billing.').contentRouting).toBe(true)
    expect(read('Losing one instance is harmless as long as the baseline stays up.').burstInterruptible).toBe(true)
  })

  it('minutes before an instance passes its health checks are start-up time; refusing to pay for idle standby instances is a cost aim', () => {
    expect(read('Fresh nodes need roughly 9 minutes to pass the load balancer health checks.').slowStartup).toBe(true)
    expect(read('Fresh nodes need roughly 9 minutes to pass the load balancer health checks.').executionSeconds).toBeUndefined()
    expect(read('A new server spends 15 minutes compiling assets before it passes health checks.').executionSeconds).toBeUndefined()
    expect(read('Each render takes 15 minutes.').executionSeconds).toBe(900)
    expect(read('The studio does not want to pay hourly fees for spare instances that sit idle.').optimizeFor).toBe('cost')
    const s = solve(
      'A claims portal runs on an Auto Scaling group. A new server spends about 15 minutes compiling templates and priming its caches before it passes health checks, and traffic jumps at random moments several times a day. The insurer does not want to pay hourly fees for spare instances that sit idle, but new capacity must arrive much sooner. What should a solutions architect configure?',
      [
        'Raise the minimum size of the group so that extra instances always run',
        'Add a warm pool whose instances wait in the Stopped state until a scale-out needs them',
        'Add a warm pool whose instances wait in the Running state so that they join at once',
        'Schedule a scaling action every morning at 08:00',
      ],
    )
    expect(s.profile.slowStartup).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('a policy that keeps CPU at a target is the setting, a single known date is a known event, and a schedule beside target tracking holds the target', () => {
    expect(read('The shop runs on an Auto Scaling group with a target tracking policy that keeps average CPU at 40%.').metricTarget).toBeUndefined()
    expect(read('The group must keep average CPU at 40%.').metricTarget).toBe(true)
    expect(read('Orders jump eightfold on one fixed day each autumn when the sale opens.').knownEventPeaks).toBe(true)
    const s = solve(
      'A garden retailer runs its web shop on an Auto Scaling group, and the group must keep average CPU at 40%. Orders jump eightfold on one fixed day each autumn when the sale opens at 9:00 AM, and each new instance needs about 10 minutes to pass health checks. What should the company do?',
      [
        'Create scheduled actions that raise the minimum and desired capacity shortly before 9:00 AM on the sale day and lower them that night, and keep the target tracking policy for the other days',
        'Replace the target tracking policy with scheduled actions only',
        'Raise the minimum capacity of the group to the sale-day peak for the whole year',
      ],
    )
    expect(s.profile.metricTarget).toBe(true)
    expect(s.options[0]!.violations).toEqual([])
    expect(s.options[1]!.violations.map((v) => v.rule)).toContain('ec2-auto-scaling.scheduled-cannot-hold-a-target')
  })

  it('"averages 3% CPU … with short spikes" is low CPU with bursts, which a burstable instance fits', () => {
    const s = solve(
      'A school runs its library catalogue on an m6i.large instance that averages 3% CPU and needs about 1 GiB of memory, with short spikes to 50% when classes search at the start of a lesson. Which instance choice lowers the cost and still handles the spikes?',
      [
        'A c6i.large instance, because compute optimized instances absorb spikes better',
        'A burstable t3.small instance, which earns CPU credits while idle and spends them on the spikes',
        'An r6i.large instance, for more memory headroom',
        'An m6i.xlarge instance bought with a 1-year EC2 Instance Savings Plan',
      ],
    )
    expect(s.profile.cpuUsage).toBe('low-with-bursts')
    expect(s.answer).toEqual(['B'])
  })

  it('"the servers average under 8% CPU" is a fleet that is consistently under-used: right-size before committing', () => {
    expect(read('Most of the servers average under 8% CPU.').cpuUsage).toBe('low-steady')
    expect(read('The servers average under 8% CPU with spikes to 90% at noon.').cpuUsage).toBe('low-with-bursts')
    const s = solve(
      'A broadcaster runs 80 On-Demand EC2 instances of several families and will buy a 3-year Compute Savings Plan this month. A review finds that most of the servers average under 8% CPU. A Savings Plan cannot be reduced after purchase. What should the team do FIRST?',
      [
        'Right-size the instances with AWS Compute Optimizer recommendations, then size the Savings Plan to the spend that remains',
        'Buy the Savings Plan at the current On-Demand spend today and right-size later',
        'Buy Convertible Reserved Instances for all 80 instances and exchange them later',
        'Move every instance to Spot Instances and decide about the plan next year',
      ],
    )
    expect(s.answer).toEqual(['A'])
  })

  it('a burstable instance kept busy, or billed for surplus credits, is sustained CPU that a fixed-performance instance serves', () => {
    for (const sentence of [
      'Each invoice now carries a line for surplus CPU credits.',
      'CPU utilization hovers at 65 to 85% all afternoon.',
      'Nightly jobs keep the CPU above 80% for six hours.',
      'The host has averaged about 75% CPU utilization for the past two months.',
      'Dashboards show the workers running at 70–80% CPU day and night.',
      'The bill shows growing CPU credit charges for the t3 fleet.',
      'CPU utilization of the build agents has been averaging 75% to 90% since June.',
      'Each invoice carries a significant charge for CPU credits.',
    ])
      expect(read(sentence).cpuUsage, sentence).toBe('sustained-high')
    const stem =
      'A ticket desk runs on one t3.xlarge instance in unlimited mode, and CPU utilization hovers at 65 to 85% all day, every day, while memory use stays below 12 GiB. Which change is the MOST cost-effective?'
    expect(read(stem).dataGbPerDay).toBeUndefined()
    expect(read(stem).dataVolume).toBeUndefined()
    const s = solve(stem, [
      'Switch the instance to standard credit mode',
      'Move the desk to a c7i.xlarge instance, which runs at full CPU performance without credits',
      'Move the desk to a t3a.xlarge instance in unlimited mode',
      'Add a second t3.xlarge instance behind a load balancer',
    ])
    expect(s.answer).toEqual(['B'])
  })

  it('"paying as little as possible" for capacity that only waits is a cost aim, which cautions a Running warm pool', () => {
    expect(read('The studio wants its jobs to start fast while spending as little as possible on idle servers.').optimizeFor).toBe('cost')
    const s = solve(
      'A map-tile service runs in an Auto Scaling group. Each new instance spends about 20 minutes loading map data before it can serve, so the team keeps 8 spare instances running at all times. The team wants fast scale-out while paying as little as possible for instances that only wait. What should the team do?',
      [
        'Add a warm pool whose instances wait in the Running state, and remove the spare instances',
        'Add a warm pool whose instances wait in the Stopped state, and remove the spare instances',
        'Raise the default cooldown to 20 minutes',
      ],
    )
    expect(s.answer).toEqual(['B'])
  })

  it('a daily peak whose timing drifts is for predictive scaling when the question wants the least ongoing tuning', () => {
    const stem =
      'A commuter app gets busy every weekday around 07:00 and quiet after 10:00, but the morning peak shifts gradually over the year, and each new instance takes six minutes to boot. Which scaling setup adds instances before the rush with the least manual work?'
    expect(read(stem).clockTimePeaks).toBe(false)
    expect(read(stem).optimizeFor).toBe('operational-overhead')
    expect(read('Which approach works with the least ongoing tuning?').optimizeFor).toBe('operational-overhead')
    const s = solve(stem, [
      'Scheduled actions that an operator updates each month to follow the peak',
      'Predictive scaling that forecasts and scales, with a target tracking policy beside it',
      'Simple scaling on a CPU alarm',
      'A fixed group sized for the morning rush',
    ])
    expect(s.options[0]!.reasons.some((r) => r.includes('by hand'))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('a later statement that contradicts an earlier one across "but" corrects it', () => {
    const moved = read('The render farm ran on GPU servers in the old data center, but measurements show the renderer keeps the CPUs at 100% and never uses the GPUs.')
    expect(moved.needsGpu).toBe(false)
    expect(moved.cpuUsage).toBe('sustained-high')
    // Without a contrast, the earlier statement still counts as before.
    expect(read('The render farm runs on GPU servers. Nobody has profiled the renderer.').needsGpu).toBe(true)
    const s = solve('A studio is moving a render farm that ran on GPU servers on premises, but the renderer turns out to keep its CPUs at 90% and never uses the GPUs. Which instances are the MOST cost-effective?', [
      'G6 GPU instances',
      'C7g compute optimized instances',
      'X2 memory optimized instances',
      'T4g burstable instances',
    ])
    expect(s.answer).toEqual(['B'])
  })

  it('a peak at the same clock time every week is scheduled work that predictive scaling also learns: no caution on the forecast', () => {
    const stem = 'Every Tuesday at 10:00 the payroll portal of a logistics firm sees traffic triple for two hours. Which scaling setup fits?'
    expect(read(stem).clockTimePeaks).toBe(true)
    expect(read(stem).knownEventPeaks).toBeUndefined()
    const s = solve(stem, ['Scheduled actions before 10:00 each Tuesday', 'A predictive scaling policy', 'A fixed group sized for the peak', 'Simple scaling on CPU'])
    expect(s.options[1]!.reasons.some((r) => r.includes('rare dates'))).toBe(false)
    expect(s.options[0]!.reasons.some((r) => r.includes('known clock time'))).toBe(true)
  })

  it('the criterion a question capitalizes decides over one it states in plain case', () => {
    expect(read('Which change lowers cost, with the LEAST ongoing effort?').optimizeFor).toBe('operational-overhead')
    expect(read('Which change needs little manual work and is the MOST cost-effective?').optimizeFor).toBe('cost')
    const s = solve(
      'A payroll portal is busy every weekday from 08:00 to 18:00, and the curve has held its shape for a year. Instances take 12 minutes to start, so target tracking lags the morning climb. Which change keeps the morning fast at lower cost with the LEAST ongoing effort?',
      [
        'Hourly scheduled actions that the team reviews each month',
        'A predictive scaling policy in forecast-and-scale mode beside the target tracking policy',
        'A minimum capacity set to the busiest hour',
        'Simple scaling with a 10-minute cooldown',
      ],
    )
    expect(s.options[0]!.reasons.some((r) => r.includes('by hand'))).toBe(true)
    expect(s.answer).toEqual(['B'])
  })

  it('load "steady from 8:00 to 22:00 and nearly zero at night" is a daily cycle, and a fixed group for the daytime peak is sized for the peak', () => {
    expect(read('Load is steady from 8:00 to 22:00 and nearly zero at night.').loadPattern).not.toBe('steady')
    expect(read('Load is steady at about 40 requests a second.').loadPattern).toBe('steady')
    const s = solve(
      'A museum runs an audio-guide API on 6 EC2 instances; load is steady from 9:00 to 19:00 and nearly zero at night. Which setup is the MOST cost-effective?',
      ['A fixed-size Auto Scaling group that matches the daytime peak, covered by a Savings Plan', 'An Auto Scaling group with target tracking that scales in at night'],
    )
    expect(s.options[0]!.reasons.some((r) => r.includes('sized for the peak'))).toBe(true)
  })

  it('"CPU averaging 6% on an m6i.xlarge, with bursts to 60%" is low CPU with bursts: an instance type name does not end the sentence', () => {
    expect(read('Monitoring shows CPU averaging 6% on an m6i.xlarge, with bursts to 60% when reports run.').cpuUsage).toBe('low-with-bursts')
    const s = solve('An HR portal is used during office hours; CPU averaging 5% on an m6i.large, with bursts to 70% for a minute or two. Which instance is the MOST cost-effective?', [
      'A c7g.large instance',
      'A t4g.medium burstable instance',
      'An r7g.large instance',
      'The same m6i.large with dedicated tenancy',
    ])
    expect(s.answer).toEqual(['B'])
  })

  it('traffic that "nearly all arrives between 8 AM and 8 PM on weekdays" is working-hours use, and a fixed-size fleet is cautioned for it', () => {
    const stem = 'Nearly all API traffic arrives between 8 AM and 8 PM on weekdays, and the company wants to pay as little as possible outside those hours. What is MOST cost-effective?'
    expect(read(stem).idleOutOfHours).toBe(true)
    const s = solve(stem, ['Move the API to a fixed-size Auto Scaling group of EC2 On-Demand Instances.', 'Schedule the group to shrink outside working hours.'])
    expect(s.options[0]!.reasons.some((r) => r.includes('fixed-size fleet'))).toBe(true)
  })
})
