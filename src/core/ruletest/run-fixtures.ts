import type {AdviceWithTrace, RuleTrace} from '../advisor/advise.js'
import type {RuleFixture} from '../knowledge/fixture.js'

export interface FixtureResult {
  name: string
  file: string
  passed: boolean
  failures: string[]
  primary: null | string
}

/** "fargate/fargate-spot" names a variant of a service; "fargate" the service itself. */
const splitId = (id: string) => {
  const [service, variant] = id.split('/') as [string, string | undefined]
  return {service, variant}
}

/** What the advice says about each expected id, services and variants alike. */
function verdicts(advice: AdviceWithTrace) {
  const fired = (kind: RuleTrace['kind'], service: string, variant: string | undefined) =>
    (advice.trace ?? []).filter(
      (t) => t.kind === kind && t.fired && t.service === service && (variant === undefined || t.variant === variant),
    )
  const serviceRejected = (service: string) => advice.rejected.some((r) => r.service === service)
  const verdictOf = (service: string, variant: string) =>
    advice.recommendations.find((r) => r.service === service)?.variants?.find((v) => v.variant === variant)
  return {
    rejectedBy(id: string): string[] {
      const {service, variant} = splitId(id)
      const ofService = advice.rejected.find((r) => r.service === service)?.reasons.map((r) => r.rule) ?? []
      if (!variant) return ofService
      const ofVariant = advice.trace
        ? fired('reject', service, variant).map((t) => t.rule)
        : (verdictOf(service, variant)?.rejected.map((r) => r.rule) ?? [])
      return [...ofService, ...ofVariant]
    },
    recommended(id: string): boolean {
      const {service, variant} = splitId(id)
      if (!variant) return advice.recommendations.some((r) => r.service === service)
      if (serviceRejected(service)) return false
      const verdict = verdictOf(service, variant)
      return verdict !== undefined && verdict.rejected.length === 0 && verdict.reasons.length > 0
    },
    cautionedBy(id: string): string[] {
      const {service, variant} = splitId(id)
      return fired('caution', service, variant).map((t) => t.rule)
    },
  }
}

/**
 * Compares advice with a fixture's expectations; every unmet expectation is
 * listed. An id may name a variant ("reserved-instances/zonal-reserved-instances").
 * Cautions, and variant rejections of services nothing spoke for, are not part
 * of the ranking, so fixtures that check them need the rule trace (`advise`
 * with `explain`).
 */
export function judgeFixture(fixture: RuleFixture, file: string, advice: AdviceWithTrace): FixtureResult {
  const failures: string[] = []
  const {expect} = fixture
  const v = verdicts(advice)
  if (expect.primary !== undefined && advice.primary !== expect.primary) {
    failures.push(
      `primary: expected ${expect.primary}, got ${advice.primary ?? 'nothing'}${
        advice.recommendations[1]
          ? ` (then ${advice.recommendations
              .slice(1, 3)
              .map((r) => `${r.service}:${r.score}`)
              .join(', ')})`
          : ''
      }`,
    )
  }
  const needsTrace =
    [
      ...(expect.cautioned ?? []),
      ...(expect.notCautioned ?? []),
      ...(expect.rejected ?? []),
      ...(expect.notRejected ?? []),
    ].some((id) => id.includes('/')) || (expect.cautioned?.length ?? 0) + (expect.notCautioned?.length ?? 0) > 0
  if (needsTrace && !advice.trace)
    failures.push(
      'the fixture checks cautions or variants, but the advice carries no rule trace (run advise with explain)',
    )
  for (const id of expect.rejected ?? [])
    if (v.rejectedBy(id).length === 0) failures.push(`expected ${id} to be rejected, but it was not`)
  for (const id of expect.notRejected ?? []) {
    const by = v.rejectedBy(id)
    if (by.length > 0) failures.push(`expected ${id} not to be rejected, but: ${by.join(', ')}`)
  }
  for (const id of expect.recommended ?? [])
    if (!v.recommended(id)) failures.push(`expected ${id} among the recommendations`)
  for (const id of expect.cautioned ?? [])
    if (v.cautionedBy(id).length === 0)
      failures.push(`expected a caution about ${id}, but no caution rule fired for it`)
  for (const id of expect.notCautioned ?? []) {
    const by = v.cautionedBy(id)
    if (by.length > 0) failures.push(`expected no caution about ${id}, but: ${by.join(', ')}`)
  }
  return {name: fixture.name, file, passed: failures.length === 0, failures, primary: advice.primary}
}
