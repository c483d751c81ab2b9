import type {Advice} from '../advisor/advice.js'
import type {CatalogEntry} from '../knowledge/catalog.js'
import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {Profile} from '../knowledge/profile.js'
import type {BankQuestion} from './bank-question.js'
import type {PhraseBook} from './phrases.js'

import {adviseSync} from '../advisor/advise.js'
import {describeFact} from '../knowledge/profile-fields.js'
import {mulberry32, pickOne, shuffle} from '../random.js'
import {profileFor} from './generate-profile.js'
import {letterOf} from './question.js'
import {solveQuestion} from './solve.js'

export interface GenerateOptions {
  count: number
  seed: number
  service?: string
  difficulty?: 'easy' | 'hard' | 'medium'
}

export interface GenerateResult {
  questions: BankQuestion[]
  /** Candidates built and thrown away (ties, no unique answer, duplicate stems). */
  rejectedCandidates: number
}

/** The target must beat every other candidate of its kind by this much to be the unique answer. */
const UNIQUE_MARGIN = 2
const VERBS: Record<string, readonly string[]> = {
  placement: ['Deploy the workload on', 'Run the workload in', 'Place the service on'],
  network: ['Put', 'Front the service with', 'Use'],
  'compute-model': ['Run it on', 'Build it on', 'Use'],
  pricing: ['Buy', 'Pay for the capacity with', 'Use'],
  'load-balancing': ['Put the targets behind', 'Front the service with', 'Use'],
  'instance-type': ['Run it on', 'Move the fleet to', 'Choose'],
  orchestration: ['Run the containers on', 'Orchestrate the containers with', 'Use'],
  'cost-management': ['Use', 'Set up', 'Turn on'],
  'data-transfer': ['Route the traffic through', 'Add', 'Use'],
}

/**
 * Which SAA-C03 task a question about a category belongs to. Edge placement and
 * entry points are Task 3.4 material; network data transfer costs are Task 4.4;
 * the rest (purchasing, compute models, instance types, load balancing, cost
 * tools) is Task 4.2, "Design cost-optimized compute solutions".
 */
const TASK_OF_CATEGORY: Record<string, {domain: 'cost-optimized' | 'high-performing'; task: string}> = {
  placement: {domain: 'high-performing', task: '3.4'},
  network: {domain: 'high-performing', task: '3.4'},
  'data-transfer': {domain: 'cost-optimized', task: '4.4'},
}
const taskOf = (category: string) => TASK_OF_CATEGORY[category] ?? {domain: 'cost-optimized' as const, task: '4.2'}

/**
 * Kinds of service that make plausible near misses for each other, for kinds
 * with too few members to fill a question alone (three load balancers, two VPC
 * egress options): real exam distractors come from the same family.
 */
const RELATED_CATEGORIES: Record<string, readonly string[]> = {
  'load-balancing': ['network'],
  network: ['load-balancing', 'data-transfer'],
  'data-transfer': ['network', 'load-balancing'],
  orchestration: ['compute-model'],
  'compute-model': ['orchestration', 'instance-type'],
  'instance-type': ['compute-model'],
  'cost-management': ['pricing'],
  pricing: ['cost-management'],
}

interface Distractor {
  entry: CatalogEntry
  rationale: string
  /** Hard constraints it breaks; 0 for an option that is merely weaker or irrelevant. */
  violations: number
  /** Near misses (one broken constraint, or plausible but weaker) make a question hard; unrelated or badly broken options make it easy. */
  near: boolean
}

function distractorsFor(advice: Advice, target: CatalogEntry, kb: KnowledgeBase, rng: () => number, wantNear?: boolean): Distractor[] {
  const targetScore = advice.recommendations.find((r) => r.service === target.id)?.score ?? 0
  const pool: Distractor[] = []
  for (const entry of kb.catalog) {
    if (entry.id === target.id) continue
    const rejected = advice.rejected.find((r) => r.service === entry.id)
    const rec = advice.recommendations.find((r) => r.service === entry.id)
    if (rejected) pool.push({entry, violations: rejected.reasons.length, near: rejected.reasons.length === 1, rationale: `Incorrect — ${rejected.reasons[0]!.message}`})
    else if (!rec) pool.push({entry, violations: 0, near: false, rationale: `Incorrect — nothing in the requirements calls for ${entry.name}.`})
    else if (rec.score <= targetScore - UNIQUE_MARGIN) pool.push({entry, violations: 0, near: true, rationale: `Incorrect — ${entry.name} fits less well than ${target.name} here (${rec.reasons[0]?.message ?? 'weaker evidence'}).`})
  }
  // Same kind first (a pricing question offers pricing options), then a neighbouring kind (an NLB
  // beside a NAT gateway), then anything the requirements rule out; the wanted nearness decides the order.
  const rank = (d: Distractor) => (wantNear === undefined ? 0 : d.near === wantNear ? 0 : 1)
  const related = RELATED_CATEGORIES[target.category] ?? []
  const sameKind = shuffle(pool.filter((d) => d.entry.category === target.category), rng).sort((a, b) => rank(a) - rank(b))
  const neighbours = shuffle(pool.filter((d) => related.includes(d.entry.category)), rng).sort((a, b) => rank(a) - rank(b))
  const others = shuffle(pool.filter((d) => d.entry.category !== target.category && !related.includes(d.entry.category) && d.violations > 0), rng).sort((a, b) => rank(a) - rank(b))
  return [...sameKind, ...neighbours, ...others].slice(0, 3)
}

