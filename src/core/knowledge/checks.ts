import type {Problem} from '../validation/problem.js'
import type {KnowledgeBase, Origin} from './knowledge-base.js'

import {FIELD_SPECS, type FieldSpec} from './profile-fields.js'
import {type Condition, type LeafCondition, NEGATIVE_OPERATORS, STATED_FACT} from './rule.js'

/** A named consistency check over the whole knowledge base (changesets-style). */
export type KnowledgeCheck = (
  kb: KnowledgeBase,
  report: (origin: Origin | undefined, suffix: string, message: string) => void,
) => void

/** Own keys only: "constructor", "__proto__" or "toString" are not profile fields. */
const specOf = (fact: string): FieldSpec | undefined =>
  Object.hasOwn(FIELD_SPECS, fact) ? (FIELD_SPECS as Record<string, FieldSpec>)[fact] : undefined

/** Multipliers from a catalog limit's unit into the unit of the profile fact it bounds. */
const UNIT_FACTORS: Record<string, Record<string, number>> = {
  executionSeconds: {s: 1, ms: 0.001, min: 60, minutes: 60, hours: 3600, days: 86_400},
  memoryMb: {MB: 1, GB: 1024, GiB: 1024},
  codeSizeKb: {KB: 1, MB: 1024, GB: 1024 * 1024},
  vcpus: {vCPU: 1},
  // GB and GiB are read alike: requirements rarely say which they mean, and AWS quotes Fargate disk in GiB.
  ephemeralStorageGb: {GB: 1, GiB: 1, MB: 1 / 1024},
  payloadMb: {MB: 1, KB: 1 / 1024},
}

function* leavesWithPath(
  condition: Condition,
  path: string,
  guards: ReadonlySet<string>,
): Generator<{leaf: LeafCondition; path: string; guards: ReadonlySet<string>}> {
  if ('all' in condition) {
    const local = new Set(guards)
    for (const c of condition.all) {
      if ('fact' in c && c.fact === STATED_FACT && c.operator === 'contains' && typeof c.value === 'string')
        local.add(c.value)
    }
    for (const [i, c] of condition.all.entries()) yield* leavesWithPath(c, `${path}.all[${i}]`, local)
  } else if ('any' in condition) {
    for (const [i, c] of condition.any.entries()) yield* leavesWithPath(c, `${path}.any[${i}]`, guards)
  } else if ('not' in condition) {
    yield* leavesWithPath(condition.not, `${path}.not`, guards)
  } else {
    yield {leaf: condition, path, guards}
  }
}

function checkLeaf(leaf: LeafCondition, guards: ReadonlySet<string>): string | undefined {
  if (leaf.fact === STATED_FACT) {
    if (leaf.operator !== 'contains' && leaf.operator !== 'doesNotContain')
      return `the "${STATED_FACT}" fact is a list of field names: use contains or doesNotContain`
    return specOf(String(leaf.value)) ? undefined : `"${String(leaf.value)}" is not a profile field`
  }
  const spec = specOf(leaf.fact)
  if (!spec)
    return `unknown fact "${leaf.fact}"; facts are profile fields (see \`edgewise advise --help\`) or "${STATED_FACT}"`
  const listOperator = leaf.operator === 'in' || leaf.operator === 'notIn'
  if (listOperator !== Array.isArray(leaf.value))
    return `operator ${leaf.operator} ${listOperator ? 'needs a list' : 'needs a single value'}`
  if (leaf.operator === 'contains' || leaf.operator === 'doesNotContain')
    return `operator ${leaf.operator} only applies to lists; "${leaf.fact}" is not one`
  const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value]
  for (const value of values) {
    if (spec.kind === 'enum' && !spec.values.includes(value as string))
      return `"${String(value)}" is not a value of ${leaf.fact} (one of: ${spec.values.join(', ')})`
    if (spec.kind === 'choice' && !spec.values.includes(value as number))
      return `${String(value)} is not a value of ${leaf.fact} (one of: ${spec.values.join(', ')})`
    if (spec.kind === 'number' && typeof value !== 'number') return `${leaf.fact} is a number; compare it with a number`
    if (spec.kind === 'boolean' && typeof value !== 'boolean')
      return `${leaf.fact} is true or false; compare it with a boolean`
  }
  const numericOperator = leaf.operator.startsWith('less') || leaf.operator.startsWith('greater')
  if (numericOperator && spec.kind !== 'number')
    return `operator ${leaf.operator} needs a numeric fact; ${leaf.fact} is not one`
  if (NEGATIVE_OPERATORS.has(leaf.operator) && !guards.has(leaf.fact)) {
    return `${leaf.operator} is true when ${leaf.fact} was never stated; put {"fact": "${STATED_FACT}", "operator": "contains", "value": "${leaf.fact}"} beside it in the same "all"`
  }
  return undefined
}

