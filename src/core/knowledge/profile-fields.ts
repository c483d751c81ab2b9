import {
  CDN_EVENT,
  CLIENTS,
  CONNECTIVITY,
  COST_MANAGEMENT_NEED,
  CPU_ARCHITECTURE,
  CPU_USAGE,
  DATA_VOLUME,
  ENVIRONMENT,
  FLEXIBILITY,
  INSTANCE_PLACEMENT,
  IO_PATTERN,
  LATENCY,
  LICENSING,
  LOAD_PATTERN,
  OPERATING_SYSTEM,
  OPERATIONS,
  OPTIMIZE_FOR,
  PRIVATE_SUBNET_TRAFFIC,
  type Profile,
  type ProfileField,
  PROTOCOL,
  RESIDENCY,
  RESOURCE_PROFILE,
  RUNTIME,
  SITE_SCALE,
  WORKLOAD,
} from './profile.js'

/**
 * What each profile field means to a person: the words used in reports and the
 * question the interactive questionnaire asks. `askWhen` keeps the questionnaire
 * short: a field is asked only when earlier answers make it matter (and the
 * questionnaire also skips any question no answer to which changes the advice).
 */
interface SpecBase {
  label: string
  question: string
  askWhen?: (p: Profile) => boolean
  /**
   * Something one unit of work needs (run time, memory, GPUs, network calls):
   * when several of these could change the advice, the questionnaire asks
   * once whether the work stays within the leading candidate's limits.
   */
  capability?: true
  /** Yes/no refinements with the same group are asked on one screen when several matter ("which of these apply?"). */
  group?: string
  /** Answers that set more than this field, replacing the plain ones (yes/no, the values). */
  answers?: readonly {label: string; facts: Partial<Profile>}[]
}
export type FieldSpec = SpecBase &
  (
    | {kind: 'boolean'}
    | {kind: 'choice'; values: readonly number[]; valueLabels: Record<string, string>}
    | {kind: 'enum'; values: readonly string[]; valueLabels: Record<string, string>}
    | {kind: 'number'; unit: string}
  )

const isEdgeHttp = (p: Profile) => p.workload === 'edge-request-logic'
const runsCode = (p: Profile) => p.workload !== 'static-content' && p.workload !== 'data-migration'
const isDeviceOrSite = (p: Profile) =>
  p.clients === 'iot-devices' || p.clients === 'on-premises-systems' || p.residency === 'on-premises'
const onInstances = (p: Profile) => p.workload !== 'edge-request-logic' && p.workload !== 'static-content'
/** A 1- or 3-year commitment is planned: only then do its terms (flexibility, Region, capacity, resale…) matter. */
const withATerm = (p: Profile) => p.commitmentYears === 1 || p.commitmentYears === 3
/** Request-serving workloads that sit behind a load balancer or a network entry point. */
const serves = (p: Profile) =>
  p.workload === 'web-app' || p.workload === 'api' || p.workload === 'realtime-multiplayer' || p.protocol !== undefined

