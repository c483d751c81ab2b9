import type {AdviceWithTrace, RuleTrace} from '../core/advisor/advise.js'
import type {Recommendation, Rejection} from '../core/advisor/advice.js'
import type {ConditionTrace} from '../core/advisor/conditions.js'
import type {Evidence} from '../core/extract/extract-profile.js'
import {describeFact} from '../core/knowledge/profile-fields.js'
import {type Style, wrap} from './style.js'

export interface AdviceView {
  advice: AdviceWithTrace
  evidence: readonly Evidence[]
  label: string
}

const factList = (facts: {field: string; value: unknown}[]) => facts.map((f) => describeFact(f.field, f.value)).join('; ')

function profileLines(view: AdviceView, s: Style): string[] {
  const entries = Object.entries(view.advice.profile).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return [s.dim('  (nothing stated)')]
  return entries.map(([field, value]) => {
    const quote = view.evidence.find((e) => e.field === field)
    const from = quote ? s.dim(`  ← "${quote.quote}"${view.evidence.length > 0 ? ` (line ${quote.line})` : ''}`) : ''
    return wrap(`${describeFact(field, value)}${from}`, s.width, 6, 2)
  })
}

/** One recommendation, indented two spaces, its bullets four, their continuation lines six. */
function recommendationBlock(rec: Recommendation, s: Style, detailed: boolean): string[] {
  const bullet = (mark: string, text: string) => wrap(`${mark} ${text}`, s.width, 6, 4)
  const lines = [`  ${s.bold(rec.name)} ${s.dim(`(${rec.service})`)}  score ${rec.score}`]
  if (rec.availability) lines.push(bullet(s.yellow('!'), s.yellow(rec.availability)))
  for (const reason of rec.reasons) lines.push(bullet(s.green('+'), `${reason.message} ${s.dim(`[${factList(reason.facts)}]`)}`))
  if (detailed) {
    for (const tradeoff of rec.tradeoffs) lines.push(bullet(s.yellow('-'), tradeoff))
    for (const note of rec.costNotes) lines.push(bullet(s.cyan('$'), note))
    if (rec.docs[0]) lines.push(`    ${s.dim(rec.docs[0])}`)
  }
  return lines
}

function rejectionLines(rejection: Rejection, s: Style): string[] {
  return rejection.reasons.map((reason) => {
    const instead = reason.instead.length > 0 ? ` Use instead: ${reason.instead.join(', ')}.` : ''
    return wrap(`${s.red('✗')} ${s.bold(rejection.name)}: ${reason.message}${instead} ${s.dim(`(${reason.rule}; ${factList(reason.facts)})`)}`, s.width, 4, 2)
  })
}

function traceLines(trace: readonly RuleTrace[], s: Style): string[] {
  const show = (node: ConditionTrace, depth: number): string[] => {
    const pad = '    '.repeat(depth)
    const mark = node.result ? s.green('✓') : s.dim('·')
    if (node.kind === 'leaf') return [`${pad}${mark} ${node.fact} ${node.operator} ${JSON.stringify(node.value)}  ${s.dim(`(is ${JSON.stringify(node.factValue) ?? 'unstated'})`)}`]
    if (node.kind === 'not') return [`${pad}${mark} not`, ...show(node.child, depth + 1)]
    return [`${pad}${mark} ${node.kind}`, ...node.children.flatMap((c) => show(c, depth + 1))]
  }
  return trace.flatMap((t) => [`${t.fired ? s.green('FIRED') : s.dim('  -  ')} ${t.kind} ${t.rule}`, ...show(t.conditions, 1)])
}

