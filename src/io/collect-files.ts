import {readdirSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import {join, relative, resolve, sep} from 'node:path'

import {compileGlob} from './glob.js'

/** A path argument that could not be turned into files, reported like an unreadable document. */
export interface PathProblem {
  path: string
  message: string
}

export interface CollectedFiles {
  /** Absolute paths, sorted, unique. */
  files: string[]
  /** Files found by walking a directory (not named explicitly): structured ones are checked only if they describe an architecture. */
  discovered: Set<string>
  problems: PathProblem[]
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'coverage'])
const DOCUMENT = /\.(md|markdown)$/i
const STRUCTURED = /\.(ya?ml|json)$/i

/**
 * Synchronous on purpose: a walk is one readdir per folder, and awaiting each
 * one through the thread pool made listing 100 folders of 100 files take
 * 30–80 ms instead of 5–10 — time the whole batch waits for.
 */
function walk(dir: string, onFile: (path: string) => void, problems: PathProblem[]): void {
  let entries
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    problems.push({
      path: dir,
      message: `cannot read this directory (${(error as NodeJS.ErrnoException).code ?? 'error'}); check its permissions`,
    })
    return
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    // Not only regular files: a named pipe or a device with a document's name is offered too,
    // and reading it refuses it with the reason instead of the walk skipping it without a word.
    if (!entry.isDirectory()) onFile(path)
    else if (!SKIP_DIRS.has(entry.name)) walk(path, onFile, problems)
  }
}

/**
 * Turns `check` arguments into files: files as given, directories walked
 * recursively (skipping node_modules and .git), and globs (quoted, so the
 * shell did not expand them) matched from their fixed prefix.
 */
export async function collectFiles(args: readonly string[], cwd = process.cwd()): Promise<CollectedFiles> {
  const files = new Set<string>()
  const discovered = new Set<string>()
  const problems: PathProblem[] = []
  const consider = (path: string) => {
    if (DOCUMENT.test(path) || STRUCTURED.test(path)) {
      files.add(path)
      discovered.add(path)
    }
  }
  for (const arg of args) {
    if (/[*?[]/.test(arg)) {
      const normalized = arg.split(sep).join('/')
      const fixed = normalized.slice(0, normalized.search(/[*?[]/)).replace(/[^/]*$/, '') || '.'
      const pattern = compileGlob(resolve(cwd, normalized).split(sep).join('/'))
      if (!pattern.ok) {
        problems.push({path: arg, message: `is not a valid pattern: ${pattern.message}`})
        continue
      }
      const before = files.size
      walk(
        resolve(cwd, fixed),
        (path) => {
          if (pattern.matches(path.split(sep).join('/'))) files.add(path)
        },
        problems,
      )
      if (files.size === before) problems.push({path: arg, message: 'no files match this pattern'})
      continue
    }
    const path = resolve(cwd, arg)
    try {
      const info = await stat(path)
      if (info.isDirectory()) walk(path, consider, problems)
      else files.add(path)
    } catch {
      problems.push({path: relative(cwd, path) || arg, message: 'file not found; check the path'})
    }
  }
  return {files: [...files].sort(), discovered, problems}
}

/**
 * A structured file found by walking is an architecture description only if
 * it has both keys, whatever its layout: block YAML, flow YAML or JSON on one
 * line (`{"requirements": {…}, "services": […]}`) alike. A key may start a
 * line or follow `{` or `,`; anything less strict would take package.json.
 */
export function looksLikeStructuredDescription(text: string): boolean {
  return /(?:^|[{,])\s*["']?requirements["']?\s*:/m.test(text) && /(?:^|[{,])\s*["']?services["']?\s*:/m.test(text)
}
