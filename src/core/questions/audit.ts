import type {KnowledgeBase} from '../knowledge/knowledge-base.js'

import {describeFact} from '../knowledge/profile-fields.js'
import {type DraftQuestion, letterOf} from './question.js'
import {type OptionVerdict, type Solution, solveQuestion} from './solve.js'

/**
 * The one place that decides whether `solve` is sure enough to judge a key
 * with. Today solve marks `uncertain` (the top options tie, or no option
 * names a service it knows); when solve learns to abstain (`abstained: true`,
 * with the options still standing), treat that as "cannot judge" here too.
 * Returns why it cannot judge, or undefined when it can.
 */
export function solverCannotJudge(solution: Solution): string | undefined {
  return solution.abstained ? (solution.uncertain ?? 'solve abstains') : undefined
}

/** Why an option stands or falls, in one line: the rule it breaks, or what scores it. */
export interface OptionGround {
  letter: string
  text: string
  score: number
  /** Hard constraints the option's services break, with the rule. */
  violations: {rule: string; message: string}[]
  /** What scores it, best first (at most three). */
  reasons: string[]
}

/** A question where edgewise is sure the key is wrong, and why. */
export interface Disagreement {
  /**
   * `rule`: every keyed option in dispute breaks a hard constraint (a catalog
   * limit or a rule). `preference`: no rule rules the key out; edgewise's own
   * pick only scores higher. The first is much stronger evidence.
   */
  kind: 'preference' | 'rule'
  id: string
  line?: number
  stem: string
  key: string[]
  answer: string[]
  /** The key's options that edgewise rejects, and the options it picks instead. */
  keyOptions: OptionGround[]
  answerOptions: OptionGround[]
  /** The facts read from the stem that the rules used, as "label: value ← quote". */
  facts: string[]
}

export type QuestionAudit = {kind: 'agree'} | {kind: 'cannot-judge'; reason: CannotJudgeReason} | {kind: 'disagree'; disagreement: Disagreement}

/** Kinds of "cannot judge", counted in the summary. */
export type CannotJudgeReason = 'solve is unsure' | 'the options in dispute name no service edgewise knows'

function ground(o: OptionVerdict): OptionGround {
  return {letter: o.letter, text: o.text, score: o.score, violations: o.violations.map((v) => ({rule: v.rule, message: v.message})), reasons: o.reasons.slice(0, 3)}
}

/**
 * Solves a question and compares the answer with its key. Agreement and
 * disagreement are only claimed when solve is sure (see `solverCannotJudge`);
 * a disagreement also needs every option
 * in dispute — keyed but not picked, or picked but not keyed — names a
 * catalog service: about an option it knows nothing of, edgewise has no
 * ground to call a key wrong.
 */
export function auditQuestion(kb: KnowledgeBase, question: Pick<DraftQuestion, 'choose' | 'id' | 'options' | 'stem'>, line?: number): QuestionAudit {
  const solution = solveQuestion(kb, {stem: question.stem, options: question.options.map((o) => o.text), choose: question.choose})
  const key = question.options.flatMap((o, i) => (o.correct ? [letterOf(i)] : []))
  // An unsure solve that happens to pick the key is no more evidence than one that misses it.
  if (solverCannotJudge(solution) !== undefined) return {kind: 'cannot-judge', reason: 'solve is unsure'}
  if (key.length === solution.answer.length && key.every((l) => solution.answer.includes(l))) return {kind: 'agree'}
  const byLetter = new Map(solution.options.map((o) => [o.letter, o]))
  const keyOnly = key.filter((l) => !solution.answer.includes(l)).map((l) => byLetter.get(l)!)
  const answerOnly = solution.answer.filter((l) => !key.includes(l)).map((l) => byLetter.get(l)!)
  if ([...keyOnly, ...answerOnly].some((o) => o.services.length === 0)) return {kind: 'cannot-judge', reason: 'the options in dispute name no service edgewise knows'}
  const shown = new Set<string>()
  const facts = solution.evidence.flatMap((e) => {
    if (shown.has(e.field)) return []
    shown.add(e.field)
    return [`${describeFact(e.field, (solution.profile as Record<string, unknown>)[e.field])} ← "${e.quote}"`]
  })
  return {
    kind: 'disagree',
    disagreement: {kind: keyOnly.every((o) => o.violations.length > 0) ? 'rule' : 'preference', id: question.id, ...(line === undefined ? {} : {line}), stem: question.stem, key, answer: solution.answer, keyOptions: keyOnly.map(ground), answerOptions: answerOnly.map(ground), facts},
  }
}

export interface AuditSummary {
  total: number
  agree: number
  disagreements: Disagreement[]
  cannotJudge: number
  cannotJudgeBy: Partial<Record<CannotJudgeReason, number>>
}

/** Audits every question; `lineOf` places each one in its file. */
export function auditQuestions(kb: KnowledgeBase, questions: readonly Pick<DraftQuestion, 'choose' | 'id' | 'options' | 'stem'>[], lineOf: (id: string) => number | undefined = () => undefined): AuditSummary {
  const summary: AuditSummary = {total: questions.length, agree: 0, disagreements: [], cannotJudge: 0, cannotJudgeBy: {}}
  for (const q of questions) {
    const audit = auditQuestion(kb, q, lineOf(q.id))
    if (audit.kind === 'agree') summary.agree++
    else if (audit.kind === 'disagree') summary.disagreements.push(audit.disagreement)
    else {
      summary.cannotJudge++
      summary.cannotJudgeBy[audit.reason] = (summary.cannotJudgeBy[audit.reason] ?? 0) + 1
    }
  }
  return summary
}
