import {availableParallelism} from 'node:os'

import type {DocumentReport} from '../core/check/finding.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'

import {errorReport} from '../core/check/check-document.js'
import {checkFile, finishGuarded, makeCheckDeps, readFileForCheck} from '../io/check-file.js'
import {type CollectedFiles, collectFiles} from '../io/collect-files.js'

export interface CheckRunOptions {
  paths: readonly string[]
  rulesDirs: readonly string[]
  today: string
  /**
   * Threads that check documents: this one, which reads and parses them, plus
   * jobs − 1 workers, which judge them (see `startWorkers`). Default: one per
   * core, up to 4, when the batch is large.
   */
  jobs?: number
  /** Also judge records whose status says they are superseded, deprecated or rejected. */
  includeInactive?: boolean
  /** Pending documents per worker beyond which this thread judges too (tests set 0 to exercise it; see `startWorkers`). */
  judgeBacklog?: number
  onProgress?: (done: number, total: number) => void
}

/** A path naming one document (not a folder, and not a glob such as "docs/**\/*.md"). */
const oneDocument = (path: string) => /\.(md|markdown|ya?ml|json)$/i.test(path) && !/[*?[\]{}]/.test(path)

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 200

/**
 * Checks every document the paths name and returns one report per document,
 * sorted by path whatever the parallelism. A document that cannot be read or
 * parsed gets an error report; the others are still checked.
 */
export async function runCheck(
  options: CheckRunOptions,
  kb: KnowledgeBase,
): Promise<{reports: DocumentReport[]; collected: CollectedFiles}> {
  const parallel = Math.min(availableParallelism(), 4)
  // A folder or a glob is usually a large batch: boot the workers while the files are listed.
  const early =
    options.jobs === undefined ? parallel > 1 && options.paths.some((p) => !oneDocument(p)) : options.jobs > 1
  const pool = early
    ? (await import('./check-workers.js')).startWorkers(
        (options.jobs ?? parallel) - 1,
        options.rulesDirs,
        options.judgeBacklog,
      )
    : undefined
  let collected: CollectedFiles
  try {
    collected = await collectFiles(options.paths)
  } catch (error) {
    await pool?.close()
    throw error
  }
  const reports: DocumentReport[] = collected.problems.map((p) => errorReport(p.path, p.message))
  const {files} = collected
  const jobs = options.jobs ?? (files.length >= PARALLEL_THRESHOLD ? parallel : 1)
  const deps = await makeCheckDeps(kb, options.today, options.includeInactive)
  if (jobs <= 1 || files.length < 2) {
    await pool?.close()
    for (const [i, file] of files.entries()) {
      const report = checkFile(file, collected.discovered.has(file), deps)
      if (report) reports.push(report)
      options.onProgress?.(i + 1, files.length)
    }
  } else {
    const workers =
      pool ?? (await import('./check-workers.js')).startWorkers(jobs - 1, options.rulesDirs, options.judgeBacklog)
    const read = (file: string, discovered: boolean) => readFileForCheck(file, discovered, deps)
    const judged = await workers.check(
      files,
      collected.discovered,
      read,
      (pending) => finishGuarded(pending, deps.kb),
      options.onProgress,
    )
    // One push per report: spreading a batch of 100,000+ into push() overflows the stack.
    for (const report of judged) reports.push(report)
  }
  return {reports: reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), collected}
}
