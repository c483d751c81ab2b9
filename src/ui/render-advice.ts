import type {Recommendation, Rejection, VariantVerdict} from '../core/advisor/advice.js'
import type {AdviceWithTrace, RuleTrace} from '../core/advisor/advise.js'
import type {ConditionTrace} from '../core/advisor/conditions.js'
import type {Evidence} from '../core/extract/extract-profile.js'

import {describeFact} from '../core/knowledge/profile-fields.js'
import {type Style, wrap} from './style.js'

export interface AdviceView {
  advice: AdviceWithTrace
  evidence: readonly Evidence[]
  label: string
}

const factList = (facts: {field: string; value: unknown}[]) =>
  facts.map((f) => describeFact(f.field, f.value)).join('; ')

function profileLines(view: AdviceView, s: Style): string[] {
  const entries = Object.entries(view.advice.profile).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return [s.dim('  (nothing stated)')]
  return entries.map(([field, value]) => {
    const quote = view.evidence.find((e) => e.field === field)
    const from = quote ? s.dim(`  ← "${quote.quote}"${view.evidence.length > 0 ? ` (line ${quote.line})` : ''}`) : ''
    return wrap(`${describeFact(field, value)}${from}`, s.width, 6, 2)
  })
}

const TRACK_TITLES: Record<Recommendation['track'], string> = {
  compute: 'Where it runs',
  purchasing: 'How to pay for it',
}
const NOTHING_IN_COMPUTE =
  'Nothing stated calls for a particular place or compute model: state the workload, the clients or the latency target.'
const nothingIn = (advice: AdviceWithTrace, track: Recommendation['track']) =>
  track === 'compute' ? NOTHING_IN_COMPUTE : (advice.purchasing.none ?? '')

/**
 * The variants the profile says something about: one that scores above its service (a custom routing accelerator
 * for users pinned to one instance), or one a rule rules out (Fargate Spot for an ARM64 task). Variants with no
 * evidence of their own add nothing to the service's lines, so they are left out.
 */
const variantsWithEvidence = (rec: Recommendation): VariantVerdict[] =>
  (rec.variants ?? []).filter((v) => v.reasons.length > 0 || v.rejected.length > 0)

function variantLines(rec: Recommendation, s: Style, indent: number): string[] {
  const bullet = (mark: string, text: string, depth: number) =>
    wrap(`${mark} ${text}`, s.width, indent + depth + 2, indent + depth)
  return variantsWithEvidence(rec).flatMap((v) => {
    if (v.rejected.length > 0)
      return v.rejected.map((r) =>
        bullet(s.red('✗'), `${s.bold(v.name)} ruled out: ${r.message} ${s.dim(`(${r.rule})`)}`, 2),
      )
    return [
      bullet(s.cyan('▸'), `As ${s.bold(v.name)} (${v.variant})  score ${v.score}`, 2),
      ...v.reasons.map((r) => bullet(s.green('+'), `${r.message} ${s.dim(`[${factList(r.facts)}]`)}`, 4)),
    ]
  })
}

/** One recommendation at `indent` spaces, its bullets two further in, their continuation lines four. */
function recommendationBlock(rec: Recommendation, s: Style, detailed: boolean, indent = 2): string[] {
  const pad = ' '.repeat(indent)
  const bullet = (mark: string, text: string) => wrap(`${mark} ${text}`, s.width, indent + 4, indent + 2)
  const lines = [`${pad}${s.bold(rec.name)} ${s.dim(`(${rec.service})`)}  score ${rec.score}`]
  if (rec.availability) lines.push(bullet(s.yellow('!'), s.yellow(rec.availability)))
  for (const reason of rec.reasons)
    lines.push(bullet(s.green('+'), `${reason.message} ${s.dim(`[${factList(reason.facts)}]`)}`))
  lines.push(...variantLines(rec, s, indent))
  if (detailed) {
    for (const tradeoff of rec.tradeoffs) lines.push(bullet(s.yellow('-'), tradeoff))
    for (const note of rec.costNotes) lines.push(bullet(s.cyan('$'), note))
    if (rec.docs[0]) lines.push(`${pad}  ${s.dim(rec.docs[0])}`)
  }
  return lines
}

function rejectionLines(rejection: Rejection, s: Style): string[] {
  return rejection.reasons.map((reason) => {
    const instead = reason.instead.length > 0 ? ` Use instead: ${reason.instead.join(', ')}.` : ''
    return wrap(
      `${s.red('✗')} ${s.bold(rejection.name)}: ${reason.message}${instead} ${s.dim(`(${reason.rule}; ${factList(reason.facts)})`)}`,
      s.width,
      4,
      2,
    )
  })
}

function traceLines(trace: readonly RuleTrace[], s: Style): string[] {
  const show = (node: ConditionTrace, depth: number): string[] => {
    const pad = '    '.repeat(depth)
    const mark = node.result ? s.green('✓') : s.dim('·')
    if (node.kind === 'leaf')
      return [
        `${pad}${mark} ${node.fact} ${node.operator} ${JSON.stringify(node.value)}  ${s.dim(`(is ${JSON.stringify(node.factValue) ?? 'unstated'})`)}`,
      ]
    if (node.kind === 'not') return [`${pad}${mark} not`, ...show(node.child, depth + 1)]
    return [`${pad}${mark} ${node.kind}`, ...node.children.flatMap((c) => show(c, depth + 1))]
  }
  return trace.flatMap((t) => [
    `${t.fired ? s.green('FIRED') : s.dim('  -  ')} ${t.kind} ${t.rule}`,
    ...show(t.conditions, 1),
  ])
}

