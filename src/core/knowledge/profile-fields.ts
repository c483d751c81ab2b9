import {
  CDN_EVENT,
  CLIENTS,
  CONNECTIVITY,
  DATA_VOLUME,
  FLEXIBILITY,
  LATENCY,
  LICENSING,
  LOAD_PATTERN,
  OPERATIONS,
  OPTIMIZE_FOR,
  PROTOCOL,
  RESIDENCY,
  SITE_SCALE,
  WORKLOAD,
  type Profile,
  type ProfileField,
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
    | {kind: 'enum'; values: readonly string[]; valueLabels: Record<string, string>}
    | {kind: 'number'; unit: string}
    | {kind: 'boolean'}
    | {kind: 'choice'; values: readonly number[]; valueLabels: Record<string, string>}
  )

const isEdgeHttp = (p: Profile) => p.workload === 'edge-request-logic'
const runsCode = (p: Profile) => p.workload !== 'static-content' && p.workload !== 'data-migration'
const isDeviceOrSite = (p: Profile) => p.clients === 'iot-devices' || p.clients === 'on-premises-systems' || p.residency === 'on-premises'
const onInstances = (p: Profile) => p.workload !== 'edge-request-logic' && p.workload !== 'static-content'

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
    valueLabels: {'single-digit-ms': 'single-digit milliseconds', low: 'low (tens of ms)', moderate: 'moderate (100 ms or so)', relaxed: 'not critical'},
  },
  connectivity: {
    kind: 'enum',
    values: CONNECTIVITY,
    label: 'Connectivity to the Region',
    question: 'How well is the site connected to an AWS Region?',
    valueLabels: {always: 'reliable, always on', intermittent: 'intermittent (drops for minutes to hours)', none: 'none (disconnected or air-gapped)'},
    askWhen: isDeviceOrSite,
  },
  residency: {
    kind: 'enum',
    values: RESIDENCY,
    label: 'Data residency',
    question: 'Where must the data stay?',
    valueLabels: {none: 'no constraint', 'in-jurisdiction': 'in a given country, state or metro', 'on-premises': "in our own data center or site"},
  },
  ownFacility: {kind: 'boolean', label: 'Has its own data center or site for hardware', question: 'Do you have (and want to use) your own data center or site to host AWS hardware?', askWhen: (p) => p.residency === 'on-premises' || p.clients === 'on-premises-systems' || p.clients === 'metro-users'},
  newCustomer: {kind: 'boolean', label: 'New AWS customer', question: 'Is this a new AWS customer (no services bought before)?', askWhen: () => false},
  siteScale: {
    kind: 'enum',
    values: SITE_SCALE,
    label: 'Site scale',
    question: 'How big is the on-premises site?',
    valueLabels: {'small-site': 'small (a store, branch or closet)', 'data-center': 'a data center'},
    askWhen: (p) => p.residency === 'on-premises' || p.clients === 'on-premises-systems',
  },
  managedHardwareOnSite: {kind: 'boolean', label: 'AWS-managed hardware on site', question: 'Should AWS install and manage the hardware on your site, with the same APIs as the Region?', askWhen: (p) => p.residency === 'on-premises' || p.clients === 'on-premises-systems'},
  ruggedSite: {kind: 'boolean', label: 'Rugged or austere site', question: 'Is the site rugged or austere (ship, mine, field)?', askWhen: isDeviceOrSite},
  edgeProcessing: {kind: 'boolean', label: 'Process data at the source', question: 'Must data be processed, filtered or acted on at the site, near where it is produced?', askWhen: isDeviceOrSite},
  dataVolume: {
    kind: 'enum',
    values: DATA_VOLUME,
    label: 'Data produced at the source',
    question: 'How much data does the source produce?',
    valueLabels: {low: 'under 1 GB a day', moderate: '1–100 GB a day', high: '100 GB–10 TB a day', massive: 'over 10 TB a day'},
    askWhen: isDeviceOrSite,
  },
  dataGbPerDay: {kind: 'number', unit: 'GB/day', label: 'Data per day', question: 'Roughly how many GB a day (for cost estimates; blank to skip)?', askWhen: (p) => p.dataVolume === 'high' || p.dataVolume === 'massive'},
  cdnEvent: {
    kind: 'enum',
    values: CDN_EVENT,
    label: 'CloudFront event',
    question: 'Which CloudFront event must the logic run on?',
    valueLabels: {'viewer-request': 'viewer request', 'viewer-response': 'viewer response', 'origin-request': 'origin request', 'origin-response': 'origin response'},
    askWhen: isEdgeHttp,
  },
  needsNetworkAccess: {kind: 'boolean', label: 'Network calls during a request', question: 'Must the code call other services over the network while handling a request?', askWhen: isEdgeHttp, capability: true},
  needsBodyAccess: {kind: 'boolean', label: 'Request body access', question: 'Must the code read the request body?', askWhen: isEdgeHttp, capability: true},
  codeSizeKb: {kind: 'number', unit: 'KB', label: 'Code size', question: 'How large is the code package in KB (blank to skip)?', askWhen: isEdgeHttp, capability: true},
  executionSeconds: {kind: 'number', unit: 's', label: 'Run time of one unit of work', question: 'How long does one request, job or invocation run, in seconds (blank to skip)?', askWhen: runsCode, capability: true},
  needsGpu: {kind: 'boolean', label: 'Needs GPUs', question: 'Does the work need GPUs?', askWhen: runsCode, capability: true},
  memoryMb: {kind: 'number', unit: 'MB', label: 'Memory per unit of work', question: 'How much memory does one unit of work need, in MB (blank to skip)?', askWhen: runsCode, capability: true},
  jobQueue: {kind: 'boolean', label: 'Queued jobs with priorities or dependencies', question: 'Are there many queued jobs with priorities, dependencies or retries to schedule?', askWhen: (p) => p.workload === 'batch'},
  loadPattern: {
    kind: 'enum',
    values: LOAD_PATTERN,
    label: 'Load pattern',
    question: 'What does the load look like over time?',
    valueLabels: {steady: 'steady, around the clock', spiky: 'spiky or bursty', 'predictable-peaks': 'predictable peaks (daily, weekly)', unpredictable: 'unpredictable'},
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
      {label: 'only capacity above a steady base; the base must never be interrupted', facts: {interruptionTolerant: false, burstInterruptible: true}},
      {label: 'no: none of it may be interrupted', facts: {interruptionTolerant: false, burstInterruptible: false}},
    ],
  },
  // Answered through interruptionTolerant's question.
  burstInterruptible: {kind: 'boolean', label: 'Capacity above a base may be interrupted', question: 'Must a base of capacity never be interrupted, while capacity above it may be?', askWhen: () => false},
  usesSpot: {kind: 'boolean', label: 'Already runs on Spot', question: 'Does the fleet already run on Spot Instances (and should keep doing so)?', askWhen: (p) => p.interruptionTolerant === true},
  slowStartup: {kind: 'boolean', label: 'Instances take minutes to start serving', question: 'Do new instances take minutes to boot and warm up before they can serve?', askWhen: (p) => p.operations === 'instances', group: 'instances'},
  resumeState: {kind: 'boolean', label: 'Must resume with memory state', question: 'Must stopped instances resume with their memory state (open sessions, loaded data)?', askWhen: (p) => p.operations === 'instances', group: 'instances'},
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
    valueLabels: {'fixed-family': 'same instance family and Region', 'across-families': 'may change instance family, size or Region', 'across-compute-services': 'may move between EC2, Fargate and Lambda'},
    askWhen: (p) => p.commitmentYears === 1 || p.commitmentYears === 3,
  },
  capacityReservation: {kind: 'boolean', label: 'Needs reserved capacity in one AZ', question: 'Must capacity be reserved in a specific Availability Zone?', askWhen: (p) => p.commitmentYears === 1 || p.commitmentYears === 3, group: 'commitment'},
  mayResell: {kind: 'boolean', label: 'May need to sell the commitment', question: 'Might you need to sell the unused part of the commitment later?', askWhen: (p) => p.commitmentYears === 1 || p.commitmentYears === 3, group: 'commitment'},
  operations: {
    kind: 'enum',
    values: OPERATIONS,
    label: 'Operations preference',
    question: 'What should the team operate?',
    valueLabels: {serverless: 'serverless (nothing to operate)', 'managed-containers': 'containers, but no servers', instances: 'instances (we manage the OS)'},
    askWhen: onInstances,
  },
  protocol: {
    kind: 'enum',
    values: PROTOCOL,
    label: 'Protocol',
    question: 'What traffic do clients send?',
    valueLabels: {http: 'HTTP(S)', 'tcp-udp': 'non-HTTP TCP or UDP'},
    askWhen: (p) => p.clients === 'global-viewers' || p.clients === 'metro-users' || p.clients === 'mobile-5g' || p.workload === 'realtime-multiplayer',
  },
  staticIps: {kind: 'boolean', label: 'Needs static IP addresses', question: 'Do clients need fixed (static) IP addresses to connect to?', askWhen: (p) => p.protocol === 'tcp-udp' || p.workload === 'realtime-multiplayer'},
  licensing: {
    kind: 'enum',
    values: LICENSING,
    label: 'Software licensing',
    question: 'Is software licensed per physical socket or core (bring your own license), or must you see and keep the physical host?',
    valueLabels: {none: 'no', 'per-socket-or-core': 'yes: per-socket/core licences or host-level control'},
    askWhen: (p) => p.operations === 'instances',
  },
  armCompatible: {kind: 'boolean', label: 'Runs on ARM64', question: 'Can the software run on ARM64 (Graviton)?', askWhen: onInstances},
  optimizeFor: {
    kind: 'enum',
    values: OPTIMIZE_FOR,
    label: 'Optimize for',
    question: 'What matters most?',
    valueLabels: {cost: 'lowest cost', 'operational-overhead': 'least operational overhead', performance: 'performance'},
  },
} satisfies Record<ProfileField, FieldSpec>

/** Questionnaire order: earlier answers decide which later questions are asked. */
export const FIELD_ORDER = Object.keys(FIELD_SPECS) as ProfileField[]

/** "Clients: IoT devices and gateways" — how a fact reads in a report. */
export function describeFact(field: string, value: unknown): string {
  const spec = (FIELD_SPECS as Record<string, FieldSpec>)[field]
  if (!spec) return `${field} = ${String(value)}`
  if (spec.kind === 'enum' || spec.kind === 'choice') return `${spec.label}: ${spec.valueLabels[String(value)] ?? String(value)}`
  if (spec.kind === 'number') return `${spec.label}: ${String(value)} ${spec.unit}`
  return `${spec.label}: ${value === true ? 'yes' : 'no'}`
}
