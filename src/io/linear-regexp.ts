import {RE2JS} from 're2js'

/**
 * A RegExp whose `exec` runs on RE2JS, a linear-time engine (no backtracking,
 * so no catastrophic patterns): the engine for lexicon patterns from user rule
 * packs. It behaves like a global, case-insensitive RegExp for what the
 * extractor uses (`exec` from `lastIndex`, `index`, numbered and named
 * groups), so the extractor needs no second code path. Offsets are UTF-16
 * indexes, as in JavaScript.
 */
export class LinearRegExp extends RegExp {
  private readonly pattern: string
  private readonly re2: RE2JS

  constructor(source: string) {
    // V8 never runs this RegExp: it only holds the flags; `exec` is replaced below.
    super('(?:)', 'gi')
    this.pattern = source
    this.re2 = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE)
  }

  override get source(): string {
    return this.pattern
  }

  override exec(text: string): null | RegExpExecArray {
    const from = this.lastIndex
    const matcher = this.re2.matcher(text)
    // eslint-disable-next-line unicorn/prefer-array-some -- re2js's Matcher.find(start) searches the text and returns a boolean; no array here
    if (from > text.length || !matcher.find(from)) {
      this.lastIndex = 0
      return null
    }
    // JavaScript reports a group that took no part in the match as undefined (typed as string).
    const values: (string | undefined)[] = [
      matcher.group() ?? '',
      ...Array.from({length: matcher.groupCount()}, (_, i) => matcher.group(i + 1) ?? undefined),
    ]
    let groups: Record<string, string> | undefined
    if (matcher.hasNamedGroups) {
      groups = {}
      for (const [name, value] of Object.entries(matcher.getNamedGroups())) if (value !== null) groups[name] = value
    }
    const result: RegExpExecArray = Object.assign(values as [string, ...string[]], {
      index: matcher.start(),
      input: text,
      groups,
    })
    this.lastIndex = matcher.end()
    return result
  }
}

/**
 * Why a pattern cannot run on the linear-time engine, in words a pack author
 * can act on, or undefined when it can. RE2 syntax is JavaScript's without the
 * features that need backtracking.
 */
export function linearEngineProblem(source: string): string | undefined {
  try {
    RE2JS.compile(source, RE2JS.CASE_INSENSITIVE)
    return undefined
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)
    if (/\(\?<?[=!]/.test(source))
      return 'uses lookahead or lookbehind, such as (?!…) or (?<!…), which needs backtracking'
    if (/\\[1-9]|\\k</.test(source)) return String.raw`uses a backreference (\1, \k<name>), which needs backtracking`
    return detail
  }
}

export const compileLinear = (source: string): RegExp => new LinearRegExp(source)