export const FIELD_SPECS = {
  workload: {
    kind: 'enum',
    values: WORKLOAD,
    label: 'Workload',
    question: 'What kind of workload is it?',
    valueLabels: {
      'edge-request-logic': 'HTTP request/response logic at the CDN',
      'static-content': 'static or cacheable content delivery',
      api: 'API (request/response)',
      'web-app': 'web application',
      'stream-processing': 'stream processing',
      'ml-inference': 'ML inference',
      'ml-training': 'ML model training',
      batch: 'batch jobs',
      'event-driven': 'event-driven functions',
      'long-running': 'long-running service or process',
      'realtime-multiplayer': 'real-time interactive (games, voice)',
      'data-migration': 'bulk data migration',
    },
  },
  clients: {
    kind: 'enum',
    values: CLIENTS,
    label: 'Clients',
    question: 'Who or what are the clients?',
    valueLabels: {
      'iot-devices': 'IoT devices and gateways',
      'mobile-5g': 'mobile devices on a 5G network',
      'fixed-line-users': 'people on fixed broadband or Wi-Fi (laptops, desktops)',
      'metro-users': 'users in one metro area',
      'global-viewers': 'web viewers around the world',
      'on-premises-systems': 'systems in our own data center or site',
      internal: 'internal services in AWS',
    },
  },
  latency: {
    kind: 'enum',
    values: LATENCY,
    label: 'Latency target',
    question: 'How fast must responses reach the clients?',
    valueLabels: {
      'single-digit-ms': 'single-digit milliseconds',
      low: 'low (tens of ms)',
      moderate: 'moderate (100 ms or so)',
      relaxed: 'not critical',
    },
  },
  connectivity: {
    kind: 'enum',
    values: CONNECTIVITY,
    label: 'Connectivity to the Region',
    question: 'How well is the site connected to an AWS Region?',
    valueLabels: {
      always: 'reliable, always on',
      intermittent: 'intermittent (drops for minutes to hours)',
      none: 'none (disconnected or air-gapped)',
    },
    askWhen: isDeviceOrSite,
  },
  residency: {
    kind: 'enum',
    values: RESIDENCY,
    label: 'Data residency',
    question: 'Where must the data stay?',
    valueLabels: {
      none: 'no constraint',
      'in-jurisdiction': 'in a given country, state or metro',
      'on-premises': 'in our own data center or site',
    },
  },
  ownFacility: {
    kind: 'boolean',
    label: 'Has its own data center or site for hardware',
    question: 'Do you have (and want to use) your own data center or site to host AWS hardware?',
    askWhen: (p) => p.residency === 'on-premises' || p.clients === 'on-premises-systems' || p.clients === 'metro-users',
  },
  newCustomer: {
    kind: 'boolean',
    label: 'New AWS customer',
    question: 'Is this a new AWS customer (no services bought before)?',
    askWhen: () => false,
  },
  siteScale: {
    kind: 'enum',
    values: SITE_SCALE,
    label: 'Site scale',
    question: 'How big is the on-premises site?',
    valueLabels: {'small-site': 'small (a store, branch or closet)', 'data-center': 'a data center'},
    askWhen: (p) => p.residency === 'on-premises' || p.clients === 'on-premises-systems',
  },
  managedHardwareOnSite: {
    kind: 'boolean',
    label: 'AWS-managed hardware on site',
    question: 'Should AWS install and manage the hardware on your site, with the same APIs as the Region?',
    askWhen: (p) => p.residency === 'on-premises' || p.clients === 'on-premises-systems',
  },
  ruggedSite: {
    kind: 'boolean',
    label: 'Rugged or austere site',
    question: 'Is the site rugged or austere (ship, mine, field)?',
    askWhen: isDeviceOrSite,
  },
  edgeProcessing: {
    kind: 'boolean',
    label: 'Process data at the source',
    question: 'Must data be processed, filtered or acted on at the site, near where it is produced?',
    askWhen: isDeviceOrSite,
  },
  dataVolume: {
    kind: 'enum',
    values: DATA_VOLUME,
    // One class for two readings: a daily amount at a site ("40 GB an hour") and a total to move ("an 80 TB
    // archive"). The rules read it both ways (edge filtering, offline migration), so the label must not
    // claim "a day" for a total.
    label: 'Amount of data (a day at the source, or in all to move)',
    question: 'How much data is there: produced a day at the source, or in all for a one-time move?',
    valueLabels: {
      low: 'under 1 GB',
      moderate: '1–100 GB',
      high: '100 GB–10 TB',
      massive: 'over 10 TB',
    },
    askWhen: isDeviceOrSite,
  },
  dataGbPerDay: {
    kind: 'number',
    unit: 'GB/day',
    label: 'Data per day',
    question: 'Roughly how many GB a day (for cost estimates; blank to skip)?',
    askWhen: (p) => p.dataVolume === 'high' || p.dataVolume === 'massive',
  },
  cdnEvent: {
    kind: 'enum',
    values: CDN_EVENT,
    label: 'CloudFront event',
    question: 'Which CloudFront event must the logic run on?',
    valueLabels: {
      'viewer-request': 'viewer request',
      'viewer-response': 'viewer response',
      'origin-request': 'origin request',
      'origin-response': 'origin response',
    },
    askWhen: isEdgeHttp,
  },
  needsNetworkAccess: {
    kind: 'boolean',
    label: 'Network calls during a request',
    question: 'Must the code call other services over the network while handling a request?',
    askWhen: isEdgeHttp,
    capability: true,
  },
  fixedResponseHeaders: {
    kind: 'boolean',
    label: 'Adds the same headers to every response',
    question: 'Is the edge logic only adding headers whose values are the same for every response?',
    askWhen: () => false,
  },
  originsByPath: {
    kind: 'boolean',
    label: 'CloudFront sends each URL path to its own origin',
    question:
      'Does CloudFront only need to send requests to different origins by URL path (for example /api/* to a load balancer)?',
    askWhen: () => false,
  },
  needsBodyAccess: {
    kind: 'boolean',
    label: 'Request body access',
    question: 'Must the code read the request body?',
    askWhen: isEdgeHttp,
    capability: true,
  },
  codeSizeKb: {
    kind: 'number',
    unit: 'KB',
    label: 'Code size',
    question: 'How large is the code package in KB (blank to skip)?',
    askWhen: isEdgeHttp,
    capability: true,
  },
  executionSeconds: {
    kind: 'number',
    unit: 's',
    label: 'Run time of one unit of work',
    question: 'How long does one request, job or invocation run, in seconds (blank to skip)?',
    askWhen: runsCode,
    capability: true,
  },
  needsGpu: {
    kind: 'boolean',
    label: 'Needs GPUs',
    question: 'Does the work need GPUs?',
    askWhen: runsCode,
    capability: true,
  },
  memoryMb: {
    kind: 'number',
    unit: 'MB',
    label: 'Memory per unit of work',
    question: 'How much memory does one unit of work need, in MB (blank to skip)?',
    askWhen: runsCode,
    capability: true,
  },
  jobQueue: {
    kind: 'boolean',
    label: 'Queued jobs with priorities or dependencies',
    question: 'Are there many queued jobs with priorities, dependencies or retries to schedule?',
    askWhen: (p) => p.workload === 'batch',
  },
  loadPattern: {
    kind: 'enum',
    values: LOAD_PATTERN,
    label: 'Load pattern',
    question: 'What does the load look like over time?',
    valueLabels: {
      steady: 'steady, around the clock',
      spiky: 'spiky or bursty',
      'predictable-peaks': 'predictable peaks (daily, weekly)',
      unpredictable: 'unpredictable',
    },
    askWhen: onInstances,
  },
  interruptionTolerant: {
    kind: 'boolean',
    label: 'Tolerates interruption',
    question: 'Can the work be interrupted and restarted?',
    askWhen: onInstances,
    // One question, three answers: asked as two, "no" and then "capacity above a base may be" read as a contradiction.
    answers: [
      {label: 'yes: it is stateless or checkpointed', facts: {interruptionTolerant: true}},
      {
        label: 'only capacity above a steady base; the base must never be interrupted',
        facts: {interruptionTolerant: false, burstInterruptible: true},
      },
      {label: 'no: none of it may be interrupted', facts: {interruptionTolerant: false, burstInterruptible: false}},
    ],
  },
  // Answered through interruptionTolerant's question.
  burstInterruptible: {
    kind: 'boolean',
    label: 'Capacity above a base may be interrupted',
    question: 'Must a base of capacity never be interrupted, while capacity above it may be?',
    askWhen: () => false,
  },
  usesSpot: {
    kind: 'boolean',
    label: 'Already runs on Spot',
    question: 'Does the fleet already run on Spot Instances (and should keep doing so)?',
    askWhen: (p) => p.interruptionTolerant === true,
  },
  slowStartup: {
    kind: 'boolean',
    label: 'Instances take minutes to start serving',
    question: 'Do new instances take minutes to boot and warm up before they can serve?',
    askWhen: (p) => p.operations === 'instances',
    group: 'instances',
  },
  cpuNotLoadSignal: {
    kind: 'boolean',
    label: 'CPU does not follow the load (the work waits on I/O or other services)',
    question:
      'Does CPU utilization stay low even when the service is overloaded, because the work mostly waits on I/O or other services?',
    askWhen: (p) => p.operations === 'instances' && p.scalesOut === true,
    group: 'instances',
  },
  resumeState: {
    kind: 'boolean',
    label: 'Must resume with memory state',
    question: 'Must stopped instances resume with their memory state (open sessions, loaded data)?',
    askWhen: (p) => p.operations === 'instances',
    group: 'instances',
  },
  commitmentYears: {
    kind: 'choice',
    values: [0, 1, 3],
    label: 'Commitment horizon',
    question: 'How long will this run at its baseline?',
    valueLabels: {'0': 'short-term / no commitment', '1': 'at least 1 year', '3': '3 years or more'},
    askWhen: onInstances,
  },
  computeFlexibility: {
    kind: 'enum',
    values: FLEXIBILITY,
    label: 'Flexibility needed',
    question: 'Over that period, how much may the compute change?',
    valueLabels: {
      'fixed-family': 'same instance family and Region',
      'across-families': 'may change instance family, size or Region',
      'across-compute-services': 'may move between EC2, Fargate and Lambda',
    },
    askWhen: withATerm,
  },
  changesRegion: {
    kind: 'boolean',
    label: 'Moves to another Region during the term',
    question: 'Will the workload move to another AWS Region during that period?',
    askWhen: withATerm,
  },
  capacityReservation: {
    kind: 'boolean',
    label: 'Needs reserved capacity in one AZ',
    question: 'Must capacity be reserved in a specific Availability Zone?',
    askWhen: withATerm,
    group: 'commitment',
  },
  mayResell: {
    kind: 'boolean',
    label: 'May need to sell the commitment',
    question: 'Might you need to sell the unused part of the commitment later?',
    askWhen: withATerm,
    group: 'commitment',
  },
  fixedMonthlyPrice: {
    kind: 'boolean',
    label: 'Wants one fixed, predictable monthly price',
    question: 'Must the bill be one fixed, predictable amount each month (a bundle), rather than pay-per-use?',
    askWhen: (p) => p.workload === 'web-app' && p.optimizeFor === 'cost',
  },
  unusedReservations: {
    kind: 'boolean',
    label: 'Holds Reserved Instances it no longer uses',
    question: 'Do you already hold Reserved Instances that a change of plan has left unused?',
    askWhen: withATerm,
    group: 'commitment',
  },
  operations: {
    kind: 'enum',
    values: OPERATIONS,
    label: 'Operations preference',
    question: 'What should the team operate?',
    valueLabels: {
      serverless: 'serverless (nothing to operate)',
      'managed-containers': 'containers, but no servers',
      instances: 'instances (we manage the OS)',
    },
    askWhen: onInstances,
  },
  protocol: {
    kind: 'enum',
    values: PROTOCOL,
    label: 'Protocol',
    question: 'What traffic do clients send?',
    valueLabels: {http: 'HTTP(S)', 'tcp-udp': 'non-HTTP TCP or UDP'},
    askWhen: (p) =>
      p.clients === 'global-viewers' ||
      p.clients === 'metro-users' ||
      p.clients === 'mobile-5g' ||
      p.workload === 'realtime-multiplayer',
  },
  staticIps: {
    kind: 'boolean',
    label: 'Needs static IP addresses',
    question: 'Do clients need fixed (static) IP addresses to connect to?',
    askWhen: (p) => p.protocol === 'tcp-udp' || p.workload === 'realtime-multiplayer',
  },
  routeToSpecificInstance: {
    kind: 'boolean',
    label: 'Clients must reach one chosen instance and port',
    question:
      'Must each client reach one specific instance and port that the application chooses (a game session), rather than any healthy endpoint?',
    askWhen: () => false,
  },
  licensing: {
    kind: 'enum',
    values: LICENSING,
    label: 'Software licensing',
    question:
      'Is software licensed per physical socket or core (bring your own license), or must you see and keep the physical host?',
    valueLabels: {none: 'no', 'per-socket-or-core': 'yes: per-socket/core licences or host-level control'},
    askWhen: (p) => p.operations === 'instances',
  },
  armCompatible: {
    kind: 'boolean',
    label: 'Runs on ARM64',
    question: 'Can the software run on ARM64 (Graviton)?',
    askWhen: onInstances,
    group: 'details',
  },
  vcpus: {
    kind: 'number',
    unit: 'vCPU',
    label: 'vCPUs per unit of work',
    question: 'How many vCPUs does one task or unit of work need (blank to skip)?',
    askWhen: (p) => p.operations === 'managed-containers' || p.operations === 'serverless',
  },
  ephemeralStorageGb: {
    kind: 'number',
    unit: 'GB',
    label: 'Scratch disk per unit of work',
    question: 'How much temporary local disk does one unit of work need, in GB (blank to skip)?',
    askWhen: (p) => p.operations === 'managed-containers' || p.operations === 'serverless',
  },
  payloadMb: {
    kind: 'number',
    unit: 'MB',
    label: 'Request or response payload',
    question: 'How large is one request or response body, in MB (blank to skip)?',
    askWhen: (p) => p.operations === 'serverless' && (p.workload === 'api' || p.workload === 'event-driven'),
  },
  operatingSystem: {
    kind: 'enum',
    values: OPERATING_SYSTEM,
    label: 'Operating system',
    question: 'Which operating system does the software need?',
    valueLabels: {linux: 'Linux', windows: 'Windows'},
    askWhen: (p) => p.operations !== undefined && p.operations !== 'serverless',
  },
  cpuArchitecture: {
    kind: 'enum',
    values: CPU_ARCHITECTURE,
    label: 'Built for CPU architecture',
    question: 'Which CPU architecture are the binaries or images built for?',
    valueLabels: {'x86-64': 'x86-64 (Intel, AMD)', arm64: 'arm64 (Graviton)'},
    askWhen: (p) => p.armCompatible === true,
  },
  contentRouting: {
    kind: 'boolean',
    label: 'Routes requests by path, host or header',
    question: 'Must requests be routed to different back ends by URL path, host name or HTTP header?',
    askWhen: serves,
    group: 'details',
  },
  tlsPassthrough: {
    kind: 'boolean',
    label: 'TLS passed through to the targets',
    question: 'Must encrypted traffic reach the targets unterminated (TLS passthrough, end-to-end encryption)?',
    askWhen: serves,
    group: 'details',
  },
  inlineAppliances: {
    kind: 'boolean',
    label: 'Traffic inspected by third-party appliances',
    question: 'Must traffic pass through third-party virtual appliances (firewalls, IDS/IPS, deep packet inspection)?',
    askWhen: () => false,
  },
  extremeThroughput: {
    kind: 'boolean',
    label: 'Millions of requests or connections per second',
    question: 'Must the entry point handle millions of requests or connections per second at very low latency?',
    askWhen: serves,
    group: 'details',
  },
  multiRegion: {
    kind: 'boolean',
    label: 'Runs in several Regions',
    question: 'Does the service run in (or fail over between) several AWS Regions?',
    askWhen: serves,
    group: 'details',
  },
  resourceProfile: {
    kind: 'enum',
    values: RESOURCE_PROFILE,
    label: 'Resource the work is bound by',
    question: 'What limits the workload most?',
    valueLabels: {
      'compute-bound': 'CPU (compute-bound)',
      'memory-bound': 'memory (large in-memory data)',
      'storage-io-bound': 'local disk I/O',
      balanced: 'nothing in particular (balanced)',
    },
    askWhen: (p) => p.operations === 'instances',
  },
  cpuUsage: {
    kind: 'enum',
    values: CPU_USAGE,
    label: 'CPU utilisation over time',
    question: 'How busy is the CPU over a day?',
    valueLabels: {
      'low-steady': 'low all the time (oversized)',
      'low-with-bursts': 'usually low, with short bursts',
      'sustained-high': 'high for long stretches',
    },
    askWhen: (p) => p.operations === 'instances',
  },
  scalesOut: {
    kind: 'boolean',
    label: 'Can run as several identical instances',
    question:
      'Can the application run as several identical copies behind a load balancer (scale out), or only as one larger server (scale up)?',
    askWhen: (p) => p.operations === 'instances',
  },
  scalingSteps: {
    kind: 'boolean',
    label: 'Scales in steps sized to the alarm breach',
    question: 'Should capacity be added in steps that grow with how far a metric exceeds its threshold?',
    askWhen: () => false,
  },
  lifecycleWork: {
    kind: 'boolean',
    label: 'Instances must finish work before termination or service',
    question:
      'Must each instance finish work of its own (upload results, drain, register) before it is terminated or put into service?',
    askWhen: () => false,
  },
  metricTarget: {
    kind: 'boolean',
    label: 'Scaling holds a metric at a target value',
    question:
      'Should capacity follow load so that a metric (average CPU, requests or queue backlog per instance) stays at a target value?',
    askWhen: () => false,
  },
  queueWorkers: {
    kind: 'boolean',
    label: 'Workers pull their work from a queue',
    question: 'Do worker instances pull their work from a queue (such as Amazon SQS)?',
    askWhen: () => false,
  },
  knownEventPeaks: {
    kind: 'boolean',
    label: 'Peaks at known dates and times',
    question:
      'Do the peaks happen at dates and times known in advance (launches, sales, registration days) rather than in a daily or weekly cycle?',
    askWhen: (p) => p.loadPattern === 'predictable-peaks',
  },
  clockTimePeaks: {
    kind: 'boolean',
    label: 'Peaks recur at a fixed clock time',
    question:
      'Does the peak come back at the same clock time every day or week (every Friday at 18:00, every weekday at 08:00)?',
    askWhen: (p) => p.loadPattern === 'predictable-peaks' && p.knownEventPeaks !== true,
  },
  instanceFlexible: {
    kind: 'boolean',
    label: 'Can run on many instance types',
    question: 'Can the work run on several instance types and sizes (for a wider choice of Spot capacity)?',
    askWhen: (p) => p.interruptionTolerant === true,
  },
  avoidInterruptions: {
    kind: 'boolean',
    label: 'Spot interruptions should be as rare as possible',
    question: 'Although interruptions are tolerated, are they costly enough that they should be as rare as possible?',
    askWhen: (p) => p.interruptionTolerant === true,
  },
  dedicatedHardware: {
    kind: 'boolean',
    label: 'Must run on single-tenant hardware',
    question: 'Do rules require hardware that no other AWS customer shares?',
    askWhen: (p) => p.operations === 'instances',
  },
  containerized: {
    kind: 'boolean',
    label: 'Packaged as containers',
    question: 'Is the software packaged as container images?',
    askWhen: (p) => p.operations !== undefined && p.operations !== 'serverless',
  },
  platformProvisioning: {
    kind: 'boolean',
    label: 'AWS provisions capacity, load balancing and scaling for uploaded code',
    question: 'Should the team upload its code and have AWS provision the capacity, load balancing and scaling?',
    askWhen: () => false,
  },
  kubernetes: {
    kind: 'boolean',
    label: 'Must run on Kubernetes',
    question: 'Must the containers run on Kubernetes (existing manifests, Helm charts, portability)?',
    askWhen: (p) => p.containerized === true || p.operations === 'managed-containers',
  },
  coldStartSensitive: {
    kind: 'boolean',
    label: 'Start-up latency of new function instances matters',
    question: 'Would the delay of a cold start (a new function environment initialising) hurt users?',
    askWhen: (p) => p.operations === 'serverless',
  },
  reachesPrivateSubnet: {
    kind: 'boolean',
    label: 'Functions must reach resources in private subnets (databases, instances)',
    question:
      'Must the functions connect to resources that sit in private subnets of a VPC, such as a database or EC2 instances?',
    askWhen: (p) => p.operations === 'serverless',
  },
  concurrencyCap: {
    kind: 'boolean',
    label: 'Concurrency must be capped (a downstream system takes only so many connections)',
    question:
      'Must the number of function instances running at once stay under a limit, for example a database that accepts only so many connections?',
    askWhen: (p) => p.operations === 'serverless',
  },
  runtime: {
    kind: 'enum',
    values: RUNTIME,
    label: 'Function runtime',
    question: 'Which language runtime do the functions use?',
    valueLabels: {
      java: 'Java',
      python: 'Python',
      nodejs: 'Node.js',
      dotnet: '.NET',
      other: 'another runtime (Go, Ruby, custom)',
    },
    askWhen: (p) => p.coldStartSensitive === true,
  },
  environment: {
    kind: 'enum',
    values: ENVIRONMENT,
    label: 'Environment',
    question: 'Is this production or a non-production environment (development, test, staging)?',
    valueLabels: {production: 'production', 'non-production': 'non-production (dev, test, staging)'},
    askWhen: (p) => p.operations === 'instances',
  },
  idleOutOfHours: {
    kind: 'boolean',
    label: 'Used only in working hours',
    question: 'Is it used only during working hours, and idle at night and at weekends?',
    askWhen: (p) => p.environment === 'non-production',
  },
  runsFewHours: {
    kind: 'boolean',
    label: 'Runs only a few hours a day or week',
    question: 'Does the work run only a few hours a day (or a week), leaving its capacity idle the rest of the time?',
    askWhen: (p) => p.workload === 'batch',
  },
  costManagementNeed: {
    kind: 'enum',
    values: COST_MANAGEMENT_NEED,
    label: 'Cost management need',
    question: 'What do you need to do with the bill?',
    valueLabels: {
      'explore-and-forecast': 'see where spend goes and forecast it',
      'budget-alerts': 'be alerted when spend crosses a threshold',
      'budget-enforcement': 'stop or block spending automatically at a threshold',
      'line-item-detail': 'analyse detailed hourly line items in our own tools',
      'allocate-by-tag': 'split costs by team, project or environment',
      rightsizing: 'find over-provisioned resources to resize',
      'combine-accounts': 'one bill for many accounts, sharing discounts',
    },
    askWhen: () => false,
  },
  privateSubnetTraffic: {
    kind: 'enum',
    values: PRIVATE_SUBNET_TRAFFIC,
    label: 'Where traffic from private subnets goes',
    question: 'Where do instances in private subnets send most of their traffic?',
    valueLabels: {
      's3-or-dynamodb': 'Amazon S3 or DynamoDB',
      'other-aws-services': 'other AWS service APIs',
      internet: 'the internet',
    },
    askWhen: () => false,
  },
  instancePlacement: {
    kind: 'enum',
    values: INSTANCE_PLACEMENT,
    label: 'How the instances sit relative to each other',
    question: 'How must the instances be placed relative to each other?',
    valueLabels: {
      'close-together': 'close together: low latency and high throughput between nodes (tightly coupled, HPC)',
      'separate-hardware': 'each on separate hardware, so a few critical instances never fail together',
      'rack-aware-partitions': 'in partitions that share no racks (large replicated stores: HDFS, Cassandra, Kafka)',
    },
    askWhen: () => false,
  },
  zoneResilient: {
    kind: 'boolean',
    label: 'Keeps running if an Availability Zone fails',
    question: 'Must the workload keep running when one Availability Zone fails (high availability)?',
    askWhen: () => false,
  },
  sageMakerUsage: {
    kind: 'boolean',
    label: 'The spend is Amazon SageMaker AI usage',
    question: 'Is the usage to discount Amazon SageMaker AI (notebooks, training, inference)?',
    askWhen: () => false,
  },
  needsCuda: {
    kind: 'boolean',
    label: 'Code needs CUDA (NVIDIA GPUs)',
    question: 'Does the code depend on CUDA, so that it needs NVIDIA GPUs?',
    askWhen: () => false,
  },
  sessionAffinity: {
    kind: 'boolean',
    label: 'Each user must stay on one target',
    question: 'Do the servers keep session state locally, so each user must keep reaching the same target?',
    askWhen: () => false,
  },
  drainInFlight: {
    kind: 'boolean',
    label: 'In-flight requests must finish when a target leaves',
    question: 'Must requests already in progress finish when an instance is removed or scaled in?',
    askWhen: () => false,
  },
  // Read from the text only: a questionnaire about where to run has no reason to ask it.
  nodeAgents: {
    kind: 'boolean',
    label: 'Runs an agent on every node (Kubernetes DaemonSets)',
    question: 'Must an agent (logging, security, monitoring) run on every node, as a Kubernetes DaemonSet?',
    askWhen: () => false,
  },
  unevenZones: {
    kind: 'boolean',
    label: 'Targets are spread unevenly across zones',
    question: 'Do the Availability Zones hold different numbers of targets, so some are overloaded?',
    askWhen: () => false,
  },
  s3FromOnPremises: {
    kind: 'boolean',
    label: 'On-premises systems reach S3 privately',
    question: 'Must systems on premises reach Amazon S3 over Direct Connect or VPN, off the internet?',
    askWhen: () => false,
  },
  existingServers: {
    kind: 'boolean',
    label: 'Must keep using servers it owns on premises',
    question: 'Must the workload keep running on servers you already own in your data center?',
    askWhen: (p) => p.residency === 'on-premises' || p.clients === 'on-premises-systems',
  },
  noUpfront: {
    kind: 'boolean',
    label: 'Nothing may be paid up front',
    question: 'Must any commitment be bought with no upfront payment?',
    askWhen: () => false,
  },
  noCodeChanges: {
    kind: 'boolean',
    label: 'The application code cannot change',
    question: 'Must the fix work without changing the application code?',
    askWhen: () => false,
  },
  crossZoneCharges: {
    kind: 'boolean',
    label: 'Pays to move data between Availability Zones',
    question: 'Do data transfer charges between Availability Zones show on the bill and need to go?',
    askWhen: () => false,
  },
  internetEgressCharges: {
    kind: 'boolean',
    label: 'Pays for data transfer out to the internet',
    question: 'Is data sent from your instances or load balancers to internet users a large item on the bill?',
    askWhen: () => false,
  },
  spareSavingsPlan: {
    kind: 'boolean',
    label: 'Already holds a Savings Plan with unused commitment',
    question: 'Does a Savings Plan you already hold have commitment that current usage leaves unused?',
    askWhen: () => false,
  },
  upfrontPreferred: {
    kind: 'boolean',
    label: 'Would pay up front for the lowest total cost',
    question: 'Can you pay for a commitment up front to get the lowest total cost over its term?',
    askWhen: () => false,
  },
  memoryUnmeasured: {
    kind: 'boolean',
    label: 'Rightsizing cannot see memory use',
    question: 'Do the rightsizing recommendations lack memory data, so they rest on CPU alone?',
    askWhen: () => false,
  },
  longLookback: {
    kind: 'boolean',
    label: 'Rightsizing must look back further than two weeks',
    question:
      'Must rightsizing recommendations weigh more than the last two weeks of use (monthly or quarterly cycles, about three months of history)?',
    askWhen: () => false,
  },
  noBurstCharges: {
    kind: 'boolean',
    label: 'Burstable instances must never cost more than their hourly price',
    question:
      'Must burstable (T) instances never be billed beyond their hourly price, with throttling to the baseline accepted instead?',
    askWhen: () => false,
  },
  fewestInstances: {
    kind: 'boolean',
    label: 'Containers should run on as few instances as possible',
    question:
      'Should the containers be packed onto as few EC2 instances as possible, to keep the instance count (and cost) down?',
    askWhen: () => false,
  },
  inAutoScalingGroup: {
    kind: 'boolean',
    label: 'Already runs in an Auto Scaling group',
    question: 'Do the instances already run in an EC2 Auto Scaling group?',
    askWhen: () => false,
  },
  ioPattern: {
    kind: 'enum',
    values: IO_PATTERN,
    label: 'How the disks are read and written',
    question: 'Is the local disk I/O mostly small random reads and writes, or large sequential scans?',
    valueLabels: {
      random: 'small random reads and writes (IOPS, latency)',
      sequential: 'large sequential reads and writes (throughput, cost per TB)',
    },
    askWhen: () => false,
  },
  optimizeFor: {
    kind: 'enum',
    values: OPTIMIZE_FOR,
    label: 'Optimize for',
    question: 'What matters most?',
    valueLabels: {
      cost: 'lowest cost',
      'operational-overhead': 'least operational overhead',
      performance: 'performance',
    },
  },
} satisfies Record<ProfileField, FieldSpec>

/** Questionnaire order: earlier answers decide which later questions are asked. */
export const FIELD_ORDER = Object.keys(FIELD_SPECS) as ProfileField[]

/** "Clients: IoT devices and gateways" — how a fact reads in a report. */
export function describeFact(field: string, value: unknown): string {
  const spec = (FIELD_SPECS as Record<string, FieldSpec>)[field]
  if (!spec) return `${field} = ${String(value)}`
  if (spec.kind === 'enum' || spec.kind === 'choice')
    return `${spec.label}: ${spec.valueLabels[String(value)] ?? String(value)}`
  if (spec.kind === 'number') return `${spec.label}: ${String(value)} ${spec.unit}`
  return `${spec.label}: ${value === true ? 'yes' : 'no'}`
}
