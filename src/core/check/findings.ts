import type {KnowledgeBase} from '../knowledge/knowledge-base.js'
import type {ChosenService, Finding, RequirementEvidence, RuleDescriptor} from './finding.js'

import {leavesOf} from '../advisor/conditions.js'
import {evaluateRulesSync, type RuleOutcome} from '../advisor/evaluate.js'
import {anyMandatory, reasonOf, reasonsOfRejects, type Tally, tallyOutcomes, viableByStrength} from '../advisor/rank.js'
import {type Rule, STATED_FACT} from '../knowledge/rule.js'
import {aboutAnotherComponent} from './components.js'
import {type DocumentFacts, OTHER_COMPUTE_ID} from './evidence.js'

/** How much better another candidate must score before choosing this one earns a warning. */
export const BETTER_FIT_MARGIN = 3

export const CHECK_RULES: readonly RuleDescriptor[] = [
  {
    id: 'edgewise.better-fit',
    shortDescription: 'A clearly better or cheaper option fits the stated requirements',
    fullDescription:
      'Another service of the same kind scores at least 3 points higher than the chosen one on the requirements the document states.',
    helpUri:
      'https://docs.aws.amazon.com/whitepapers/latest/cost-optimization-right-sizing/cost-optimization-right-sizing.html',
    defaultLevel: 'warning',
  },
  {
    id: 'edgewise.closed-to-new-customers',
    shortDescription: 'The chosen service is no longer offered to new customers',
    fullDescription: 'AWS has closed the service to new customers; existing customers may keep using it.',
    helpUri: 'https://docs.aws.amazon.com/snowball/latest/developer-guide/whatisedge.html',
    defaultLevel: 'warning',
  },
]

const categories = new WeakMap<KnowledgeBase['catalog'], Map<string, string>>()
const categoryOf = (kb: KnowledgeBase, service: string): string | undefined => {
  let byService = categories.get(kb.catalog)
  if (!byService) categories.set(kb.catalog, (byService = new Map(kb.catalog.map((e) => [e.id, e.category]))))
  return byService.get(service)
}

/**
 * The rules about services of the given categories, in rule-set order. A
 * document's findings only read verdicts on its chosen services and on other
 * services of their categories (the better-fit comparison), so the other
 * rules need not run.
 */
function rulesAbout(kb: KnowledgeBase, wanted: ReadonlySet<string | undefined>): readonly Rule[] {
  let bySelection = selections.get(kb.rules)
  if (!bySelection) selections.set(kb.rules, (bySelection = new Map()))
  const key = [...wanted].sort().join(' ')
  let rules = bySelection.get(key)
  if (!rules)
    bySelection.set(key, (rules = kb.rules.filter((rule) => wanted.has(categoryOf(kb, rule.event.params.service)))))
  return rules
}
const selections = new WeakMap<readonly Rule[], Map<string, readonly Rule[]>>()

/**
 * The profile fields that can change the findings on these chosen services:
 * those the rules of their categories read (with the fields named in `stated`
 * conditions), and newCustomer, which the closed-to-new-customers finding reads.
 */
export function fieldsReadFor(kb: KnowledgeBase, services: readonly string[]): ReadonlySet<string> {
  const rules = rulesAbout(kb, new Set(services.map((s) => categoryOf(kb, s))))
  let fields = fieldsRead.get(rules)
  if (!fields) {
    const found = new Set<string>(['newCustomer'])
    for (const leaf of rules.flatMap((rule) => leavesOf(rule.conditions))) {
      if (leaf.fact === STATED_FACT) for (const field of [leaf.value].flat()) found.add(String(field))
      else found.add(leaf.fact)
    }
    fieldsRead.set(rules, (fields = found))
  }
  return fields
}
const fieldsRead = new WeakMap<readonly Rule[], ReadonlySet<string>>()

