import type {Advice} from '../advisor/advice.js'
import type {RuleFixture} from '../knowledge/fixture.js'

export interface FixtureResult {
  name: string
  file: string
  passed: boolean
  failures: string[]
  primary: string | null
}

/** Compares advice with a fixture's expectations; every unmet expectation is listed. */
export function judgeFixture(fixture: RuleFixture, file: string, advice: Advice): FixtureResult {
  const failures: string[] = []
  const {expect} = fixture
  const rejected = new Set(advice.rejected.map((r) => r.service))
  const recommended = new Set(advice.recommendations.map((r) => r.service))
  if (expect.primary !== undefined && advice.primary !== expect.primary) {
    failures.push(`primary: expected ${expect.primary}, got ${advice.primary ?? 'nothing'}${advice.recommendations[1] ? ` (then ${advice.recommendations.slice(1, 3).map((r) => `${r.service}:${r.score}`).join(', ')})` : ''}`)
  }
  for (const id of expect.rejected ?? []) if (!rejected.has(id)) failures.push(`expected ${id} to be rejected, but it was not`)
  for (const id of expect.notRejected ?? []) {
    if (rejected.has(id)) failures.push(`expected ${id} not to be rejected, but: ${advice.rejected.find((r) => r.service === id)?.reasons.map((x) => x.rule).join(', ')}`)
  }
  for (const id of expect.recommended ?? []) if (!recommended.has(id)) failures.push(`expected ${id} among the recommendations`)
  return {name: fixture.name, file, passed: failures.length === 0, failures, primary: advice.primary}
}
