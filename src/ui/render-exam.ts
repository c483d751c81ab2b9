import type {ExamScore} from '../core/exam/score.js'
import type {ExamSession} from '../core/exam/session.js'
import type {BankQuestion} from '../core/questions/bank-question.js'

import {letterOf} from '../core/questions/question.js'
import {type Style, wrap} from './style.js'

export const clock = (seconds: number): string => {
  const s = Math.max(0, Math.floor(seconds))
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

const bar = (fraction: number, width = 20) => {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width)
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
}

/** The top of a question screen: position, flag, time left, then the stem. */
export function questionHeader(
  session: ExamSession,
  question: BankQuestion,
  remaining: null | number,
  s: Style,
): string {
  const index = session.current
  const flagged = session.flagged.includes(question.id) ? s.yellow(' ⚑ flagged') : ''
  const time = remaining === null ? '' : ` · ${clock(remaining)} left`
  const choose = question.choose > 1 ? s.cyan(` · choose ${question.choose}`) : ''
  return `${s.bold(`Question ${index + 1} of ${session.questions.length}`)}${choose}${flagged}${s.dim(time)}\n\n${wrap(question.stem, s.width, 0, 0)}\n`
}

/** Options in this session's order, lettered as displayed. */
export function displayedOptions(
  session: ExamSession,
  question: BankQuestion,
): {letter: string; text: string; original: number}[] {
  const order = session.questions.find((q) => q.id === question.id)!.optionOrder
  return order.map((original, i) => ({letter: letterOf(i), text: question.options[original]!.text, original}))
}

/** After an answer in practice mode: right or wrong, the explanation, and every option's rationale. */
export function feedback(session: ExamSession, question: BankQuestion, correct: boolean, s: Style): string {
  const lines = [
    correct ? s.green('✓ Correct') : s.red('✗ Incorrect'),
    '',
    wrap(question.explanation ?? '', s.width, 0, 0),
    '',
  ]
  for (const o of displayedOptions(session, question)) {
    const option = question.options[o.original]!
    lines.push(
      wrap(`${option.correct ? s.green('✓') : s.dim('·')} ${o.letter}. ${option.rationale ?? ''}`, s.width, 5, 0),
    )
  }
  lines.push('', ...question.references.map((r) => s.dim(r)))
  return lines.join('\n')
}

/** The result screen: raw score, the scaled estimate (labelled as one), bar charts by domain and service, time, what to do next. */
export function renderResult(score: ExamScore, session: ExamSession, s: Style): string {
  const pct = Math.round(score.fraction * 100)
  const verdict = score.passed ? s.green('at or above') : s.red('below')
  const lines = [
    s.bold('Result'),
    `  Raw score          ${score.correct} / ${score.total} (${pct}%)${score.unanswered > 0 ? s.dim(`, ${score.unanswered} unanswered`) : ''}`,
    `  Scaled (estimate)  ${score.estimatedScaledScore} — ${verdict} the ${score.passMark} pass mark`,
    wrap(s.dim(score.scaledScoreNote), s.width, 2, 2),
    `  Time used          ${clock(score.timeUsedSeconds)}${score.timeLimitSeconds ? ` of ${clock(score.timeLimitSeconds)}` : ''}${session.finishedReason === 'time-up' ? s.yellow(' (time ran out)') : ''}`,
    '',
    s.bold('By domain'),
  ]
  // Domains the session had no questions in are not 0 of 0 "results"; leave them out.
  for (const d of score.byDomain.filter((b) => b.total > 0))
    lines.push(`  ${d.key.padEnd(18)} ${bar(d.correct / d.total)} ${d.correct}/${d.total}`)
  lines.push('', `${s.bold('By service')} ${s.dim('(the services each question tests; weakest first)')}`)
  const services = [...score.byService].sort(
    (a, b) => a.correct / a.total - b.correct / b.total || a.key.localeCompare(b.key),
  )
  const keyWidth = Math.max(18, ...services.map((sv) => sv.key.length))
  for (const sv of services)
    lines.push(`  ${sv.key.padEnd(keyWidth)} ${bar(sv.correct / sv.total)} ${sv.correct}/${sv.total}`)
  lines.push('', s.bold('Next'), ...nextSteps(score, session, s))
  return `${lines.join('\n')}\n`
}

function nextSteps(score: ExamScore, session: ExamSession, s: Style): string[] {
  const missed = new Set(score.verdicts.filter((v) => v.answered && !v.correct).flatMap((v) => v.services))
  const steps: [string, string][] = []
  if (missed.size > 0 && session.filters.cram !== true)
    steps.push(['edgewise review', `practise the ${missed.size} concept(s) you missed: they are due now`])
  steps.push(['edgewise history', 'scores over time, your weakest areas and a suggested next session'])
  const width = Math.max(...steps.map(([command]) => command.length))
  // The command column is padded outside wrap(), which would fold the padding into one space.
  return steps.map(
    ([command, why]) =>
      `  ${s.cyan(command.padEnd(width))}  ${wrap(why, s.width, width + 4, width + 4).slice(width + 4)}`,
  )
}

/** One question after the exam: your answer, the key, the explanation and every rationale. */
export function renderReviewItem(
  session: ExamSession,
  question: BankQuestion,
  number: number,
  selectedOriginal: readonly number[],
  s: Style,
): string {
  const options = displayedOptions(session, question)
  const yours = options.filter((o) => selectedOriginal.includes(o.original)).map((o) => o.letter)
  const key = options.filter((o) => question.options[o.original]!.correct).map((o) => o.letter)
  const right = yours.length === key.length && yours.every((l) => key.includes(l))
  const lines = [
    `${s.bold(`Question ${number}`)} ${right ? s.green('✓') : s.red('✗')} your answer: ${yours.join(', ') || '—'} · correct: ${key.join(', ')}`,
    wrap(question.stem, s.width, 0, 0),
    '',
  ]
  for (const o of options)
    lines.push(
      wrap(`${o.letter}. ${o.text}`, s.width, 3, 0),
      wrap(s.dim(question.options[o.original]!.rationale ?? ''), s.width, 3, 3),
    )
  lines.push('', wrap(question.explanation ?? '', s.width, 0, 0), '')
  return lines.join('\n')
}

/** The result as Markdown, for sharing or keeping. */
export function resultMarkdown(score: ExamScore, session: ExamSession): string {
  const md = [
    `# edgewise ${session.mode} result — ${session.createdAt.slice(0, 10)}`,
    '',
    `- Raw score: **${score.correct} / ${score.total}** (${Math.round(score.fraction * 100)}%)`,
    `- Estimated scaled score: **${score.estimatedScaledScore}** (pass mark ${score.passMark}; ${score.scaledScoreNote})`,
    `- Time used: ${clock(score.timeUsedSeconds)}`,
    '',
    '| Domain | Correct | Total |',
    '|---|---|---|',
    ...score.byDomain.filter((d) => d.total > 0).map((d) => `| ${d.key} | ${d.correct} | ${d.total} |`),
    '',
    '| Service | Correct | Total |',
    '|---|---|---|',
    ...score.byService.map((d) => `| ${d.key} | ${d.correct} | ${d.total} |`),
    '',
  ]
  return md.join('\n')
}
