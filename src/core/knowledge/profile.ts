import * as z from 'zod/mini'

/**
 * The requirement profile: everything the advisor knows about a workload.
 * Every field is optional because real requirements are incomplete; rules only
 * fire on facts that were stated, so an unknown fact never rejects a candidate.
 */

export const CLIENTS = [
  'iot-devices',
  'mobile-5g',
  'fixed-line-users',
  'metro-users',
  'global-viewers',
  'on-premises-systems',
  'internal',
] as const
export const LATENCY = ['single-digit-ms', 'low', 'moderate', 'relaxed'] as const
export const CONNECTIVITY = ['always', 'intermittent', 'none'] as const
export const DATA_VOLUME = ['low', 'moderate', 'high', 'massive'] as const
export const RESIDENCY = ['none', 'in-jurisdiction', 'on-premises'] as const
export const WORKLOAD = [
  'edge-request-logic',
  'static-content',
  'api',
  'web-app',
  'stream-processing',
  'ml-inference',
  'ml-training',
  'batch',
  'event-driven',
  'long-running',
  'realtime-multiplayer',
  'data-migration',
] as const
export const CDN_EVENT = ['viewer-request', 'viewer-response', 'origin-request', 'origin-response'] as const
export const LOAD_PATTERN = ['steady', 'spiky', 'predictable-peaks', 'unpredictable'] as const
export const FLEXIBILITY = ['fixed-family', 'across-families', 'across-compute-services'] as const
export const OPERATIONS = ['serverless', 'managed-containers', 'instances'] as const
export const PROTOCOL = ['http', 'tcp-udp'] as const
export const OPTIMIZE_FOR = ['cost', 'operational-overhead', 'performance'] as const
export const LICENSING = ['none', 'per-socket-or-core'] as const
export const SITE_SCALE = ['small-site', 'data-center'] as const
export const OPERATING_SYSTEM = ['linux', 'windows'] as const
export const CPU_ARCHITECTURE = ['x86-64', 'arm64'] as const
export const RESOURCE_PROFILE = ['compute-bound', 'memory-bound', 'storage-io-bound', 'balanced'] as const
export const CPU_USAGE = ['low-steady', 'low-with-bursts', 'sustained-high'] as const
export const RUNTIME = ['java', 'python', 'nodejs', 'dotnet', 'other'] as const
export const ENVIRONMENT = ['production', 'non-production'] as const
export const COST_MANAGEMENT_NEED = [
  'explore-and-forecast',
  'budget-alerts',
  'budget-enforcement',
  'line-item-detail',
  'allocate-by-tag',
  'rightsizing',
  'combine-accounts',
] as const
export const PRIVATE_SUBNET_TRAFFIC = ['s3-or-dynamodb', 'other-aws-services', 'internet'] as const
/** How instances must sit relative to each other on AWS hardware: what an EC2 placement group strategy decides. */
export const INSTANCE_PLACEMENT = ['close-together', 'separate-hardware', 'rack-aware-partitions'] as const
/** How local disks are used: small random reads and writes (IOPS) or large sequential scans (throughput). */
export const IO_PATTERN = ['random', 'sequential'] as const

