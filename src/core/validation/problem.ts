/**
 * One thing wrong with an input, located well enough that a person can fix it
 * without searching: the file, the field path inside it, and (when known) the line.
 */
export interface Problem {
  file: string
  /** Dotted/bracketed path inside the document, e.g. `rules[3].conditions.all[1].operator`; empty for the whole file. */
  path: string
  message: string
  line?: number
  /** Absent means error. A warning is advice (style); `--strict` commands treat it as an error. */
  severity?: 'warning'
  /** Which check found it, where a summary counts them by kind (e.g. `option-count`). */
  rule?: string
}

export type Loaded<T> = {ok: false; problems: Problem[]} | {ok: true; data: T; warnings: Problem[]}

/** Renders a path array from zod (or our own walkers) as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/** `file:line: path: message` (`file:line: warning: path: message` for a warning), leaving out the parts that are unknown. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`}${problem.severity === 'warning' ? ': warning' : ''}`
  return problem.path === '' ? `${where}: ${problem.message}` : `${where}: ${problem.path}: ${problem.message}`
}

/** The same problem as a warning. */
export const asWarning = (problem: Problem): Problem => ({...problem, severity: 'warning'})

/** The same problem as an error (what `--strict` does to warnings). */
export function asError(problem: Problem): Problem {
  const {severity: _severity, ...rest} = problem
  return rest
}
