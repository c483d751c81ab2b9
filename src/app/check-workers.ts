import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

import type {DocumentReport} from '../core/check/finding.js'

/** Messages to a check worker: load the knowledge base once, then check chunks of files. */
export type WorkerMessage = {type: 'init'; rulesDirs: string[]; today: string} | {type: 'check'; files: string[]; discovered: string[]}

/** Messages back: one report per file of a chunk (none for skipped files), or why the worker cannot go on. */
export type WorkerReply = {reports: DocumentReport[]} | {error: string}

/** Files this thread checks between two looks at the workers' replies (a few milliseconds of work). */
const LOCAL_BATCH = 8
/** The smallest chunk handed to a worker: below this, messages cost more than the checking. */
const MIN_CHUNK = 16

export interface WorkerPool {
  /**
   * Checks the files over the pool's workers and, when `local` is given, in
   * this thread too; ends the workers. Reports come in no particular order.
   */
  check(files: readonly string[], discovered: ReadonlySet<string>, onProgress?: (done: number, total: number) => void, local?: (file: string, discovered: boolean) => DocumentReport | undefined): Promise<DocumentReport[]>
  /** Ends the workers without using them (the batch turned out too small). */
  close(): Promise<void>
}

/**
 * Starts `jobs` workers that begin loading the knowledge base at once, so the
 * caller can start them before it has finished listing the files (booting a
 * worker costs about as much as walking a large folder).
 */
export function startWorkers(jobs: number, rulesDirs: readonly string[], today: string): WorkerPool {
  const workerPath = fileURLToPath(new URL('../workers/check-worker.js', import.meta.url))
  const workers = Array.from({length: jobs}, () => {
    const worker = new Worker(workerPath)
    worker.postMessage({type: 'init', rulesDirs: [...rulesDirs], today} satisfies WorkerMessage)
    return worker
  })
  const close = async () => {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return {
    close,
    async check(files, discovered, onProgress, local) {
      // The files not yet handed out are files[taken...] (a cursor: splicing the front of a long array is slow).
      let taken = 0
      const take = (count: number) => files.slice(taken, (taken = Math.min(files.length, taken + count)))
      const threads = jobs + (local ? 1 : 0)
      // Guided chunks: a share of what is left, so early chunks are large (few messages) and the
      // last ones small, and no thread is left alone with a large last chunk while the others idle.
      const nextChunk = () => take(Math.max(MIN_CHUNK, Math.ceil((files.length - taken) / (threads * 4))))
      const reports: DocumentReport[] = []
      let done = 0
      const drive = (worker: Worker) =>
        new Promise<void>((resolve, rejectDrive) => {
          // A failed worker ends the batch: nobody takes another chunk.
          const reject = (error: unknown) => {
            taken = files.length
            rejectDrive(error)
          }
          // Two chunks in flight, so the worker never waits for this thread to hand it the next one.
          let inFlight = 0
          const next = () => {
            const batch = nextChunk()
            if (batch.length === 0) {
              if (inFlight === 0) {
                worker.removeAllListeners()
                resolve()
              }
              return
            }
            inFlight++
            worker.postMessage({type: 'check', files: batch, discovered: batch.filter((f) => discovered.has(f))} satisfies WorkerMessage)
          }
          worker.on('message', (reply: WorkerReply) => {
            if ('error' in reply) {
              reject(new Error(reply.error))
              return
            }
            inFlight--
            reports.push(...reply.reports)
            done += reply.reports.length
            onProgress?.(done, files.length)
            next()
          })
          worker.on('error', reject)
          next()
          next()
        })
      // This thread checks a few files at a time and yields in between, so a worker's reply is
      // answered with its next chunk at once instead of after a long local chunk.
      const driveLocal = async () => {
        if (!local) return
        for (let batch = take(LOCAL_BATCH); batch.length > 0; batch = take(LOCAL_BATCH)) {
          for (const file of batch) {
            const report = local(file, discovered.has(file))
            if (report) reports.push(report)
            done++
          }
          onProgress?.(done, files.length)
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
      try {
        await Promise.all([...workers.map(drive), driveLocal()])
      } finally {
        await close()
      }
      return reports
    },
  }
}