const ruleShape: KnowledgeCheck = (kb, report) => {
  for (const rule of kb.rules) {
    const origin = kb.origins.rules.get(rule.name)
    if ('fact' in rule.conditions)
      report(origin, '.conditions', 'the top level must be "all", "any" or "not" (json-rules-engine requires it)')
    for (const {leaf, path, guards} of leavesWithPath(rule.conditions, '.conditions', new Set())) {
      const message = checkLeaf(leaf, guards)
      if (message) report(origin, path, message)
    }
  }
}

const ruleReferences: KnowledgeCheck = (kb, report) => {
  const ids = new Set(kb.catalog.map((e) => e.id))
  const seen = new Set<string>()
  for (const rule of kb.rules) {
    const origin = kb.origins.rules.get(rule.name)
    if (seen.has(rule.name))
      report(origin, '.name', `duplicate rule name "${rule.name}"; names must be unique across all packs`)
    seen.add(rule.name)
    const {params} = rule.event
    if (!ids.has(params.service)) report(origin, '.event.params.service', `"${params.service}" is not in the catalog`)
    const variant = 'variant' in params ? params.variant : undefined
    if (variant && !kb.catalog.find((e) => e.id === params.service)?.variants?.some((v) => v.id === variant)) {
      report(origin, '.event.params.variant', `"${variant}" is not a variant of ${params.service}`)
    }
    if (!rule.name.startsWith(`${params.service}.`))
      report(origin, '.name', `rule names start with their service id: "${params.service}.…"`)
    if (rule.event.type === 'reject' || rule.event.type === 'caution') {
      for (const [i, id] of (rule.event.params.instead ?? []).entries()) {
        if (!ids.has(id)) report(origin, `.event.params.instead[${i}]`, `"${id}" is not in the catalog`)
      }
    }
  }
}

/** A rule that cites a catalog limit must compare against that very number: one fact, one place. */
const limitAgreement: KnowledgeCheck = (kb, report) => {
  const catalog = new Map(kb.catalog.map((e) => [e.id, e]))
  for (const rule of kb.rules) {
    if (rule.event.type !== 'reject' || !rule.event.params.limit) continue
    const origin = kb.origins.rules.get(rule.name)
    const [serviceId, limitId] = rule.event.params.limit.split('/') as [string, string]
    const limit = catalog.get(serviceId)?.limits.find((l) => l.id === limitId)
    if (!limit) {
      report(origin, '.event.params.limit', `catalog has no limit "${rule.event.params.limit}"`)
      continue
    }
    if (typeof limit.value !== 'number') continue
    const numeric = [...leavesWithPath(rule.conditions, '', new Set())].filter(
      ({leaf}) => typeof leaf.value === 'number' && leaf.fact in UNIT_FACTORS,
    )
    const agrees = numeric.some(({leaf}) => {
      const factor = UNIT_FACTORS[leaf.fact]?.[limit.unit ?? '']
      return factor !== undefined && Math.abs((limit.value as number) * factor - (leaf.value as number)) < 1e-9
    })
    if (numeric.length > 0 && !agrees)
      report(
        origin,
        '.conditions',
        `compares against a number that does not match catalog limit ${rule.event.params.limit} (${String(limit.value)} ${limit.unit ?? ''})`,
      )
  }
}