export const ProfileSchema = z.strictObject({
  clients: z.optional(z.enum(CLIENTS)),
  latency: z.optional(z.enum(LATENCY)),
  connectivity: z.optional(z.enum(CONNECTIVITY)),
  dataVolume: z.optional(z.enum(DATA_VOLUME)),
  dataGbPerDay: z.optional(z.number().check(z.nonnegative())),
  residency: z.optional(z.enum(RESIDENCY)),
  ruggedSite: z.optional(z.boolean()),
  siteScale: z.optional(z.enum(SITE_SCALE)),
  managedHardwareOnSite: z.optional(z.boolean()),
  edgeProcessing: z.optional(z.boolean()),
  ownFacility: z.optional(z.boolean()),
  newCustomer: z.optional(z.boolean()),
  workload: z.optional(z.enum(WORKLOAD)),
  cdnEvent: z.optional(z.enum(CDN_EVENT)),
  executionSeconds: z.optional(z.number().check(z.nonnegative())),
  memoryMb: z.optional(z.number().check(z.nonnegative())),
  needsGpu: z.optional(z.boolean()),
  codeSizeKb: z.optional(z.number().check(z.nonnegative())),
  vcpus: z.optional(z.number().check(z.nonnegative())),
  ephemeralStorageGb: z.optional(z.number().check(z.nonnegative())),
  payloadMb: z.optional(z.number().check(z.nonnegative())),
  operatingSystem: z.optional(z.enum(OPERATING_SYSTEM)),
  cpuArchitecture: z.optional(z.enum(CPU_ARCHITECTURE)),
  needsNetworkAccess: z.optional(z.boolean()),
  fixedResponseHeaders: z.optional(z.boolean()),
  originsByPath: z.optional(z.boolean()),
  needsBodyAccess: z.optional(z.boolean()),
  jobQueue: z.optional(z.boolean()),
  loadPattern: z.optional(z.enum(LOAD_PATTERN)),
  interruptionTolerant: z.optional(z.boolean()),
  burstInterruptible: z.optional(z.boolean()),
  usesSpot: z.optional(z.boolean()),
  slowStartup: z.optional(z.boolean()),
  cpuNotLoadSignal: z.optional(z.boolean()),
  reachesPrivateSubnet: z.optional(z.boolean()),
  resumeState: z.optional(z.boolean()),
  commitmentYears: z.optional(z.union([z.literal(0), z.literal(1), z.literal(3)])),
  computeFlexibility: z.optional(z.enum(FLEXIBILITY)),
  changesRegion: z.optional(z.boolean()),
  capacityReservation: z.optional(z.boolean()),
  mayResell: z.optional(z.boolean()),
  fixedMonthlyPrice: z.optional(z.boolean()),
  unusedReservations: z.optional(z.boolean()),
  operations: z.optional(z.enum(OPERATIONS)),
  protocol: z.optional(z.enum(PROTOCOL)),
  staticIps: z.optional(z.boolean()),
  routeToSpecificInstance: z.optional(z.boolean()),
  licensing: z.optional(z.enum(LICENSING)),
  armCompatible: z.optional(z.boolean()),
  contentRouting: z.optional(z.boolean()),
  tlsPassthrough: z.optional(z.boolean()),
  inlineAppliances: z.optional(z.boolean()),
  extremeThroughput: z.optional(z.boolean()),
  multiRegion: z.optional(z.boolean()),
  resourceProfile: z.optional(z.enum(RESOURCE_PROFILE)),
  cpuUsage: z.optional(z.enum(CPU_USAGE)),
  scalesOut: z.optional(z.boolean()),
  scalingSteps: z.optional(z.boolean()),
  lifecycleWork: z.optional(z.boolean()),
  metricTarget: z.optional(z.boolean()),
  queueWorkers: z.optional(z.boolean()),
  knownEventPeaks: z.optional(z.boolean()),
  clockTimePeaks: z.optional(z.boolean()),
  instanceFlexible: z.optional(z.boolean()),
  avoidInterruptions: z.optional(z.boolean()),
  dedicatedHardware: z.optional(z.boolean()),
  containerized: z.optional(z.boolean()),
  platformProvisioning: z.optional(z.boolean()),
  kubernetes: z.optional(z.boolean()),
  coldStartSensitive: z.optional(z.boolean()),
  concurrencyCap: z.optional(z.boolean()),
  runtime: z.optional(z.enum(RUNTIME)),
  environment: z.optional(z.enum(ENVIRONMENT)),
  idleOutOfHours: z.optional(z.boolean()),
  runsFewHours: z.optional(z.boolean()),
  costManagementNeed: z.optional(z.enum(COST_MANAGEMENT_NEED)),
  privateSubnetTraffic: z.optional(z.enum(PRIVATE_SUBNET_TRAFFIC)),
  instancePlacement: z.optional(z.enum(INSTANCE_PLACEMENT)),
  zoneResilient: z.optional(z.boolean()),
  sageMakerUsage: z.optional(z.boolean()),
  needsCuda: z.optional(z.boolean()),
  sessionAffinity: z.optional(z.boolean()),
  drainInFlight: z.optional(z.boolean()),
  nodeAgents: z.optional(z.boolean()),
  unevenZones: z.optional(z.boolean()),
  s3FromOnPremises: z.optional(z.boolean()),
  ioPattern: z.optional(z.enum(IO_PATTERN)),
  existingServers: z.optional(z.boolean()),
  noUpfront: z.optional(z.boolean()),
  noCodeChanges: z.optional(z.boolean()),
  crossZoneCharges: z.optional(z.boolean()),
  internetEgressCharges: z.optional(z.boolean()),
  spareSavingsPlan: z.optional(z.boolean()),
  upfrontPreferred: z.optional(z.boolean()),
  memoryUnmeasured: z.optional(z.boolean()),
  longLookback: z.optional(z.boolean()),
  noBurstCharges: z.optional(z.boolean()),
  fewestInstances: z.optional(z.boolean()),
  inAutoScalingGroup: z.optional(z.boolean()),
  optimizeFor: z.optional(z.enum(OPTIMIZE_FOR)),
})

export type Profile = z.infer<typeof ProfileSchema>
export type ProfileField = keyof Profile