/** What every finding about one document's chosen services is judged against. */
interface Judgement {
  file: string
  facts: DocumentFacts
  outcomes: readonly RuleOutcome[]
  viable: readonly Tally[]
  byId: ReadonlyMap<string, Tally>
  chosenIds: ReadonlySet<string>
  /** Judged on facts the document only suggests: what this finds is at most a note. */
  weak: boolean
}

const evidenceFor = (j: Judgement, fields: readonly string[]): RequirementEvidence | undefined => {
  for (const field of fields) {
    const found = j.facts.evidence.get(field)
    if (found) return found
  }
  return undefined
}

/*
 * The findings are built by one small function per kind, not one large one:
 * V8 compiles a hot function together with what it inlines and recompiles all
 * of it whenever a rarely taken path (a rejection, a note) first meets a new
 * object shape. One large findingsFor was compiled six times at 100–160 ms
 * each while a batch warmed up, in every checking thread.
 */

/** What a kind of finding decides; the rest comes from the chosen service (see `findingOn`). */
type Verdict = Pick<Finding, 'doc' | 'instead' | 'mandatory' | 'message' | 'ruleId' | 'severity'> & {
  requirement: RequirementEvidence | undefined
}

/** A finding about a chosen service, in the one shape every kind of finding has. */
function findingOn(j: Judgement, chosen: ChosenService, tally: Tally, verdict: Verdict): Finding {
  const {requirement, ...rest} = verdict
  return {
    file: j.file,
    line: chosen.line,
    service: tally.entry.id,
    serviceName: tally.entry.name,
    ...rest,
    ...(requirement ? {requirement} : {}),
  }
}

/** The catalog names of these ids, for messages. */
const namesOf = (j: Judgement, ids: readonly string[]) => ids.map((id) => j.byId.get(id)?.entry.name ?? id)

/**
 * Errors for a chosen service's hard constraints, or a named variant's own
 * ("an Outposts rack" in a small shop, "an EC2 Instance Savings Plan" for
 * Fargate): `subject` names what was rejected. What to use instead is the
 * rule's suggestion, else `fallback` (for a variant: the service's other
 * variants that the requirements do not rule out).
 */
function rejectionFindings(
  j: Judgement,
  chosen: ChosenService,
  tally: Tally,
  subject: string,
  rejects: readonly RuleOutcome[],
  fallback: readonly string[],
  out: Finding[],
): void {
  const mandatory = anyMandatory(rejects)
  for (const reason of reasonsOfRejects(rejects)) {
    const instead = reason.instead.length > 0 ? namesOf(j, reason.instead) : fallback
    const requirement = evidenceFor(
      j,
      reason.facts.map((f) => f.field),
    )
    // The decision cuts the job into pieces: the whole job's run time says nothing of one piece's.
    const split = j.facts.splitsWork === true && reason.facts.some((f) => f.field === 'executionSeconds')
    // "Lambda by default; Fargate for jobs over 15 minutes": the work this rule is about has a service of its own.
    const routed = reason.instead.filter(
      (id) => id !== tally.entry.id && j.chosenIds.has(id) && (j.byId.get(id)?.rejects.length ?? 1) === 0,
    )
    out.push(
      findingOn(j, chosen, tally, {
        ruleId: reason.rule,
        ...(j.weak
          ? {
              severity: 'note' as const,
              message: `${subject} may not fit: ${reason.message} The document only suggests this${requirement ? ` ("${requirement.quote}")` : ''}; state it as a requirement to have it checked.`,
              mandatory: false,
            }
          : split
            ? {
                severity: 'note' as const,
                message: `${subject}: ${reason.message} The decision splits the work into smaller pieces; make sure each piece stays within the limit${requirement ? ` (the whole job: "${requirement.quote}")` : ''}.`,
                mandatory: false,
              }
            : routed.length > 0
              ? {
                  severity: 'note' as const,
                  message: `${subject}: ${reason.message} The decision also chooses ${namesOf(j, routed).join(' and ')}, which fits this work; make sure that work goes there.`,
                  mandatory: false,
                }
              : {
                  severity: 'error' as const,
                  message: `${subject}: ${reason.message}${instead.length > 0 ? ` Use ${instead.join(' or ')} instead.` : ''}`,
                  mandatory,
                }),
        requirement,
        instead: reason.instead,
        doc: reason.doc,
      }),
    )
  }
}