/** One track: its primary in full, then what combines with it, then what would replace it. */
function trackLines(advice: AdviceWithTrace, track: Recommendation['track'], s: Style): string[] {
  const recs = advice.recommendations.filter((r) => r.track === track)
  const primary = recs.find((r) => r.role === 'primary')
  const out = [s.bold(TRACK_TITLES[track])]
  if (!primary) return [...out, wrap(s.dim(nothingIn(advice, track)), s.width, 2, 2)]
  const [head, ...details] = recommendationBlock(primary, s, true)
  out.push(head!)
  const {tiedWithPrimary} = advice[track]
  if (tiedWithPrimary.length > 0)
    out.push(
      wrap(
        s.yellow(`! Tied on score with: ${tiedWithPrimary.join(', ')}; state more requirements to separate them.`),
        s.width,
        6,
        4,
      ),
    )
  if (track === 'purchasing' && advice.purchasing.paysForComputePrimary === false) {
    const compute = advice.recommendations.find((r) => r.track === 'compute' && r.role === 'primary')
    out.push(
      wrap(
        s.yellow(
          `! This does not pay for ${compute?.name ?? 'the compute above'}; see what it applies to with \`edgewise services ${primary.service}\`.`,
        ),
        s.width,
        6,
        4,
      ),
    )
  }
  out.push(...details)
  const complements = recs.filter((r) => r.role === 'complement')
  if (complements.length > 0)
    out.push(`  ${s.bold('Use alongside')}`, ...complements.flatMap((r) => recommendationBlock(r, s, false, 4)))
  const alternatives = recs.filter((r) => r.role === 'alternative')
  if (alternatives.length > 0)
    out.push(
      `  ${s.bold('Alternatives that scored lower')}`,
      ...alternatives.flatMap((r) => recommendationBlock(r, s, false, 4)),
    )
  return out
}

/** The human report of `advise`: profile, where it runs, how to pay, what is ruled out, the rest. */
export function renderAdviceText(view: AdviceView, s: Style): string {
  const {advice} = view
  const out: string[] = [s.bold(`Profile (from ${view.label})`), ...profileLines(view, s), '']
  if (advice.primary === null) out.push(s.bold('Nothing fits'), wrap(advice.nothingFits ?? '', s.width, 2, 2), '')
  else out.push(...trackLines(advice, 'compute', s), '', ...trackLines(advice, 'purchasing', s), '')
  if (advice.rejected.length > 0)
    out.push(s.bold('Ruled out'), ...advice.rejected.flatMap((r) => rejectionLines(r, s)), '')
  if (advice.unscored.length > 0) {
    out.push(
      s.bold('Not called for by this profile'),
      wrap(advice.unscored.map((u) => u.service).join(', '), s.width, 2, 2),
      s.dim(wrap('(run with --json or --format md to see when each would fit)', s.width, 2, 2)),
      '',
    )
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
    for (const rec of recs) {
      md.push(`### ${title}: ${rec.name} (\`${rec.service}\`) — score ${rec.score}`, '')
      if (rec.availability) md.push(`> **Availability:** ${rec.availability}`, '')
      for (const r of rec.reasons) md.push(`- ✅ ${r.message} (${factList(r.facts)}) [doc](${r.doc})`)
      for (const v of variantsWithEvidence(rec)) {
        if (v.rejected.length > 0)
          for (const r of v.rejected) md.push(`- ❌ **${v.name}** ruled out: ${r.message} [doc](${r.doc})`)
        else
          md.push(
            `- ▸ As **${v.name}** (\`${v.variant}\`) — score ${v.score}`,
            ...v.reasons.map((r) => `  - ✅ ${r.message} (${factList(r.facts)}) [doc](${r.doc})`),
          )
      }
      if (detailed) {
        for (const t of rec.tradeoffs) md.push(`- ⚠️ ${t}`)
        for (const c of rec.costNotes) md.push(`- 💲 ${c}`)
      }
      md.push('')
    }
  }
  if (advice.primary === null) md.push('## Nothing fits', '', advice.nothingFits ?? '', '')
  else {
    for (const track of ['compute', 'purchasing'] as const) {
      md.push(`## ${TRACK_TITLES[track]}`, '')
      const recs = advice.recommendations.filter((r) => r.track === track)
      if (recs.length === 0) md.push(nothingIn(advice, track), '')
      section(
        'Recommended',
        recs.filter((r) => r.role === 'primary'),
        true,
      )
      if (track === 'purchasing' && advice.purchasing.paysForComputePrimary === false)
        md.push(
          `> ⚠️ The purchasing option above does not pay for the compute recommended under “${TRACK_TITLES.compute}”.`,
          '',
        )
      section(
        'Use alongside',
        recs.filter((r) => r.role === 'complement'),
        false,
      )
      section(
        'Alternative',
        recs.filter((r) => r.role === 'alternative'),
        false,
      )
    }
  }
  if (advice.rejected.length > 0) {
    md.push('## Ruled out', '', '| Service | Why | Use instead | Rule |', '|---|---|---|---|')
    for (const r of advice.rejected) {
      for (const reason of r.reasons)
        md.push(
          `| ${r.name} | ${reason.message} | ${reason.instead.join(', ') || '—'} | [${reason.rule}](${reason.doc}) |`,
        )
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
