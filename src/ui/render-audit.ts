import type {AuditSummary, Disagreement, OptionGround} from '../core/questions/audit.js'

import {type Style, wrap} from './style.js'

const excerpt = (text: string, max: number) => {
  const flat = text.replaceAll(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function groundLines(o: OptionGround, role: 'edgewise' | 'key', s: Style): string[] {
  const head = `${o.letter} (${role}) ${excerpt(o.text, 70)} ${s.dim(`score ${o.score}`)}`
  const why =
    o.violations.length > 0
      ? o.violations.map((v) => `${s.red('✗')} ${v.message} ${s.dim(`(${v.rule})`)}`)
      : o.reasons.map((r) => `${s.green('+')} ${r}`)
  return [wrap(head, s.width, 4, 2), ...why.map((w) => wrap(w, s.width, 6, 4))]
}

function disagreementLines(d: Disagreement, file: string, s: Style): string[] {
  const where = d.line === undefined ? file : `${file}:${d.line}`
  return [
    `${s.bold(d.id)}  ${s.dim(where)}  key ${d.key.join(', ')} · edgewise ${d.answer.join(', ')}  ${d.kind === 'rule' ? s.red('the key breaks a rule') : s.yellow('preference: no rule rules the key out')}`,
    wrap(s.dim(`"${excerpt(d.stem, 160)}"`), s.width, 2, 2),
    ...d.keyOptions.flatMap((o) => groundLines(o, 'key', s)),
    ...d.answerOptions.flatMap((o) => groundLines(o, 'edgewise', s)),
    ...(d.facts.length > 0 ? [wrap(`${s.dim('read from the stem:')} ${d.facts.join('; ')}`, s.width, 4, 2)] : []),
    '',
  ]
}

/** Every confident disagreement with its grounds, then one line of counts. */
export function renderAudit(summary: AuditSummary, file: string, s: Style): string {
  const out = summary.disagreements.flatMap((d) => disagreementLines(d, file, s))
  const unsure = Object.entries(summary.cannotJudgeBy).map(([why, n]) => `${n} ${why}`)
  out.push(
    wrap(
      `Audited ${summary.total} question(s): ${summary.agree} agree with the key, ${summary.disagreements.length} disagree${summary.disagreements.length > 0 ? ' (listed above)' : ''}, ${summary.cannotJudge} cannot be judged${unsure.length > 0 ? ` (${unsure.join('; ')})` : ''}.`,
      s.width,
      0,
      0,
    ),
  )
  return `${out.join('\n')}\n`
}
