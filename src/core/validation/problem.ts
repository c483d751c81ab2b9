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
}

export type Loaded<T> = {ok: true; data: T; warnings: Problem[]} | {ok: false; problems: Problem[]}

/** Renders a path array from zod (or our own walkers) as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/** `file:line: path: message`, leaving out the parts that are unknown. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`
  return problem.path === '' ? `${where}: ${problem.message}` : `${where}: ${problem.path}: ${problem.message}`
}
