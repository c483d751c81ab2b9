import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'

import type {DocumentReport} from '../core/check/finding.js'
import type {CheckRunOptions} from './check-runner.js'

export interface WorkerTask {
  files: string[]
  discovered: string[]
  rulesDirs: string[]
  today: string
}

/**
 * Spreads files over worker threads in small interleaved chunks (so one slow
 * file does not idle the others) and gathers the reports. Each worker loads
 * the knowledge base once.
 */
export async function checkInWorkers(files: readonly string[], discovered: ReadonlySet<string>, jobs: number, options: CheckRunOptions): Promise<DocumentReport[]> {
  const workerUrl = new URL('../workers/check-worker.js', import.meta.url)
  const queue = [...files]
  const chunk = Math.max(8, Math.ceil(files.length / (jobs * 16)))
  const reports: DocumentReport[] = []
  let done = 0
  const runOne = () =>
    new Promise<void>((resolveWorker, rejectWorker) => {
      const worker = new Worker(fileURLToPath(workerUrl))
      const next = () => {
        const files = queue.splice(0, chunk)
        if (files.length === 0) {
          void worker.terminate()
          resolveWorker()
          return
        }
        const task: WorkerTask = {files, discovered: files.filter((f) => discovered.has(f)), rulesDirs: [...options.rulesDirs], today: options.today}
        worker.postMessage(task)
      }
      worker.on('message', (message: {reports: DocumentReport[]} | {error: string}) => {
        if ('error' in message) {
          void worker.terminate()
          rejectWorker(new Error(message.error))
          return
        }
        reports.push(...message.reports)
        done += message.reports.length
        options.onProgress?.(done, files.length)
        next()
      })
      worker.on('error', rejectWorker)
      next()
    })
  await Promise.all(Array.from({length: Math.min(jobs, Math.ceil(files.length / chunk))}, runOne))
  return reports
}
