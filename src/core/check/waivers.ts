import type {Finding, WaivedFinding, Waiver} from './finding.js'

import {closestName} from '../validation/closest-name.js'

/**
 * Inline waivers: `<!-- edgewise-ignore RULE-ID reason="…" until=YYYY-MM-DD -->`.
 *
 * Like cdk-nag acknowledgements a waiver must say why, and like Trivy's `exp:`
 * it may expire; like cfn-lint's mandatory checks some rules cannot be waived.
 * A waiver that is wrong in any way suppresses nothing and is reported, so a
 * typo can never silently hide a finding.
 */

const COMMENT = /<!--([\s\S]*?)-->/g
// name=value with double, single or typographic quotes (pasted from rich text), or a bare word.
const TOKEN = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|“([^”]*)”|([^\s"'“”]+))|(\S+)/g
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const KNOWN_ATTRIBUTES = new Set(['reason', 'until'])

/**
 * Replaces the lines of fenced code blocks with empty lines. A comment inside a
 * fence is shown literally by every Markdown renderer, so it is an example (an
 * ADR explaining waivers, say), not a waiver. Line numbers stay intact.
 */
function blankFences(text: string): string {
  const lines = text.split('\n')
  let fence: undefined | {char: string; length: number}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence === undefined) {
      if (open?.[1] !== undefined) {
        fence = {char: open[1].charAt(0), length: open[1].length}
        lines[i] = ''
      }
      continue
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
    if (close?.[1] !== undefined && close[1].charAt(0) === fence.char && close[1].length >= fence.length)
      fence = undefined
    lines[i] = ''
  }
  return lines.join('\n')
}

/** `undefined` when `value` is a real calendar date written YYYY-MM-DD, else why it is not. */
function dateProblem(value: string): string | undefined {
  const match = ISO_DATE.exec(value)
  if (match === null) return 'until must be a date written YYYY-MM-DD'
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real ? undefined : `until=${value} is not a calendar date`
}

function parseComment(body: string, line: number, today: string): Waiver {
  const problems: string[] = []
  const attributes = new Map<string, string>()
  const bare: string[] = []
  for (const token of body.matchAll(TOKEN)) {
    const [, name, ...values] = token
    if (name === undefined) {
      // An unclosed quote leaves `reason="…` as one bare word; say so rather than call it a rule id.
      if (token[0].includes('=')) problems.push(`cannot read ${token[0]}: write name="value" with matching quotes`)
      else bare.push(token[0])
      continue
    }
    const key = name.toLowerCase()
    if (!KNOWN_ATTRIBUTES.has(key)) problems.push(`unknown attribute ${name} (a waiver takes reason and until)`)
    else if (attributes.has(key)) problems.push(`${key} is given twice`)
    else attributes.set(key, values.slice(0, 4).find((v) => v !== undefined) ?? '')
  }

  const [ruleId = '', ...extra] = bare
  if (ruleId === '') problems.unshift('a rule id is required: <!-- edgewise-ignore RULE-ID reason="…" -->')
  for (const other of extra) problems.push(`one rule id per comment: put ${other} in a comment of its own`)

  const reason = attributes.get('reason')?.trim() || undefined
  if (reason === undefined) problems.push('a reason is required: reason="…"')

  const until = attributes.get('until')?.trim()
  if (until !== undefined) {
    const problem = dateProblem(until)
    if (problem !== undefined) problems.push(problem)
    // Both are valid YYYY-MM-DD here, so string order is date order; a waiver is good through its `until` day.
    else if (until < today) problems.push(`expired on ${until}`)
  }

  const waiver: Waiver = {ruleId, reason, until, line}
  if (problems.length > 0) waiver.invalid = problems.join('; ')
  return waiver
}

/**
 * Every `edgewise-ignore` comment in a Markdown document, valid or not, in
 * document order. `line` is the 1-based line where the comment starts. `today`
 * (YYYY-MM-DD) is passed in so the result depends on nothing but the arguments.
 */
export function parseWaivers(text: string, today: string): Waiver[] {
  // Most documents have no waiver: skip splitting them into lines.
  if (!text.includes('edgewise-ignore')) return []
  const source = blankFences(text.replaceAll('\r\n', '\n'))
  const waivers: Waiver[] = []
  let line = 1
  let counted = 0
  for (const match of source.matchAll(COMMENT)) {
    const body = (match[1] ?? '').trim()
    if (!/^edgewise-ignore(\s|$)/.test(body)) continue
    // Count newlines incrementally so a document with many comments stays linear.
    for (let i = counted; i < match.index; i++) if (source.codePointAt(i) === 10) line++
    counted = match.index
    waivers.push(parseComment(body.slice('edgewise-ignore'.length), line, today))
  }
  return waivers
}

/**
 * Applies one document's waivers to that document's findings.
 *
 * A valid waiver suppresses every finding with its rule id (the first valid
 * waiver for a rule is the one recorded). Mandatory findings stay, and the
 * waiver that tried to suppress them is reported as invalid. Returned invalid
 * waivers are those `parseWaivers` marked, those that name no rule in
 * `knownRuleIds` (when given: a typo must not look like a waiver that simply
 * had nothing to do) and those that hit a mandatory rule, in their original order.
 */
export function applyWaivers(
  findings: Finding[],
  waivers: Waiver[],
  knownRuleIds?: ReadonlySet<string>,
): {findings: Finding[]; waived: WaivedFinding[]; invalidWaivers: Waiver[]} {
  const checked = knownRuleIds
    ? waivers.map((w) =>
        w.invalid === undefined && !knownRuleIds.has(w.ruleId)
          ? {...w, invalid: unknownRule(w.ruleId, knownRuleIds)}
          : w,
      )
    : waivers
  const byRule = new Map<string, Waiver>()
  for (const w of checked) if (w.invalid === undefined && !byRule.has(w.ruleId)) byRule.set(w.ruleId, w)

  const kept: Finding[] = []
  const waived: WaivedFinding[] = []
  const refusedRules = new Set<string>()
  for (const finding of findings) {
    const waiver = byRule.get(finding.ruleId)
    if (waiver === undefined) kept.push(finding)
    else if (finding.mandatory) {
      kept.push(finding)
      refusedRules.add(finding.ruleId)
    } else waived.push({finding, waiver})
  }

  const invalidWaivers: Waiver[] = []
  for (const w of checked) {
    if (w.invalid !== undefined) invalidWaivers.push(w)
    else if (refusedRules.has(w.ruleId))
      invalidWaivers.push({...w, invalid: `rule ${w.ruleId} is mandatory and cannot be waived`})
  }
  return {findings: kept, waived, invalidWaivers}
}

function unknownRule(ruleId: string, known: ReadonlySet<string>): string {
  const meant = closestName(ruleId, [...known])
  const hint = meant ? `did you mean ${meant}?` : 'use the id a finding shows, such as lambda.max-timeout'
  return `${ruleId} is not the rule id of any finding edgewise reports; ${hint}`
}
