/** The slice of json-rules-engine's result shape we read; its own types do not export these names. */
export interface NestedConditionResult {
  result?: boolean
  all?: NestedConditionResult[]
  any?: NestedConditionResult[]
  not?: NestedConditionResult
  fact?: string
  operator?: string
  value?: unknown
  factResult?: unknown
}

export interface RuleResult {
  name: string
  result: unknown
  conditions: NestedConditionResult
}