const catalogConsistency: KnowledgeCheck = (kb, report) => {
  const ids = new Set<string>()
  const aliasOwner = new Map<string, string>()
  const withFit = new Set(kb.rules.filter((r) => r.event.type === 'fit').map((r) => r.event.params.service))
  for (const entry of kb.catalog) {
    const origin = kb.origins.catalog.get(entry.id)
    if (ids.has(entry.id)) report(origin, '.id', `duplicate catalog id "${entry.id}"`)
    ids.add(entry.id)
    const names = [entry.name, ...entry.aliases, ...(entry.variants ?? []).flatMap((v) => [v.name, ...v.aliases])]
    for (const alias of new Set(names.map((n) => n.toLowerCase()))) {
      const owner = aliasOwner.get(alias)
      if (owner && owner !== entry.id)
        report(origin, '.aliases', `alias "${alias}" also names "${owner}"; an alias must name one service`)
      aliasOwner.set(alias, entry.id)
    }
    if (!withFit.has(entry.id))
      report(origin, '', `no fit rule recommends "${entry.id}", so advise can never choose it`)
  }
  for (const entry of kb.catalog) {
    for (const variant of entry.variants ?? []) {
      for (const id of variant.covers ?? [])
        if (!ids.has(id))
          report(kb.origins.catalog.get(entry.id), `.variants.${variant.id}.covers`, `"${id}" is not in the catalog`)
    }
    for (const field of ['complements', 'doesNotCover'] as const)
      for (const [i, id] of (entry[field] ?? []).entries())
        if (!ids.has(id)) report(kb.origins.catalog.get(entry.id), `.${field}[${i}]`, `"${id}" is not in the catalog`)
  }
}

const lexiconShape: KnowledgeCheck = (kb, report) => {
  const seen = new Set<string>()
  for (const entry of kb.lexicon) {
    const origin = kb.origins.lexicon.get(entry.id)
    if (seen.has(entry.id)) report(origin, '.id', `duplicate lexicon id "${entry.id}"`)
    seen.add(entry.id)
    const spec = specOf(entry.fact)
    if (!spec) {
      report(origin, '.fact', `unknown fact "${entry.fact}"`)
      continue
    }
    if ((entry.value === undefined) === (entry.measure === undefined))
      report(origin, '', 'give exactly one of "value" or "measure"')
    const binned = entry.measure?.transform === 'volume-class'
    if (entry.measure && !binned && spec.kind !== 'number' && spec.kind !== 'choice')
      report(origin, '.measure', `${entry.fact} is not numeric; use "value" or a binning transform`)
    if (binned && entry.fact !== 'dataVolume')
      report(origin, '.measure.transform', 'volume-class only produces dataVolume')
    if (entry.value !== undefined) {
      const message = checkLeaf({fact: entry.fact, operator: 'equal', value: entry.value}, new Set())
      if (message) report(origin, '.value', message)
    }
    for (const [i, pattern] of entry.patterns.entries()) {
      try {
        const compiled = new RegExp(pattern, 'i')
        if (entry.measure && !/\(\?<num>/.test(compiled.source))
          report(origin, `.patterns[${i}]`, 'a measure pattern needs a named group (?<num>…)')
      } catch (error) {
        report(origin, `.patterns[${i}]`, `invalid regular expression: ${(error as Error).message}`)
      }
    }
  }
}

export const KNOWLEDGE_CHECKS: readonly KnowledgeCheck[] = [
  catalogConsistency,
  ruleShape,
  ruleReferences,
  limitAgreement,
  lexiconShape,
]

/** Runs every check and returns all problems at once. */
export function checkKnowledgeBase(kb: KnowledgeBase, checks: readonly KnowledgeCheck[] = KNOWLEDGE_CHECKS): Problem[] {
  const problems: Problem[] = []
  for (const check of checks) {
    check(kb, (origin, suffix, message) => {
      problems.push({
        file: origin?.file ?? '(knowledge base)',
        path: `${origin?.path ?? ''}${suffix}`.replace(/^\./, ''),
        message,
      })
    })
  }
  return problems
}
