import type * as z from 'zod/mini'

import {closestName} from './closest-name.js'
import {formatPath, type Problem} from './problem.js'

type Issue = z.core.$ZodIssue

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing'
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`
  if (typeof input === 'object') return 'an object'
  return `${typeof input} ${String(input)}`
}

/**
 * zod/mini ships without English messages (that is what keeps it small), so we
 * write our own: each says what was expected and what to do about it.
 */
export function describeIssue(issue: Issue, knownKeys?: readonly string[]): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeReceived(issue.input)}`
    case 'invalid_value': {
      const meant =
        typeof issue.input === 'string'
          ? closestName(
              issue.input,
              issue.values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeReceived(issue.input)}${meant === undefined ? '' : ` (did you mean "${meant}"?)`}`
    }
    case 'unrecognized_keys': {
      const guesses = issue.keys.map((k) => [k, knownKeys && closestName(k, knownKeys)] as const)
      const said = guesses.map(([k, meant]) => (meant ? `"${k}" (did you mean "${meant}"?)` : `"${k}"`)).join(', ')
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${said}${guesses.every(([, meant]) => meant) ? '' : ' (check the spelling; see the schema in the README)'}`
    }
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : `has the wrong format (${issue.format})`
    case 'invalid_union':
      return `does not match any allowed form${issue.message && issue.message !== 'Invalid input' ? ` (${issue.message})` : ''}`
    default:
      return issue.message || 'is invalid'
  }
}

/**
 * A union reports every branch's failures; the useful one is the branch the
 * author evidently meant: the one that did not trip over the object's own keys,
 * and among those the one with the fewest complaints.
 */
function closestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const rootKeyMismatch = (list: readonly Issue[]) =>
    list.some((i) => i.path.length === 0 && (i.code === 'unrecognized_keys' || i.code === 'invalid_type'))
  const plausible = branches.filter((list) => !rootKeyMismatch(list))
  const pool = plausible.length > 0 ? plausible : []
  return [...pool].sort((a, b) => a.length - b.length)[0]
}

/**
 * A union of literals (`0 | 1 | 3`) fails in every branch with one
 * `invalid_value` each; picking one branch said "must be one of: 0" for 2.
 * The branches together allow every value any of them lists.
 */
function mergedLiterals(issue: Issue): Issue | undefined {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return undefined
  const branches = issue.errors
  if (!branches.every((b) => b.length === 1 && b[0]!.code === 'invalid_value' && b[0]!.path.length === 0))
    return undefined
  const values = branches.flatMap((b) => (b[0]!.code === 'invalid_value' ? b[0]!.values : []))
  return {...branches[0]![0]!, values, path: issue.path, input: issue.input} as Issue
}

function flatten(issues: readonly Issue[], basePath: readonly PropertyKey[]): {path: PropertyKey[]; issue: Issue}[] {
  return issues.flatMap((issue) => {
    const path = [...basePath, ...issue.path]
    const merged = mergedLiterals(issue)
    if (merged) return [{path, issue: merged}]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = closestBranch(issue.errors)
      if (branch) return flatten(branch, path)
    }
    return [{path, issue}]
  })
}

/**
 * Turns zod issues into problems for one file, each with the field path it
 * concerns. With the `schema` that was parsed, an unknown field gets a
 * "did you mean" from the fields the schema has at that place.
 */
export function issuesToProblems(
  file: string,
  issues: readonly Issue[],
  basePath: readonly PropertyKey[] = [],
  schema?: z.ZodMiniType,
): Problem[] {
  return flatten(issues, basePath).map(({path, issue}) => ({
    file,
    path: formatPath(path),
    message: describeIssue(
      issue,
      issue.code === 'unrecognized_keys' && schema ? objectKeysAt(schema, issue.path) : undefined,
    ),
  }))
}

type SchemaDef = {type?: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown}
const defOf = (schema: unknown): SchemaDef | undefined => (schema as undefined | {_zod?: {def?: SchemaDef}})?._zod?.def

/** The field names of the object schema found by following `path` from `schema` (through optional, default and array wrappers). */
function objectKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] | undefined {
  const unwrap = (s: unknown): unknown => {
    let def = defOf(s)
    while (def && (def.innerType !== undefined || def.type === 'pipe')) {
      s = def.innerType ?? def.in
      def = defOf(s)
    }
    return s
  }
  let current = unwrap(schema)
  for (const key of path) {
    const def = defOf(current)
    if (def?.type === 'object' && def.shape) current = unwrap(def.shape[String(key)])
    else if (def?.type === 'array') current = unwrap(def.element)
    else return undefined
  }
  const def = defOf(current)
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined
}

/**
 * `safeParse` that keeps each failing value in its issue, so messages can say
 * "expected number, got the text "two hours"" instead of guessing.
 */
export function parseReporting<T>(schema: z.ZodMiniType<T>, value: unknown): z.core.util.SafeParseResult<T> {
  return schema.safeParse(value, {reportInput: true})
}
