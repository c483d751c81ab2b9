import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {Profile} from '../core/knowledge/profile.js'

import {LIMITS_DECLINED, nextQuestion, type PlannedQuestion} from '../core/advisor/question-plan.js'
import {profileConflicts} from '../core/knowledge/profile-conflicts.js'
import {describeFact, FIELD_SPECS, type FieldSpec} from '../core/knowledge/profile-fields.js'
import {BACK, type Back} from './step-prompts.js'

export interface QuestionnaireResult {
  profile: Profile
  savePath: string | undefined
}

type Context = {input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream & {columns?: number}}

/** One answered (or skipped) question: what it set and which questions it settled. */
interface Step {
  question: PlannedQuestion
  facts: Partial<Profile>
  settles: string[]
  /** The one line left on screen for it. */
  summary: string
}

const SKIP = '__skip__'
const ERASE_LINE_ABOVE = '\u001B[1A\u001B[2K\r'

const labelOf = (field: string) => (FIELD_SPECS as Record<string, FieldSpec>)[field]?.label ?? field
const isNumber = (text: string) => text.trim() === '' || (Number.isFinite(Number(text)) && Number(text) >= 0)

function replay(history: readonly Step[]): {profile: Profile; asked: Set<string>} {
  const profile: Record<string, unknown> = {}
  const asked = new Set<string>()
  for (const step of history) {
    Object.assign(profile, step.facts)
    for (const key of step.settles) asked.add(key)
  }
  return {profile: profile as Profile, asked}
}

/** The fields a question settles once answered or skipped. */
const fieldsOf = (q: PlannedQuestion): string[] => (q.kind === 'choose' || q.kind === 'number' ? [q.field] : q.fields)

/**
 * Asks a prompt for one planned question. `previous` (the answer given before
 * going back) is where the cursor starts. Resolves the step, or BACK.
 */
async function ask(
  q: PlannedQuestion,
  previous: Step | undefined,
  canGoBack: boolean,
  ctx: Context,
): Promise<Back | Step> {
  const {chooseStep, pickAnyStep, textStep} = await import('./step-prompts.js')
  const context = {...ctx, clearPromptOnDone: true} as never
  const settled = (facts: Partial<Profile>, summary: string, settles = fieldsOf(q)): Step => ({
    question: q,
    facts,
    settles,
    summary,
  })
  if (q.kind === 'choose') {
    const choices = [
      ...q.answers.map((a, i) => ({name: a.label, value: String(i)})),
      {name: 'skip / not sure', value: SKIP},
    ]
    const start = previous
      ? Math.max(
          0,
          q.answers.findIndex((a) => JSON.stringify(a.facts) === JSON.stringify(previous.facts)),
        )
      : 0
    const picked = await chooseStep(
      {
        message: q.question,
        choices,
        start: previous && Object.keys(previous.facts).length === 0 ? q.answers.length : start,
        canGoBack,
      },
      context,
    )
    if (picked === BACK) return BACK
    if (picked === SKIP) return settled({}, `${labelOf(q.field)}: skipped`)
    const answer = q.answers[Number(picked)]!
    return settled(answer.facts, `${labelOf(q.field)}: ${answer.label}`)
  }
  if (q.kind === 'number') {
    const before = previous?.facts[q.field]
    const text = await textStep(
      {
        message: `${q.question}`,
        default: before === undefined ? '' : String(before),
        canGoBack,
        validate: (v) => (isNumber(v) ? undefined : `enter a number of ${q.unit}, or leave blank`),
      },
      context,
    )
    if (text === BACK) return BACK
    if (text.trim() === '') return settled({}, `${labelOf(q.field)}: skipped`)
    return settled({[q.field]: Number(text)}, describeFact(q.field, Number(text)))
  }
  if (q.kind === 'within-limits') {
    const message = `${q.question}\n${q.limits.map((l) => `    · ${l}`).join('\n')}`
    const choices = [
      {name: 'yes, all of them', value: 'yes'},
      {name: 'no: ask me about each', value: 'no'},
      {name: 'skip / not sure', value: SKIP},
    ]
    const start =
      previous === undefined
        ? 0
        : previous.settles.includes(LIMITS_DECLINED)
          ? 1
          : Object.keys(previous.facts).length > 0
            ? 0
            : 2
    const picked = await chooseStep({message, choices, start, canGoBack}, context)
    if (picked === BACK) return BACK
    if (picked === 'no') return settled({}, 'Within those limits: no (asking one by one)', [LIMITS_DECLINED])
    if (picked === SKIP) return settled({}, 'Within those limits: skipped')
    return settled(q.within, `Within those limits: yes (${q.limits.join('; ')})`)
  }
  const marks = await pickAnyStep(
    {
      message: q.question,
      items: q.items.map((i) => i.label),
      marked: q.items.map((i) => previous?.facts[i.field] === true),
      canGoBack,
    },
    context,
  )
  if (marks === BACK) return BACK
  if (marks === null) return settled({}, `${q.items.map((i) => i.label).join(' / ')}: skipped`)
  const facts = Object.fromEntries(q.items.map((item, i) => [item.field, marks[i] === true])) as Partial<Profile>
  const chosen = q.items.filter((_, i) => marks[i]).map((i) => i.label)
  return settled(facts, chosen.length === 0 ? `None of: ${q.items.map((i) => i.label).join(', ')}` : chosen.join('; '))
}

