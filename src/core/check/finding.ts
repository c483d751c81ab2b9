import type {NotJudged} from './record-kind.js'

/**
 * The check command's result model, shared by the analysis (which produces
 * it) and the reporters (text, JSON, SARIF, JUnit, Markdown) that print it.
 */
export const SEVERITIES = ['error', 'warning', 'note'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A requirement as the document stated it: the profile fact and the words behind it. */
export interface RequirementEvidence {
  field: string
  value: boolean | number | string
  /** The quoted words, or `front matter` / `requirements` for structured input. */
  quote: string
  line: number
}

export interface Finding {
  /** A knowledge-base rule name (e.g. `lambda.max-timeout`) or an `edgewise.*` check id. */
  ruleId: string
  severity: Severity
  /** Path as given on the command line (relative when possible), forward slashes. */
  file: string
  /** 1-based line where the decision names the service. */
  line: number
  /** Catalog id of the chosen service the finding is about. */
  service: string
  serviceName: string
  /** One sentence: what is wrong and what to use instead. */
  message: string
  /** The requirement the choice contradicts; absent for notes about missing requirements. */
  requirement?: RequirementEvidence
  /** Catalog ids to use instead. */
  instead: string[]
  doc: string
  /** Mandatory findings cannot be waived. */
  mandatory: boolean
}

/** An inline `<!-- edgewise-ignore RULE-ID reason="…" until=YYYY-MM-DD -->` comment. */
export interface Waiver {
  ruleId: string
  reason: string | undefined
  until: string | undefined
  line: number
  /** Why the waiver does not suppress anything, when it does not. */
  invalid?: string
}

export interface WaivedFinding {
  finding: Finding
  waiver: Waiver
}

export interface ChosenService {
  service: string
  line: number
  /** The words that named it. */
  alias: string
  /** The variant a mention named by its own name (an Outposts rack, an EC2 Instance Savings Plan), if any. */
  variant?: string
  /** The component the decision chose it for ("AWS Lambda for the API": `api`), if it says. */
  purpose?: string
}

export interface DocumentReport {
  file: string
  /**
   * `judged` when the document chooses services edgewise knows and its
   * requirements were read against them; `not-judged` when it was read but
   * cannot be judged (`notJudged` says why: not a decision record, no
   * decision, another language, nothing from the catalog chosen); `skipped`
   * when the record's own status says it is no longer in force (superseded,
   * deprecated, rejected…); `error` when the file could not be read or parsed
   * (the batch still goes on). Only a judged document without findings is
   * sound.
   */
  status: 'error' | 'judged' | 'not-judged' | 'skipped'
  /** For `not-judged` documents: why. */
  notJudged?: NotJudged
  /** For `skipped` documents: the status as written and its line. */
  skipped?: {status: string; line: number}
  error?: string
  /** Line of the problem for `error` documents, when known. */
  errorLine?: number
  findings: Finding[]
  waived: WaivedFinding[]
  /** Waivers that were malformed or expired, and so suppressed nothing. */
  invalidWaivers: Waiver[]
  chosen: ChosenService[]
  /** Services named only among considered or rejected alternatives. */
  notChosen: ChosenService[]
}

/** What SARIF's `tool.driver.rules` and the reports' rule tables need to know about a rule. */
export interface RuleDescriptor {
  id: string
  shortDescription: string
  fullDescription: string
  helpUri: string
  defaultLevel: Severity
}

export interface CheckReport {
  /** `informationUri` only when the package says where it lives (package.json `homepage`). */
  tool: {name: string; version: string; informationUri?: string}
  documents: DocumentReport[]
  rules: RuleDescriptor[]
  /** Findings dropped because they were in the baseline. */
  baselined: number
}
