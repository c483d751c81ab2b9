import type {CheckReport, Finding} from '../../core/check/finding.js'

import {notJudgedPhrases, orderReport, plural, summarize} from '../../core/check/summary.js'

export interface MarkdownOptions {
  /**
   * Most findings to put in the table (default 200). A pull-request comment
   * has a size limit (65,536 characters on GitHub), and past a few hundred
   * rows nobody reads a table anyway; the rest is counted in a closing line.
   */
  maxRows?: number
}

/**
 * Text for a table cell or a list item. The text comes from the documents
 * under review, so it must not be able to break the table (`|`, newlines) or
 * inject HTML (`<details>`, images) into the comment.
 */
export function cell(text: string): string {
  return text
    .replaceAll(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replaceAll('|', String.raw`\|`)
    .replaceAll(/\s*[\r\n]+\s*/g, ' ')
    .trim()
}

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``
// GFM splits table rows on `|` even inside code spans, unless it is escaped.
const cellCode = (text: string) => code(text).replaceAll('|', String.raw`\|`)
const ICON = {error: '🔴', warning: '🟡', note: '🔵'} as const

function row(f: Finding, extra?: string): string {
  const where = cellCode(`${f.file}:${f.line}`)
  const message =
    f.requirement === undefined
      ? cell(f.message)
      : `${cell(f.message)}<br>↳ “${cell(f.requirement.quote)}” (line ${f.requirement.line})`
  const instead = f.instead.length === 0 ? '—' : f.instead.map(cellCode).join(', ')
  const last = extra === undefined ? instead : cell(extra)
  return `| ${where} | ${ICON[f.severity]} ${f.severity} | ${cellCode(f.ruleId)} | ${message} | ${last} |`
}

/**
 * A pull-request comment: a heading with the counts, a table of open
 * findings, waived findings folded away in `<details>`, then unreadable
 * files, invalid waivers, and one line each naming the skipped (superseded,
 * rejected…) and the sound documents.
 */
export function renderMarkdown(report: CheckReport, options: MarkdownOptions = {}): string {
  const ordered = orderReport(report)
  const s = summarize(ordered)
  const maxRows = options.maxRows ?? 200
  const out: string[] = []

  const status = s.unreadable > 0 || s.findings.error > 0 ? '❌' : s.total > 0 ? '⚠️' : '✅'
  const counts = [
    plural(s.findings.error, 'error'),
    plural(s.findings.warning, 'warning'),
    plural(s.findings.note, 'note'),
  ]
  if (s.waived > 0) counts.push(`${s.waived} waived`)
  if (s.unreadable > 0) counts.push(`${s.unreadable} unreadable`)
  if (s.notJudged > 0) counts.push(`${s.notJudged} not judged`)
  if (s.skipped > 0) counts.push(`${s.skipped} skipped`)
  out.push(`### ${status} edgewise check: ${counts.join(', ')} in ${plural(s.documents, 'document')}`, '')

  const findings = ordered.documents.flatMap((d) => d.findings)
  if (findings.length > 0) {
    out.push(
      '| Where | Severity | Rule | Finding | Use instead |',
      '| --- | --- | --- | --- | --- |',
      ...findings.slice(0, maxRows).map((f) => row(f)),
    )
    if (findings.length > maxRows)
      out.push(
        '',
        `…and ${plural(findings.length - maxRows, 'more finding')}; run \`edgewise check\` locally for the full list.`,
      )
    out.push('')
  }
  if (s.baselined > 0)
    out.push(
      `${plural(s.baselined, 'finding')} recorded in the baseline ${s.baselined === 1 ? 'is' : 'are'} not shown.`,
      '',
    )

  const waived = ordered.documents.flatMap((d) => d.waived)
  if (waived.length > 0) {
    out.push(
      '<details>',
      `<summary>${plural(waived.length, 'waived finding')}</summary>`,
      '',
      '| Where | Severity | Rule | Finding | Waiver |',
      '| --- | --- | --- | --- | --- |',
    )
    for (const {finding, waiver} of waived) {
      const until = waiver.until === undefined ? '' : ` (until ${waiver.until})`
      out.push(row(finding, `line ${waiver.line}: ${waiver.reason ?? ''}${until}`))
    }
    out.push('', '</details>', '')
  }

  const unreadable = ordered.documents.filter((d) => d.status === 'error')
  if (unreadable.length > 0) {
    out.push('**Could not be checked:**', '')
    for (const d of unreadable) {
      const where = d.errorLine === undefined ? d.file : `${d.file}:${d.errorLine}`
      out.push(`- ${code(where)}: ${cell(d.error ?? 'could not be read or parsed')}`)
    }
    out.push('')
  }

  const invalid = ordered.documents.flatMap((d) => d.invalidWaivers.map((w) => ({file: d.file, w})))
  if (invalid.length > 0) {
    out.push('**Waivers that suppress nothing:**', '')
    for (const {file, w} of invalid)
      out.push(`- ${code(`${file}:${w.line}`)} ${code(w.ruleId || '(no rule id)')}: ${cell(w.invalid ?? '')}`)
    out.push('')
  }

  const skipped = ordered.documents.filter((d) => d.status === 'skipped')
  if (skipped.length > 20)
    out.push(`⏭️ ${plural(skipped.length, 'record')} not judged: their status says they are no longer in force.`, '')
  else if (skipped.length > 0)
    out.push(
      `⏭️ Not judged, no longer in force: ${skipped.map((d) => `${code(d.file)} (${cell(d.skipped?.status ?? '')})`).join(', ')}.`,
      '',
    )

  const notJudged = ordered.documents.filter((d) => d.status === 'not-judged')
  if (notJudged.length > 20)
    out.push(`⚪ ${plural(notJudged.length, 'document')} not judged: ${notJudgedPhrases(s).join(', ')}.`, '')
  else if (notJudged.length > 0)
    out.push(
      `⚪ Not judged: ${notJudged.map((d) => `${code(d.file)} (${cell(d.notJudged?.detail ?? '')})`).join(', ')}.`,
      '',
    )

  const sound = ordered.documents.filter((d) => d.status === 'judged' && d.findings.length === 0)
  // Past a screenful of names, a count says as much.
  if (sound.length > 20) out.push(`✅ ${plural(sound.length, 'document')} with no findings.`, '')
  else if (sound.length > 0) out.push(`✅ No findings in ${sound.map((d) => code(d.file)).join(', ')}.`, '')

  while (out.at(-1) === '') out.pop()
  return `${out.join('\n')}\n`
}