/** The chosen variant's rejections, with its name and the sibling variants the requirements allow. */
function variantRejectionFindings(
  j: Judgement,
  chosen: ChosenService,
  tally: Tally,
  variant: string,
  rejects: readonly RuleOutcome[],
  out: Finding[],
): void {
  const variants = tally.entry.variants ?? []
  const name = variants.find((v) => v.id === variant)?.name ?? tally.entry.name
  const siblings = variants
    .filter((v) => v.id !== variant && !(tally.variants.get(v.id)?.rejects.length ?? 0))
    .map((v) => v.name)
  rejectionFindings(j, chosen, tally, name, rejects, siblings, out)
}

function betterFitFinding(j: Judgement, chosen: ChosenService, tally: Tally, out: Finding[]): void {
  const {entry} = tally
  // An unrejected service with no evidence scores 0, as in the advisor's recommendations.
  const mine = tally.score
  // A better option the document names without setting it aside (in use elsewhere, part of the plan) is not
  // news to its authors; one it never names, or rejected, is.
  const known = j.facts.acknowledged
  const better = j.viable.find(
    (t) =>
      t.entry.category === entry.category &&
      t.entry.id !== entry.id &&
      !j.chosenIds.has(t.entry.id) &&
      !known?.has(t.entry.id) &&
      t.score >= mine + BETTER_FIT_MARGIN,
  )
  if (!better) return
  const reasons = better.fits.map(reasonOf)
  out.push(
    findingOn(j, chosen, tally, {
      ruleId: 'edgewise.better-fit',
      severity: 'warning',
      message:
        `${better.entry.name} fits the stated requirements better than ${entry.name} (score ${better.score} vs ${mine}): ${reasons[0]?.message ?? ''}`.trim(),
      requirement: evidenceFor(
        j,
        reasons.flatMap((r) => r.facts.map((f) => f.field)),
      ),
      instead: [better.entry.id],
      doc: reasons[0]?.doc ?? better.entry.docs[0]?.url ?? entry.docs[0]!.url,
      mandatory: false,
    }),
  )
}

function closedToNewCustomersFinding(j: Judgement, chosen: ChosenService, tally: Tally, out: Finding[]): void {
  const {entry} = tally
  // Closed to new customers matters unless the document says it is an existing customer.
  if (entry.availability.status !== 'closed-to-new-customers' || j.facts.profile.newCustomer === false) return
  out.push(
    findingOn(j, chosen, tally, {
      ruleId: 'edgewise.closed-to-new-customers',
      severity: 'warning',
      message: `${entry.name} is no longer available to new AWS customers; existing customers can keep using it. Plan a new deployment on a service AWS still offers (see the notice).`,
      requirement: evidenceFor(j, ['newCustomer']),
      instead: [],
      doc: entry.availability.source,
      mandatory: false,
    }),
  )
}

/** Warnings where the service works but the stated requirements call for something simpler or cheaper (`caution` rules). */
function cautionFindings(j: Judgement, chosen: ChosenService, tally: Tally, out: Finding[]): void {
  for (const outcome of j.outcomes) {
    const {event} = outcome.rule
    if (!outcome.fired || event.type !== 'caution' || event.params.service !== tally.entry.id) continue
    // A caution about one variant speaks only to a choice of that variant.
    if (event.params.variant !== undefined && event.params.variant !== chosen.variant) continue
    const instead = namesOf(j, event.params.instead ?? [])
    // The document already chose what the caution recommends ("leave office-hours environments On-Demand
    // with a stop schedule" beside a chosen Instance Scheduler): its authors know; a note at most.
    const alreadyChosen = (event.params.instead ?? []).some((id) => j.chosenIds.has(id))
    out.push(
      findingOn(j, chosen, tally, {
        ruleId: outcome.rule.name,
        severity: j.weak || alreadyChosen ? 'note' : 'warning',
        message: `${tally.entry.name}: ${event.params.message}${instead.length > 0 ? ` Consider ${instead.join(' or ')}.` : ''}`,
        requirement: evidenceFor(
          j,
          reasonOf(outcome).facts.map((f) => f.field),
        ),
        instead: event.params.instead ?? [],
        doc: event.params.doc,
        mandatory: false,
      }),
    )
  }
}

