import type {CheckReport, DocumentReport, Finding, Severity} from '../../core/check/finding.js'

import {notJudgedPhrases, orderReport, plural, summarize} from '../../core/check/summary.js'
import {type Style, wrap} from '../../ui/style.js'

export interface TextOptions {
  /** Also list sound documents (`✓ file`, with the services each chose), documents not judged (with why) and skipped ones. */
  verbose?: boolean
}

const SEVERITY_WIDTH = 'warning'.length

function paint(style: Style, severity: Severity): (s: string) => string {
  return severity === 'error' ? style.red : severity === 'warning' ? style.yellow : style.cyan
}

/**
 * A finding as `  path:line  severity  rule`, then the message wrapped under
 * it. `path:line` is what terminals and editors turn into a link to the line.
 * The ids to use instead get a line of their own only when the message does
 * not already say what to use instead.
 */
function findingLines(f: Finding, style: Style, suffix = ''): string[] {
  const lines = [
    `  ${style.dim(`${f.file}:${f.line}`)}  ${paint(style, f.severity)(f.severity.padEnd(SEVERITY_WIDTH))}  ${style.bold(f.ruleId)}`,
    wrap(f.message + suffix, style.width, 6, 6),
  ]
  if (f.requirement !== undefined)
    lines.push(wrap(`↳ "${f.requirement.quote}" ${style.dim(`(${f.file}:${f.requirement.line})`)}`, style.width, 8, 6))
  if (f.instead.length > 0 && !/\binstead\b/i.test(f.message))
    lines.push(`      ${style.green('use instead:')} ${f.instead.join(', ')}`)
  return lines
}

function documentLines(doc: DocumentReport, style: Style, verbose: boolean): string[] {
  if (doc.status === 'error') {
    const where = doc.errorLine === undefined ? doc.file : `${doc.file}:${doc.errorLine}`
    return [
      style.bold(doc.file),
      `  ${style.dim(where)}  ${style.red('unreadable')}  ${doc.error ?? 'could not be read'}`,
    ]
  }
  if (doc.status === 'skipped') {
    return verbose
      ? [
          `${style.dim('–')} ${doc.file}${style.dim(`  skipped: status "${doc.skipped?.status ?? ''}" (line ${doc.skipped?.line ?? 1})`)}`,
        ]
      : []
  }
  if (doc.status === 'not-judged') {
    return verbose ? [`${style.dim('○')} ${doc.file}${style.dim(`  not judged: ${doc.notJudged?.detail ?? ''}`)}`] : []
  }
  const quiet = doc.findings.length === 0 && doc.waived.length === 0 && doc.invalidWaivers.length === 0
  if (quiet) {
    if (!verbose) return []
    const chosen = doc.chosen.length === 0 ? '' : style.dim(`  (${doc.chosen.map((c) => c.service).join(', ')})`)
    return [`${style.green('✓')} ${doc.file}${chosen}`]
  }
  const lines = [style.bold(doc.file)]
  for (const f of doc.findings) lines.push(...findingLines(f, style))
  if (doc.waived.length > 0) {
    lines.push(`  ${style.dim('waived:')}`)
    for (const {finding, waiver} of doc.waived) {
      const until = waiver.until === undefined ? '' : ` until ${waiver.until}`
      lines.push(
        ...findingLines(finding, style, ` — waived at line ${waiver.line}${until}: ${waiver.reason ?? ''}`).slice(0, 2),
      )
    }
  }
  for (const w of doc.invalidWaivers) {
    lines.push(
      `  ${style.dim(`${doc.file}:${w.line}`)}  ${style.yellow('invalid waiver')}`,
      wrap(`for ${w.ruleId || '(no rule id)'}: ${w.invalid ?? ''}`, style.width, 6, 6),
    )
  }
  return lines
}

/**
 * The closing line: `12 files, 5 judged: 3 errors, 2 warnings, 1 note, 1 waived, 1 unreadable, 4 not
 * judged (3 no decision, 1 not in English), 2 skipped (no longer in force)`.
 */
export function summaryLine(report: CheckReport): string {
  const s = summarize(report)
  const parts = [
    plural(s.findings.error, 'error'),
    plural(s.findings.warning, 'warning'),
    plural(s.findings.note, 'note'),
  ]
  if (s.waived > 0) parts.push(`${s.waived} waived`)
  if (s.baselined > 0) parts.push(`${s.baselined} in baseline`)
  if (s.invalidWaivers > 0) parts.push(plural(s.invalidWaivers, 'invalid waiver'))
  if (s.unreadable > 0) parts.push(`${s.unreadable} unreadable`)
  if (s.notJudged > 0) parts.push(`${s.notJudged} not judged (${notJudgedPhrases(s).join(', ')})`)
  if (s.skipped > 0) parts.push(`${s.skipped} skipped (no longer in force)`)
  return `${plural(s.documents, 'file')}, ${s.judged} judged: ${parts.join(', ')}`
}

/**
 * The terminal report: one block per file with something to say, sorted by
 * path, then the summary line. Colour comes only from `style`, so a plain
 * style (NO_COLOR, pipes, CI logs) gives plain text.
 */
export function renderText(report: CheckReport, style: Style, options: TextOptions = {}): string {
  const ordered = orderReport(report)
  const verbose = options.verbose === true
  let out = ''
  let previousSound = false
  for (const doc of ordered.documents) {
    const lines = documentLines(doc, style, verbose)
    if (lines.length === 0) continue
    // Verbose `✓ file` lines sit together; every other file gets a block of its own.
    const sound = lines.length === 1
    out += (out === '' ? '' : sound && previousSound ? '\n' : '\n\n') + lines.join('\n')
    previousSound = sound
  }
  const s = summarize(ordered)
  const colour =
    s.unreadable > 0 || s.findings.error > 0 ? style.red : s.findings.warning > 0 ? style.yellow : style.green
  return `${out}${out === '' ? '' : '\n\n'}${colour(summaryLine(ordered))}\n`
}