/**
 * Asks for the profile one question at a time, and only the questions whose
 * answer could change the advice (see question-plan). Every question can be
 * skipped (an unknown fact never rules a candidate out); Esc, ← or Backspace
 * goes back one question, keeping the later answers as the starting choice
 * when those questions come round again; an answer that contradicts an
 * earlier one is flagged before it is kept.
 */
export async function runQuestionnaire(kb: KnowledgeBase, ctx: Context = {}): Promise<QuestionnaireResult> {
  const {chooseStep, textStep} = await import('./step-prompts.js')
  const output = ctx.output ?? process.stdout
  const width = Math.max(20, ((output as {columns?: number}).columns || 80) - 1)
  const say = (line: string) => output.write(`${line.length > width ? `${line.slice(0, width - 1)}…` : line}\n`)
  const history: Step[] = []
  const remembered = new Map<string, Step>()
  const goBack = () => {
    const step = history.pop()
    if (step) output.write(ERASE_LINE_ABOVE)
    return step
  }
  // Back to (and including) step `index`, remembering each answer as the starting choice.
  const unwindTo = (index: number) => {
    while (history.length > index) {
      const back = goBack()
      if (back) remembered.set(back.question.key, back)
    }
  }
  for (;;) {
    const {profile, asked} = replay(history)
    const q = nextQuestion(kb, profile, asked)
    if (!q) {
      const path = await textStep(
        {message: 'Save these answers as a profile file? Path (blank to skip):', canGoBack: history.length > 0},
        {...ctx, clearPromptOnDone: true} as never,
      )
      if (path === BACK) {
        unwindTo(history.length - 1)
        continue
      }
      output.write('\n')
      return {profile, savePath: path.trim() === '' ? undefined : path.trim()}
    }
    const step = await ask(q, remembered.get(q.key), history.length > 0, ctx)
    if (step === BACK) {
      unwindTo(history.length - 1)
      continue
    }
    remembered.set(q.key, step)
    const changed = new Set(Object.keys(step.facts))
    const conflict = profileConflicts({...profile, ...step.facts}).find(
      (c) => c.fields.some((f) => changed.has(f)) && c.fields.some((f) => !changed.has(f) && profile[f] !== undefined),
    )
    if (conflict) {
      const setsOther = (h: Step) => conflict.fields.some((f) => !changed.has(f) && h.facts[f] !== undefined)
      const fromEnd = [...history].reverse().findIndex(setsOther)
      const earlier = fromEnd === -1 ? -1 : history.length - 1 - fromEnd
      const choices = [
        {name: 'change this answer', value: 'this'},
        ...(earlier >= 0
          ? [{name: `go back to the earlier answer (${history[earlier]!.summary})`, value: 'earlier'}]
          : []),
        {name: 'keep both', value: 'keep'},
      ]
      const picked = await chooseStep(
        {message: `That contradicts an earlier answer: ${conflict.message}`, choices, canGoBack: false},
        {...ctx, clearPromptOnDone: true} as never,
      )
      if (picked === 'this') continue
      if (picked === 'earlier') {
        unwindTo(earlier)
        continue
      }
    }
    history.push(step)
    say(`✔ ${step.summary}`)
  }
}