/** The human report of `advise`: profile, primary, complements, alternatives, rejections, the rest. */
export function renderAdviceText(view: AdviceView, s: Style): string {
  const {advice} = view
  const out: string[] = [s.bold(`Profile (from ${view.label})`), ...profileLines(view, s), '']
  const primary = advice.recommendations.find((r) => r.role === 'primary')
  if (primary) {
    out.push(s.bold('Recommended'), ...recommendationBlock(primary, s, true))
    if (advice.tiedWithPrimary.length > 0) out.push(wrap(s.yellow(`Tied on score with: ${advice.tiedWithPrimary.join(', ')}; state more requirements to separate them.`), s.width, 2, 2))
    out.push('')
  } else {
    out.push(s.bold('Nothing fits'), wrap(advice.nothingFits ?? '', s.width, 2, 2), '')
  }
  const complements = advice.recommendations.filter((r) => r.role === 'complement')
  if (complements.length > 0) out.push(s.bold('Use alongside'), ...complements.flatMap((r) => recommendationBlock(r, s, false)), '')
  const alternatives = advice.recommendations.filter((r) => r.role === 'alternative')
  if (alternatives.length > 0) {
    out.push(s.bold('Alternatives that scored lower'))
    for (const alt of alternatives) out.push(...recommendationBlock(alt, s, false))
    out.push('')
  }
  if (advice.rejected.length > 0) out.push(s.bold('Ruled out'), ...advice.rejected.flatMap((r) => rejectionLines(r, s)), '')
  if (advice.unscored.length > 0) {
    out.push(s.bold('Not called for by this profile'), wrap(advice.unscored.map((u) => u.service).join(', '), s.width, 2, 2))
    out.push(s.dim(wrap('(run with --json or --format md to see when each would fit)', s.width, 2, 2)), '')
  }
  if (advice.trace) out.push(s.bold('Rule trace'), ...traceLines(advice.trace, s), '')
  return out.join('\n').trimEnd() + '\n'
}

/** The same report as Markdown, for design reviews and pull requests. */
export function renderAdviceMarkdown(view: AdviceView): string {
  const {advice} = view
  const md: string[] = ['# edgewise advice', '', `Profile from ${view.label}:`, '']
  for (const [field, value] of Object.entries(advice.profile)) {
    if (value === undefined) continue
    const quote = view.evidence.find((e) => e.field === field)
    md.push(`- ${describeFact(field, value)}${quote ? ` — “${quote.quote}”` : ''}`)
  }
  md.push('')
  const section = (title: string, recs: Recommendation[], detailed: boolean) => {
    if (recs.length === 0) return
    md.push(`## ${title}`, '')
    for (const rec of recs) {
      md.push(`### ${rec.name} (\`${rec.service}\`) — score ${rec.score}`, '')
      if (rec.availability) md.push(`> **Availability:** ${rec.availability}`, '')
      for (const r of rec.reasons) md.push(`- ✅ ${r.message} (${factList(r.facts)}) [doc](${r.doc})`)
      if (detailed) {
        for (const t of rec.tradeoffs) md.push(`- ⚠️ ${t}`)
        for (const c of rec.costNotes) md.push(`- 💲 ${c}`)
      }
      md.push('')
    }
  }
  if (advice.primary === null) md.push('## Nothing fits', '', advice.nothingFits ?? '', '')
  section('Recommended', advice.recommendations.filter((r) => r.role === 'primary'), true)
  section('Use alongside', advice.recommendations.filter((r) => r.role === 'complement'), false)
  section('Alternatives that scored lower', advice.recommendations.filter((r) => r.role === 'alternative'), false)
  if (advice.rejected.length > 0) {
    md.push('## Ruled out', '', '| Service | Why | Use instead | Rule |', '|---|---|---|---|')
    for (const r of advice.rejected) {
      for (const reason of r.reasons) md.push(`| ${r.name} | ${reason.message} | ${reason.instead.join(', ') || '—'} | [${reason.rule}](${reason.doc}) |`)
    }
    md.push('')
  }
  if (advice.unscored.length > 0) {
    md.push('## Not called for by this profile', '')
    for (const u of advice.unscored) md.push(`- **${u.name}** — ${u.reason}`)
    md.push('')
  }
  return md.join('\n')
}