function noteFindings(j: Judgement, chosen: ChosenService, tally: Tally, out: Finding[]): void {
  for (const outcome of j.outcomes) {
    const {event} = outcome.rule
    if (!outcome.fired || event.type !== 'note' || event.params.service !== tally.entry.id) continue
    out.push(
      findingOn(j, chosen, tally, {
        ruleId: outcome.rule.name,
        severity: 'note',
        message: event.params.message,
        requirement: undefined,
        instead: [],
        doc: event.params.doc,
        mandatory: false,
      }),
    )
  }
}

function judge(
  file: string,
  facts: DocumentFacts,
  profile: DocumentFacts['profile'],
  rules: readonly Rule[],
  kb: KnowledgeBase,
  weak: boolean,
): Judgement {
  const outcomes = evaluateRulesSync(rules, profile)
  // The advisor's tallies and order, without building its whole advice: only the chosen services need reasons.
  const tallies = tallyOutcomes(kb.catalog, outcomes)
  return {
    file,
    facts,
    outcomes,
    viable: viableByStrength(tallies),
    byId: new Map(tallies.map((t) => [t.entry.id, t])),
    chosenIds: new Set(facts.chosen.map((c) => c.service)),
    weak,
  }
}

/** The findings of `loose` that `firm` does not have (same rule, same service, same line). */
function onlyIn(loose: readonly Finding[], firm: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.ruleId} ${f.service} ${f.line}`
  const seen = new Set(firm.map(key))
  return loose.filter((f) => !seen.has(key(f)))
}

/**
 * The findings on each chosen service under one judgement; with `notes`, also
 * the notes about requirements the document leaves out (judged on everything
 * it says, stated or suggested: a suggestion is not a silence).
 */
function findingsUnder(j: Judgement, notes: boolean): Finding[] {
  const findings: Finding[] = []
  for (const chosen of j.facts.chosen) {
    const tally = j.byId.get(chosen.service)
    if (!tally) continue
    const variantRejects = chosen.variant ? (tally.variants.get(chosen.variant)?.rejects ?? []) : []
    const rejected = tally.rejects.length > 0 || variantRejects.length > 0
    if (tally.rejects.length > 0) rejectionFindings(j, chosen, tally, tally.entry.name, tally.rejects, [], findings)
    if (variantRejects.length > 0) variantRejectionFindings(j, chosen, tally, chosen.variant!, variantRejects, findings)
    // A better fit is claimed only on stated requirements: a score made of suggestions says nothing.
    if (!rejected && !j.weak) betterFitFinding(j, chosen, tally, findings)
    if (!rejected) cautionFindings(j, chosen, tally, findings)
    if (!j.weak) closedToNewCustomersFinding(j, chosen, tally, findings)
    // A rejected service's notes would only distract from why it was rejected.
    if (!rejected && notes) noteFindings(j, chosen, tally, findings)
  }
  return withoutRepeatedAdvice(findings)
}

/**
 * A better-fit warning that a caution on the same service and the same evidence already gives ("the link
 * drops: consider Greengrass or Snowball Edge") says it twice: the caution, with its reason, stays.
 */
function withoutRepeatedAdvice(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      f.ruleId !== 'edgewise.better-fit' ||
      !findings.some(
        (other) =>
          other !== f &&
          other.ruleId !== 'edgewise.better-fit' &&
          other.service === f.service &&
          other.requirement?.field === f.requirement?.field &&
          f.instead.every((id) => other.instead.includes(id)),
      ),
  )
}

/**
 * Judges the services a document chose against the requirements it states,
 * on the strength of the evidence. On facts the document states outright: a
 * violated hard constraint is an error, a clearly better option of the same
 * kind, a caution or a service closed to new customers is a warning. On
 * facts its wording only suggests, the same rules give at most a note. A
 * requirement the choice depends on but the document never states is a note.
 */
export function findingsFor(file: string, facts: DocumentFacts, kb: KnowledgeBase): Finding[] {
  if (facts.chosen.length === 0) return []
  const rules = rulesAbout(kb, new Set(facts.chosen.map((c) => categoryOf(kb, c.service))))
  const {stated} = facts
  const all = Object.keys(facts.profile)
  const statedProfile =
    stated === undefined
      ? facts.profile
      : Object.fromEntries(Object.entries(facts.profile).filter(([field]) => stated.has(field)))
  const suggested = stated !== undefined && all.some((field) => !stated.has(field))
  const firm = findingsUnder(judge(file, facts, statedProfile, rules, kb, false), !suggested)
  // What only the suggested facts add, and only on services no stated fact already rules out.
  const ruledOut = new Set(firm.filter((f) => f.severity === 'error').map((f) => f.service))
  const weak = suggested
    ? onlyIn(findingsUnder(judge(file, facts, facts.profile, rules, kb, true), true), firm).filter(
        (f) => f.severity === 'note' && !ruledOut.has(f.service),
      )
    : []
  const findings = [...firm, ...weak]
  // "Lambda for the API and Batch for the nightly export": the export's three hours are not the API's.
  const {contexts} = facts
  const own = (
    contexts && contexts.size > 0
      ? findings.filter(
          (f) => !aboutAnotherComponent(f, f.requirement && contexts.get(f.requirement.field), facts.chosen),
        )
      : findings
  ).filter((f) => aboutThisService(f, facts, kb))
  return own.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId))
}

/**
 * Whether the finding's requirement is about its service: some evidence for
 * it is about this service, the whole design, or a service of another kind
 * ("ECS Fargate (GPU)" is not about the API's Lambda, "t3.large, GPU enabled"
 * not about Fargate; a viewer request named beside CloudFront is still
 * Lambda@Edge's), and nothing the document says of this very service
 * contradicts it ("CPU mode uses Fargate, no GPU").
 */
function aboutThisService(f: Finding, facts: DocumentFacts, kb: KnowledgeBase): boolean {
  const {requirement} = f
  const bound = requirement && facts.boundTo?.get(requirement.field)
  if (requirement === undefined || bound === undefined) return true
  // "CPU mode uses AWS Fargate, no GPU": the document itself says this service goes without (a yes/no fact only; a
  // number said beside the service, like the term of the plan being bought, is the choice, not a contradiction).
  if (
    typeof requirement.value === 'boolean' &&
    bound.some((b) => b.service === f.service && b.value === !requirement.value)
  )
    return false
  const kind = categoryOf(kb, f.service)
  const kindOf = (service: string) => (service === OTHER_COMPUTE_ID ? 'compute-model' : categoryOf(kb, service))
  return bound.some(
    (b) =>
      b.value === requirement.value && (b.service === null || b.service === f.service || kindOf(b.service) !== kind),
  )
}

/** SARIF/report descriptors for every rule that can produce a finding. */
export function ruleDescriptors(kb: KnowledgeBase): RuleDescriptor[] {
  const fromRules = kb.rules
    .filter((r) => r.event.type !== 'fit')
    .map((r) => ({
      id: r.name,
      shortDescription: r.event.params.message,
      fullDescription: r.rationale,
      helpUri: r.event.params.doc,
      defaultLevel:
        r.event.type === 'reject'
          ? ('error' as const)
          : r.event.type === 'caution'
            ? ('warning' as const)
            : ('note' as const),
    }))
  return [...fromRules, ...CHECK_RULES].sort((a, b) => a.id.localeCompare(b.id))
}
