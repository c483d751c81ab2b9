import type {CheckReport, DocumentReport, Finding, RuleDescriptor, Waiver} from '../../src/core/check/finding.js'

/** A finding with plausible defaults; override what the test is about. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'lambda.max-timeout',
    severity: 'error',
    file: 'adr/0001-jobs.md',
    line: 12,
    service: 'lambda',
    serviceName: 'AWS Lambda',
    message: 'AWS Lambda stops a function after 15 minutes, but jobs run for up to 2 hours; use AWS Fargate instead.',
    requirement: {field: 'maxRuntimeMinutes', value: 120, quote: 'jobs run for up to 2 hours', line: 5},
    instead: ['fargate', 'batch'],
    doc: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
    mandatory: false,
    ...overrides,
  }
}

export function waiver(overrides: Partial<Waiver> = {}): Waiver {
  return {ruleId: 'lambda.max-timeout', reason: 'migrating in Q3', until: '2026-12-31', line: 3, ...overrides}
}

/** A checked document; its file is copied onto the findings so tests cannot disagree with themselves. */
export function doc(file: string, overrides: Partial<DocumentReport> = {}): DocumentReport {
  const base: DocumentReport = {
    file,
    status: 'judged',
    findings: [],
    waived: [],
    invalidWaivers: [],
    chosen: [],
    notChosen: [],
    ...overrides,
  }
  return {
    ...base,
    findings: base.findings.map((f) => ({...f, file})),
    waived: base.waived.map((w) => ({...w, finding: {...w.finding, file}})),
  }
}

export function unreadable(file: string, error: string, errorLine?: number): DocumentReport {
  return {
    file,
    status: 'error',
    error,
    ...(errorLine === undefined ? {} : {errorLine}),
    findings: [],
    waived: [],
    invalidWaivers: [],
    chosen: [],
    notChosen: [],
  }
}

export const RULES: RuleDescriptor[] = [
  {
    id: 'lambda.max-timeout',
    shortDescription: 'Lambda cannot run longer than 15 minutes',
    fullDescription:
      'A Lambda invocation is stopped after 900 seconds; long jobs need Fargate, Batch or Step Functions.',
    helpUri: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    defaultLevel: 'error',
  },
  {
    id: 'cloudfront-functions.origin-calls-only',
    shortDescription: 'CloudFront Functions can call only origins of their own distribution',
    fullDescription:
      'CloudFront Functions can call only an origin of their own distribution, never a URL; use Lambda@Edge for third-party calls.',
    helpUri: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/helper-functions-network-calls.html',
    defaultLevel: 'warning',
  },
  {
    id: 'unused.rule',
    shortDescription: 'A rule without results',
    fullDescription: 'Present to check that renderers leave out rules without results.',
    helpUri: 'https://docs.aws.amazon.com/',
    defaultLevel: 'note',
  },
]

export function report(documents: DocumentReport[], overrides: Partial<CheckReport> = {}): CheckReport {
  return {
    tool: {name: 'edgewise', version: '0.1.0', informationUri: 'https://github.com/example/edgewise'},
    documents,
    rules: RULES,
    baselined: 0,
    ...overrides,
  }
}

/** A report with one of everything: errors, a warning, a note, a waived finding, an invalid waiver, a sound file, an unreadable file. */
export function mixedReport(): CheckReport {
  return report(
    [
      doc('adr/0002-edge.md', {
        findings: [
          finding({
            ruleId: 'cloudfront-functions.origin-calls-only',
            severity: 'warning',
            line: 30,
            service: 'cloudfront-functions',
            serviceName: 'CloudFront Functions',
            message:
              'CloudFront Functions can call only origins of their own distribution, but the auth check calls an IdP; use Lambda@Edge instead.',
            requirement: {
              field: 'needsNetwork',
              value: true,
              quote: 'calls our identity provider <IdP> & "checks" tokens',
              line: 8,
            },
            instead: ['lambda-edge'],
          }),
          finding({
            ruleId: 'edgewise.missing-requirement',
            severity: 'note',
            line: 4,
            service: 'cloudfront',
            serviceName: 'Amazon CloudFront',
            message: 'No latency target is written down.',
            requirement: undefined,
            instead: [],
          }),
        ],
        invalidWaivers: [
          waiver({ruleId: 'lambda.max-timeout', line: 2, invalid: 'expired on 2026-01-31', until: '2026-01-31'}),
        ],
      }),
      unreadable('adr/0004-broken.md', 'front matter is not valid YAML', 3),
      doc('adr/0001-jobs.md', {
        findings: [
          finding(),
          finding({
            line: 40,
            service: 'lambda',
            requirement: {field: 'maxRuntimeMinutes', value: 120, quote: 'nightly export takes 2 hours', line: 38},
          }),
        ],
        waived: [
          {
            finding: finding({
              ruleId: 'cloudfront-functions.origin-calls-only',
              severity: 'warning',
              line: 20,
              service: 'cloudfront-functions',
            }),
            waiver: waiver({ruleId: 'cloudfront-functions.origin-calls-only', reason: 'only reads a header', line: 19}),
          },
        ],
      }),
      doc('adr/0003-sound.md', {chosen: [{service: 'fargate', line: 7, alias: 'Fargate'}]}),
    ],
    {baselined: 1},
  )
}
