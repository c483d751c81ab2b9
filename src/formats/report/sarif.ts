import type {
  CheckReport,
  DocumentReport,
  Finding,
  RuleDescriptor,
  Severity,
  WaivedFinding,
} from '../../core/check/finding.js'

import {fingerprint} from '../../core/check/baseline.js'
import {compareFindings, orderReport} from '../../core/check/summary.js'

/**
 * SARIF 2.1.0 (OASIS), in the subset GitHub code scanning reads through
 * `github/codeql-action/upload-sarif`.
 *
 * Decisions:
 * - `tool.driver.rules` lists only rules that have a result (open or waived),
 *   sorted by id; a rule edgewise ran without a result adds nothing a viewer
 *   can show, and a knowledge base has many. A result whose rule has no
 *   descriptor (an `edgewise.*` check) gets a minimal one so every result
 *   carries a valid `ruleIndex`.
 * - Waived findings stay in `results` with an `inSource` suppression, so code
 *   scanning shows them as dismissed rather than as fixed.
 * - `partialFingerprints["edgewise/v1"]` is the baseline fingerprint, which
 *   ignores line numbers: an alert survives edits above it.
 * - Unreadable files are `invocations[0].toolExecutionNotifications` at level
 *   `error` (SARIF's way to say the results are incomplete); the invocation is
 *   still `executionSuccessful: true`, because the run finished and every
 *   readable file's results are complete. Invalid waivers are notifications
 *   at level `warning`; their findings are ordinary results. A document read
 *   but not judged is a notification at level `note` with the reason, so
 *   "no results" for it never reads as "sound".
 */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
export const FINGERPRINT_KEY = 'edgewise/v1'

type Json = Record<string, unknown>

/** Each segment of a `/`-separated path percent-encoded, the separators kept. */
const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/')

/**
 * A path as a relative URI reference: forward slashes, no leading `./`, each
 * segment percent-encoded (a space or `#` would otherwise break the URI, and an
 * encoded `:` keeps `c:x.md` from reading as a scheme). Absolute paths become
 * `file:` URIs, since only a relative one can be resolved against a checkout.
 */
export function artifactUri(file: string): string {
  const path = file.replaceAll('\\', '/').replace(/^(\.\/)+/, '')
  const drive = /^([A-Za-z]):\//.exec(path)
  if (drive?.[1] !== undefined) return `file:///${drive[1]}:/${encodePath(path.slice(3))}`
  if (path.startsWith('/')) return `file://${encodePath(path)}`
  return encodePath(path)
}

/** A location; without a line (an unreadable file whose problem has no line) it names the whole file. */
const location = (file: string, line: number | undefined, message?: string): Json => ({
  physicalLocation: {
    artifactLocation: {uri: artifactUri(file)},
    ...(line === undefined ? {} : {region: {startLine: Math.max(1, line)}}),
  },
  ...(message === undefined ? {} : {message: {text: message}}),
})

// SARIF messages may embed links written [text](id); literal brackets and backslashes must be escaped.
const escapeMessage = (text: string) => text.replaceAll(/[\\[\]]/g, (c) => `\\${c}`)

/** The finding's message, naming the alternatives if it does not already, and linking the requirement. */
function messageText(f: Finding): string {
  let text = escapeMessage(f.message)
  const lower = f.message.toLowerCase()
  if (f.instead.length > 0 && !f.instead.some((id) => lower.includes(id.toLowerCase()))) {
    text += ` Use instead: ${escapeMessage(f.instead.join(', '))}.`
  }
  if (f.requirement !== undefined) text += ` Requirement stated [at line ${f.requirement.line}](1).`
  return text
}

function ruleJson(rule: RuleDescriptor): Json {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: {text: rule.shortDescription},
    fullDescription: {text: rule.fullDescription},
    ...(rule.helpUri === '' ? {} : {helpUri: rule.helpUri}),
    help: {text: rule.helpUri === '' ? rule.fullDescription : `${rule.fullDescription} See ${rule.helpUri}`},
    defaultConfiguration: {level: rule.defaultLevel},
    properties: {tags: ['edgewise', 'architecture']},
  }
}