function difficultyOf(distractors: readonly Distractor[]): 'easy' | 'hard' | 'medium' {
  const near = distractors.filter((d) => d.near).length
  if (near >= 2) return 'hard'
  if (near === 0) return 'easy'
  return 'medium'
}

function sentence(field: string, value: unknown, book: PhraseBook, rng: () => number): string | undefined {
  if (field === 'executionSeconds') {
    const seconds = value as number
    const long = seconds > 900
    const template = book.facts.executionSeconds?.[long ? 'long' : 'short']
    return template ? pickOne(rng, template).replace('{n}', String(long ? Math.round(seconds / 3600) : seconds)) : undefined
  }
  const options = book.facts[field]?.[String(value)]
  return options ? pickOne(rng, options) : undefined
}

function stemFor(profile: Profile, book: PhraseBook, rng: () => number): string {
  const facts = shuffle(Object.entries(profile), rng)
    .map(([field, value]) => sentence(field, value, book, rng))
    .filter((s): s is string => s !== undefined)
  return `${pickOne(rng, book.openers)} ${pickOne(rng, book.subjects)}. ${facts.join(' ')} ${pickOne(rng, book.questions)}`
}

const normalize = (s: string) => s.toLowerCase().replaceAll(/\s+/g, ' ').trim()

/**
 * Generates scenario questions from the rules: a profile whose unique answer
 * is the target, a stem that states it in varied words, three distractors
 * that break a constraint or fit clearly worse, and a rationale for each
 * option drawn from the rule that decides it. Every candidate is read back
 * through the lexicon and solved; any that does not come back to its own key,
 * ties, or repeats a stem is thrown away. Same seed, same questions.
 */
export function generateQuestions(kb: KnowledgeBase, book: PhraseBook, options: GenerateOptions): GenerateResult {
  const rng = mulberry32(options.seed)
  const targets = options.service ? [options.service] : shuffle(kb.catalog.map((e) => e.id), rng)
  const byId = new Map(kb.catalog.map((e) => [e.id, e]))
  const stems = new Set<string>()
  const questions: BankQuestion[] = []
  let rejectedCandidates = 0
  const reject = () => rejectedCandidates++
  let keyBlock = [0, 1, 2, 3]
  const maxAttempts = options.count * 60
  for (let attempt = 0; questions.length < options.count && attempt < maxAttempts; attempt++) {
    const target = byId.get(targets[(questions.length + attempt) % targets.length]!)
    if (!target) break
    const profile = profileFor(target.id, kb, book, rng)
    if (!profile) {
      reject()
      continue
    }
    const advice = adviseSync(kb, profile)
    const top = advice.recommendations.find((r) => r.service === target.id)
    const rival = advice.recommendations.find((r) => r.service !== target.id && r.category === target.category)
    if (advice.primary !== target.id || !top || (rival && rival.score > top.score - UNIQUE_MARGIN)) {
      reject()
      continue
    }
    const distractors = distractorsFor(advice, target, kb, rng, options.difficulty === undefined ? undefined : options.difficulty !== 'easy')
    const difficulty = difficultyOf(distractors)
    if (distractors.length < 3 || (options.difficulty && difficulty !== options.difficulty)) {
      reject()
      continue
    }
    const stem = stemFor(profile, book, rng)
    if (stems.has(normalize(stem))) {
      reject()
      continue
    }
    // Keys rotate through A-D in shuffled blocks of four: even, but not a visible pattern.
    if (questions.length % 4 === 0) keyBlock = shuffle([0, 1, 2, 3], rng)
    const keyAt = keyBlock[questions.length % 4]!
    const order = shuffle(distractors, rng)
    order.splice(keyAt, 0, {entry: target, violations: -1, near: false, rationale: `Correct — ${top.reasons.map((r) => r.message).join(' ')}`})
    const optionTexts = order.map((d) => `${pickOne(rng, VERBS[d.entry.category] ?? ['Use'])} ${d.entry.name}`)
    const solved = solveQuestion(kb, {stem, options: optionTexts, choose: 1})
    if (solved.answer.join(',') !== letterOf(keyAt) || solved.uncertain) {
      reject()
      continue
    }
    stems.add(normalize(stem))
    const stated = Object.entries(profile).map(([f, v]) => describeFact(f, v).toLowerCase())
    questions.push({
      id: `gen-s${options.seed}-${String(questions.length + 1).padStart(4, '0')}`,
      stem,
      options: order.map((d, i) => ({text: optionTexts[i]!, correct: d.entry.id === target.id, rationale: d.rationale})),
      choose: 1,
      type: 'single',
      explanation: `The stated requirements (${stated.join('; ')}) point to ${target.name}. ${top.reasons.map((r) => r.message).join(' ')}`,
      ...taskOf(target.category),
      services: [target.id, ...distractors.map((d) => d.entry.id)],
      difficulty,
      references: [...new Set([target.docs[0]!.url, ...top.reasons.map((r) => r.doc).filter((u) => /^https:\/\/(docs\.)?aws\.amazon\.com\//.test(u))])].slice(0, 3),
      source: 'generated',
    })
  }
  return {questions, rejectedCandidates}
}
