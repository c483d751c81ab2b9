import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

import type {DocumentReport} from '../core/check/finding.js'

/** Messages to a check worker: load the knowledge base once, then check chunks of files. */
export type WorkerMessage = {type: 'init'; rulesDirs: string[]; today: string} | {type: 'check'; files: string[]; discovered: string[]}

/** Messages back: one report per file of a chunk (none for skipped files), or why the worker cannot go on. */
export type WorkerReply = {reports: DocumentReport[]} | {error: string}

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
      const queue = [...files]
      // Small interleaved chunks (about 16 per thread, this one included), so no thread is left
      // alone with a large last chunk while the others sit idle.
      const chunk = Math.max(8, Math.ceil(files.length / ((jobs + (local ? 1 : 0)) * 16)))
      const reports: DocumentReport[] = []
      let done = 0
      const drive = (worker: Worker) =>
        new Promise<void>((resolve, rejectDrive) => {
          // A failed worker ends the batch: nobody takes another chunk.
          const reject = (error: unknown) => {
            queue.length = 0
            rejectDrive(error)
          }
          // Two chunks in flight, so the worker never waits for this thread to hand it the next one.
          let inFlight = 0
          const next = () => {
            const batch = queue.splice(0, chunk)
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
      // This thread checks chunks too, yielding between them so the workers' replies are handled.
      const driveLocal = async () => {
        if (!local) return
        for (let batch = queue.splice(0, chunk); batch.length > 0; batch = queue.splice(0, chunk)) {
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