function resultJson(f: Finding, ruleIndex: Map<string, number>, waived?: WaivedFinding): Json {
  const result: Json = {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: f.severity,
    message: {text: messageText(f)},
    locations: [location(f.file, f.line)],
  }
  if (f.requirement !== undefined) {
    result.relatedLocations = [
      {id: 1, ...location(f.file, f.requirement.line, `Requirement: "${f.requirement.quote}"`)},
    ]
  }
  result.partialFingerprints = {[FINGERPRINT_KEY]: fingerprint(f)}
  if (waived !== undefined) {
    const {waiver} = waived
    result.suppressions = [
      {
        kind: 'inSource',
        status: 'accepted',
        justification:
          waiver.until === undefined ? (waiver.reason ?? '') : `${waiver.reason ?? ''} (until ${waiver.until})`,
        location: location(f.file, waiver.line),
      },
    ]
  }
  result.properties = {
    service: f.service,
    instead: [...f.instead],
    mandatory: f.mandatory,
    ...(f.doc === '' ? {} : {doc: f.doc}),
  }
  return result
}

function notifications(docs: DocumentReport[]): Json[] {
  const out: Json[] = []
  for (const doc of docs) {
    if (doc.status === 'error') {
      out.push({
        descriptor: {id: 'edgewise.unreadable'},
        level: 'error',
        message: {text: `${doc.file}: ${doc.error ?? 'could not be read or parsed'}`},
        locations: [location(doc.file, doc.errorLine)],
      })
    }
    if (doc.status === 'not-judged') {
      out.push({
        descriptor: {id: 'edgewise.not-judged'},
        level: 'note',
        message: {text: `${doc.file}: not judged: ${doc.notJudged?.detail ?? ''}`},
        locations: [location(doc.file, undefined)],
        properties: {reason: doc.notJudged?.reason ?? null},
      })
    }
    for (const w of doc.invalidWaivers) {
      out.push({
        descriptor: {id: 'edgewise.invalid-waiver'},
        level: 'warning',
        message: {
          text: `${doc.file}:${w.line}: waiver for ${w.ruleId || '(no rule id)'} suppresses nothing: ${w.invalid ?? ''}`,
        },
        locations: [location(doc.file, w.line)],
      })
    }
  }
  return out
}

type Entry = {f: Finding; w?: WaivedFinding}

/** Returns the SARIF log as pretty-printed JSON. */
export function renderSarif(report: CheckReport): string {
  const ordered = orderReport(report)
  const known = new Map(ordered.rules.map((r) => [r.id, r]))
  // Rule id -> severity of its first result, the default level for a rule without a descriptor.
  const used = new Map<string, Severity>()
  for (const d of ordered.documents)
    for (const f of [...d.findings, ...d.waived.map((w) => w.finding)])
      if (!used.has(f.ruleId)) used.set(f.ruleId, f.severity)
  const rules = [...used]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([id, level]): RuleDescriptor =>
        known.get(id) ?? {id, shortDescription: id, fullDescription: id, helpUri: '', defaultLevel: level},
    )
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]))

  // Open and waived results in one sequence, in the same order as every other format.
  const results = ordered.documents.flatMap((doc) =>
    [...doc.findings.map((f): Entry => ({f})), ...doc.waived.map((w): Entry => ({f: w.finding, w}))]
      .sort((a, b) => compareFindings(a.f, b.f))
      .map(({f, w}) => resultJson(f, ruleIndex, w)),
  )

  const log = {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: ordered.tool.name,
            version: ordered.tool.version,
            informationUri: ordered.tool.informationUri,
            rules: rules.map(ruleJson),
          },
        },
        invocations: [{executionSuccessful: true, toolExecutionNotifications: notifications(ordered.documents)}],
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
