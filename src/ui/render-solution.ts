import {describeFact} from '../core/knowledge/profile-fields.js'
import {CAUTION_MARK, type Solution} from '../core/questions/solve.js'
import {type Style, wrap} from './style.js'

/** The answer first (or why there is none, what still stands and what would separate it), then the requirements read from the stem, then why each option wins or loses. */
export function renderSolution(solution: Solution, s: Style): string {
  const out = solution.abstained
    ? [
        s.bold(s.yellow("Can't tell.")),
        wrap(`${s.yellow('Why:')} ${solution.uncertain ?? ''}.`, s.width, 2, 0),
        ...(solution.standing.length > 0
          ? [wrap(`${s.yellow('Still standing:')} ${solution.standing.join(', ')}.`, s.width, 2, 0)]
          : []),
        ...(solution.separating
          ? [wrap(`${s.yellow('What would separate them:')} ${solution.separating}.`, s.width, 2, 0)]
          : []),
      ]
    : [
        s.bold(`Answer: ${solution.answer.join(', ')}`),
        ...(solution.asksWhatDoesNotFit
          ? [
              wrap(
                `${s.bold('Why:')} the question asks which option does not fit; ${solution.answer.join(' and ')} ${solution.answer.length === 1 ? 'breaks' : 'break'} a requirement the question states, and every other option breaks none.`,
                s.width,
                2,
                0,
              ),
            ]
          : []),
        ...(solution.answeredByWhatAwsCannotDo
          ? [
              wrap(
                `${s.bold('Why:')} every other option does what AWS cannot do (see each ✗ below), and ${solution.answer.join(' and ')} ${solution.answer.length === 1 ? 'is' : 'are'} what is left; nothing the question states calls for ${solution.answer.length === 1 ? 'it' : 'them'} beyond that.`,
                s.width,
                2,
                0,
              ),
            ]
          : []),
      ]
  out.push('', s.bold('Requirements read from the question'))
  if (solution.evidence.length === 0) out.push(s.dim('  (none recognised)'))
  const shown = new Set<string>()
  for (const e of solution.evidence) {
    if (shown.has(e.field)) continue
    shown.add(e.field)
    out.push(
      wrap(
        `${describeFact(e.field, (solution.profile as Record<string, unknown>)[e.field])} ${s.dim(`← "${e.quote}"`)}`,
        s.width,
        4,
        2,
      ),
    )
  }
  out.push('', s.bold('Options'))
  for (const o of solution.options) {
    const mark = o.chosen
      ? s.green('✓')
      : o.violations.length > 0
        ? s.red('✗')
        : solution.abstained && solution.standing.includes(o.letter)
          ? s.yellow('?')
          : s.dim('·')
    out.push(wrap(`${mark} ${o.letter}. ${o.text} ${s.dim(`(score ${o.score})`)}`, s.width, 5, 2))
    for (const v of o.violations) out.push(wrap(`${s.red('-')} ${v.message} ${s.dim(`(${v.rule})`)}`, s.width, 7, 5))
    // Every caution is shown, marked as against the option: it can be what decided between two options, so
    // it must not fall behind the first few reasons for it.
    for (const r of o.reasons.filter((r) => r.startsWith(CAUTION_MARK)))
      out.push(wrap(`${s.yellow('!')} ${r.slice(CAUTION_MARK.length)}`, s.width, 7, 5))
    for (const r of o.reasons.filter((r) => !r.startsWith(CAUTION_MARK)).slice(0, 3))
      out.push(wrap(`${s.green('+')} ${r}`, s.width, 7, 5))
    if (o.outside.length > 0)
      out.push(wrap(`${s.yellow('?')} names ${o.outside.join(', ')}, outside what edgewise knows`, s.width, 7, 5))
  }
  return `${out.join('\n')}\n`
}
