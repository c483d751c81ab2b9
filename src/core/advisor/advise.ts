import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'
import type {Advice} from './advice.js'
import type {ConditionTrace} from './conditions.js'

import {costNotesFor, DEFAULT_EDGE_KEEP_RATIO} from './cost-notes.js'
import {evaluateRulesSync, type Evaluator, type RuleOutcome, syncEvaluator} from './evaluate.js'
import {rankCandidates} from './rank.js'

/** One rule's verdict as `--explain` shows it. */
export interface RuleTrace {
  rule: string
  service: string
  /** The variant a rule speaks about (a Standard RI, Fargate Spot), when it names one. */
  variant?: string
  kind: 'caution' | 'fit' | 'note' | 'reject'
  fired: boolean
  conditions: ConditionTrace
}

export interface AdviseOptions {
  evaluator?: Evaluator
  explain?: boolean
  edgeKeepRatio?: number
}

/** Advice, plus the condition-level trace when asked for. */
export type AdviceWithTrace = Advice & {trace?: RuleTrace[]}

function finish(kb: KnowledgeBase, profile: Profile, outcomes: RuleOutcome[], options: AdviseOptions): AdviceWithTrace {
  const advice = rankCandidates(profile, kb.catalog, outcomes)
  const byId = new Map(kb.catalog.map((e) => [e.id, e]))
  for (const rec of advice.recommendations) {
    const entry = byId.get(rec.service)
    if (entry)
      rec.costNotes = costNotesFor(rec, entry, profile, kb.prices, options.edgeKeepRatio ?? DEFAULT_EDGE_KEEP_RATIO)
  }
  if (!options.explain) return advice
  const trace = outcomes.map((o) => ({
    rule: o.rule.name,
    service: o.rule.event.params.service,
    ...('variant' in o.rule.event.params && o.rule.event.params.variant ? {variant: o.rule.event.params.variant} : {}),
    kind: o.rule.event.type,
    fired: o.fired,
    conditions: o.trace,
  }))
  return {...advice, trace}
}

/**
 * Runs a profile through the rule set and ranks every catalog candidate.
 *
 * The rules are json-rules-engine rules. With `explain`, they run through
 * json-rules-engine itself and the trace is the engine's own. Otherwise the
 * synchronous evaluator runs them: same operators, same verdict on every rule
 * (a property test holds the two together), without the engine's ~35 ms of
 * load and warm-up that would dominate a command's start. Pass `evaluator` to
 * choose explicitly.
 */
export async function advise(
  kb: KnowledgeBase,
  profile: Profile,
  options: AdviseOptions = {},
): Promise<AdviceWithTrace> {
  const evaluator = options.evaluator ?? (options.explain ? await loadJsonRulesEngineEvaluator() : syncEvaluator)
  return finish(kb, profile, await evaluator(kb.rules, profile), options)
}

export async function loadJsonRulesEngineEvaluator(): Promise<Evaluator> {
  return (await import('./jre-evaluator.js')).jsonRulesEngineEvaluator
}

/** The synchronous twin of `advise` for batch paths (identical verdicts; see evaluate.ts). */
export function adviseSync(
  kb: KnowledgeBase,
  profile: Profile,
  options: Omit<AdviseOptions, 'evaluator'> = {},
): AdviceWithTrace {
  return finish(kb, profile, evaluateRulesSync(kb.rules, profile), options)
}
